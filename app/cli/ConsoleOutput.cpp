#include "ConsoleOutput.h"

#include <QTextStream>

namespace kolokasi {

void ConsoleOutput::print(const QString &text)
{
    QTextStream(stdout) << text << Qt::endl;
}

void ConsoleOutput::error(const QString &text)
{
    QTextStream(stderr) << QStringLiteral("kolokasi: ") << text << Qt::endl;
}

} // namespace kolokasi
