#include "DatabaseLocation.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>

namespace kolokasi {

Result<DatabaseLocation> DatabaseLocation::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error{
            QStringLiteral("database_location_empty"),
            tr("The database location is empty; give an SQLite file or a postgresql:// address "
               "after --database."),
            QStringLiteral("database")};

    const bool isPostgres = trimmed.startsWith(QLatin1String("postgresql://"))
                            || trimmed.startsWith(QLatin1String("postgres://"));
    if (!isPostgres)
        return sqlite(trimmed);

    const QUrl url(trimmed, QUrl::StrictMode);
    const QString dbName = url.path().mid(1);
    if (!url.isValid() || url.host().isEmpty() || dbName.isEmpty() || dbName.contains(QLatin1Char('/')))
        return Error{QStringLiteral("database_location_invalid"),
                     tr("%1 is not a valid PostgreSQL address; write it as "
                        "postgresql://user@host:port/database.")
                         .arg(trimmed),
                     QStringLiteral("database")};

    DatabaseLocation location;
    location.engine = Engine::PostgreSQL;
    location.host = url.host();
    location.port = url.port(5432);
    location.user = url.userName();
    location.password = url.password();
    location.databaseName = dbName;
    return location;
}

DatabaseLocation DatabaseLocation::sqlite(const QString &filePath)
{
    DatabaseLocation location;
    location.engine = Engine::SQLite;
    location.filePath = filePath;
    return location;
}

DatabaseLocation DatabaseLocation::defaultLocation()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return sqlite(QDir(folder).filePath(QStringLiteral("kolokasi.sqlite")));
}

QString DatabaseLocation::displayName() const
{
    if (engine == Engine::SQLite)
        return QDir::toNativeSeparators(filePath);
    const QString who = user.isEmpty() ? QString() : user + QLatin1Char('@');
    return QStringLiteral("postgresql://%1%2:%3/%4").arg(who, host).arg(port).arg(databaseName);
}

QString DatabaseLocation::toText() const
{
    if (engine == Engine::SQLite)
        return filePath;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setPassword(password);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + databaseName);
    return url.toString();
}

} // namespace kolokasi
