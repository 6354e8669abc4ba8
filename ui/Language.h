#pragma once

#include <QString>
#include <QStringList>

class QLocale;
class QTranslator;

namespace kolokasi {

/// The language of windows and messages: Indonesian by default, English selectable.
/// (Printed documents are always Indonesian and are not translated.)
class Language
{
public:
    static const QString kIndonesian; // "id"
    static const QString kEnglish;    // "en"

    static QStringList available() { return {kIndonesian, kEnglish}; }
    /// The language to start in: `requested` if it is one we have, else the saved choice,
    /// else Indonesian (whatever the system locale says).
    static QString choose(const QString &requested = {});
    /// Loads the catalogue of `code` into the application; returns false if it is missing.
    static bool install(const QString &code);
    /// The locale screens write dates and numbers in for `code` ("27 November 2026").
    static QLocale localeOf(const QString &code);
    /// Remembers the user's choice for the next start.
    static void save(const QString &code);
};

} // namespace kolokasi
