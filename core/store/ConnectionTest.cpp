#include "ConnectionTest.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QUuid>

namespace kolokasi {

Status ConnectionTest::run(const DatabaseLocation &location)
{
    if (location.engine != DatabaseLocation::Engine::PostgreSQL ||
        location.host.trimmed().isEmpty())
        return Error{QStringLiteral("required"),
                     tr("Enter the host name of the PostgreSQL server."), QStringLiteral("host")};
    if (location.databaseName.trimmed().isEmpty())
        return Error{QStringLiteral("required"), tr("Enter the name of the database."),
                     QStringLiteral("database")};
    const QString name =
        QStringLiteral("kolokasi-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString driverText;
    bool opened = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(location.host.trimmed());
        db.setPort(location.port);
        db.setUserName(location.user.trimmed());
        db.setPassword(location.password);
        db.setDatabaseName(location.databaseName.trimmed());
        db.setConnectOptions(location.connectOptions());
        opened = db.open();
        driverText = db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (opened)
        return {};
    return reasonFor(driverText, location);
}

Error ConnectionTest::reasonFor(const QString &driverText, const DatabaseLocation &location)
{
    const QString text = driverText.toLower();
    const QString server = QStringLiteral("%1:%2").arg(location.host).arg(location.port);
    if (text.contains(QLatin1String("password")) || text.contains(QLatin1String("authentication")))
        return {QStringLiteral("connection_refused_login"),
                tr("The server %1 refused the user %2 or the password; check both.")
                    .arg(server, location.user),
                QStringLiteral("password")};
    if (text.contains(QLatin1String("database")) && text.contains(QLatin1String("does not exist")))
        return {QStringLiteral("connection_no_database"),
                tr("The server %1 has no database %2; check its name.")
                    .arg(server, location.databaseName),
                QStringLiteral("database")};
    if (text.contains(QLatin1String("ssl")))
        return {QStringLiteral("connection_ssl"),
                tr("The server %1 does not accept the SSL mode %2; choose another.")
                    .arg(server, location.sslMode),
                QStringLiteral("sslmode")};
    return {QStringLiteral("connection_unreachable"),
            tr("No PostgreSQL server answers at %1; check the host name and port, and the network.")
                .arg(server),
            QStringLiteral("host")};
}

} // namespace kolokasi
