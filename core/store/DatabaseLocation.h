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

    Engine engine = Engine::SQLite;
    QString filePath;     // SQLite
    QString host;         // PostgreSQL
    int port = 5432;
    QString user;
    QString password;
    QString databaseName;

    /// Parses a file path or `postgresql://user[:password]@host[:port]/dbname`.
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
