#include "Language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace kolokasi {

const QString Language::kIndonesian = QStringLiteral("id");
const QString Language::kEnglish = QStringLiteral("en");

namespace {
const QString kSettingsKey = QStringLiteral("ui/language");
}

QString Language::choose(const QString &requested)
{
    if (available().contains(requested))
        return requested;
    const QString saved = QSettings().value(kSettingsKey).toString();
    if (available().contains(saved))
        return saved;
    // Not the system locale: the office PCs often run an English system for staff who work in
    // Indonesian. English is chosen with --lang en or in the window, and then remembered.
    return kIndonesian;
}

QLocale Language::localeOf(const QString &code)
{
    return code == kEnglish ? QLocale(QLocale::English, QLocale::UnitedStates)
                            : QLocale(QLocale::Indonesian, QLocale::Indonesia);
}

bool Language::install(const QString &code)
{
    // One translator for the life of the program; replaced when the language changes.
    static QTranslator *current = nullptr;
    if (current) {
        QCoreApplication::removeTranslator(current);
        delete current;
        current = nullptr;
    }
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(QStringLiteral(":/i18n/kolokasi_%1.qm").arg(code))) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    current = translator;
    return true;
}

void Language::save(const QString &code)
{
    QSettings().setValue(kSettingsKey, code);
}

} // namespace kolokasi
