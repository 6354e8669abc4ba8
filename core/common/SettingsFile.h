#pragma once

#include <QString>

namespace kolokasi {

/// This PC's own settings (QSettings: the database the window opens, the language, column
/// layouts). Kept in an owner-only folder "Kolokasi" as an owner-only (0600) file; settings an
/// older Kolokasi kept under Qt's "Unknown Organization" folder are moved there once.
class SettingsFile
{
public:
    /// The organisation name QSettings files the settings under.
    static QString organisationName() { return QStringLiteral("Kolokasi"); }
    /// Sets the organisation name (the application name must be set already), moves settings
    /// an older Kolokasi wrote, and makes the file and its folder owner-only. Returns the
    /// settings file's path.
    static QString prepare();
};

} // namespace kolokasi
