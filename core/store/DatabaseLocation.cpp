#include "DatabaseLocation.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

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
    location.sslMode = QUrlQuery(url).queryItemValue(QStringLiteral("sslmode"));
    if (!location.sslMode.isEmpty() && !sslModes().contains(location.sslMode))
        return Error{QStringLiteral("database_location_invalid"),
                     tr("%1 is not an sslmode PostgreSQL knows; use one of %2.")
                         .arg(location.sslMode, sslModes().join(QStringLiteral(", "))),
                     QStringLiteral("sslmode")};
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
    if (!sslMode.isEmpty())
        url.setQuery(QStringLiteral("sslmode=") + sslMode);
    return url.toString();
}

QStringList DatabaseLocation::sslModes()
{
    return {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
            QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
}

QString DatabaseLocation::connectOptions() const
{
    QString options = QStringLiteral("connect_timeout=10;application_name=kolokasi");
    if (!sslMode.isEmpty())
        options += QStringLiteral(";sslmode=") + sslMode;
    return options;
}

} // namespace kolokasi
