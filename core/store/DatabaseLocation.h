#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace kolokasi {

/// Where the data lives: an SQLite file (the default, one office PC) or a PostgreSQL
/// database (shared by several administrators).
struct DatabaseLocation
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLocation)

public:
    enum class Engine { SQLite, PostgreSQL };
    /// The key of this PC's own settings (QSettings) that names the database the window opens,
    /// as toText() writes it, never with a password.
    static inline const QString kSettingsKey = QStringLiteral("database/location");

    Engine engine = Engine::SQLite;
    QString filePath;     // SQLite
    QString host;         // PostgreSQL
    int port = 5432;
    QString user;
    QString password;
    QString databaseName;
    QString
        sslMode; // PostgreSQL: libpq's sslmode (require, verify-full...); empty: libpq's default

    /// The sslmode values libpq knows, weakest first.
    static QStringList sslModes();
    /// The driver's connect options for PostgreSQL: a timeout, the program's name, sslmode.
    QString connectOptions() const;

    /// Parses a file path or `postgresql://user[:password]@host[:port]/dbname[?sslmode=MODE]`.
    static Result<DatabaseLocation> parse(const QString &text);
    /// kolokasi.sqlite in the user's data folder (QStandardPaths::AppDataLocation).
    static DatabaseLocation defaultLocation();
    static DatabaseLocation sqlite(const QString &filePath);

    /// For messages and the title bar; never shows the password.
    QString displayName() const;
    /// The text parse() reads back into this location, password included (for --database).
    QString toText() const;
};

} // namespace kolokasi
