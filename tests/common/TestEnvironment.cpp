#include "TestEnvironment.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStandardPaths>

namespace kolokasi::test {

void prepareTestEnvironment()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCoreApplication::setApplicationName(QStringLiteral("kolokasi-test"));
}

} // namespace kolokasi::test
