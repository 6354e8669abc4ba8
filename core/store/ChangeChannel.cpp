#include "ChangeChannel.h"

#include "Database.h"
#include "Query.h"

#include <QSqlDriver>

namespace kolokasi {

QString ChangeChannel::channelName()
{
    return QStringLiteral("kolokasi_changes");
}

Status ChangeChannel::publish(const QString &payload)
{
    if (m_db.dialect().isSQLite())
        return {};
    Query notify(m_db, QStringLiteral("SELECT pg_notify(:channel, :payload)"));
    notify.bind(QStringLiteral(":channel"), channelName())
        .bind(QStringLiteral(":payload"), payload);
    return notify.exec();
}

Status ChangeChannel::subscribe()
{
    if (m_db.dialect().isSQLite())
        return {};
    QSqlDriver *driver = m_db.connection().driver();
    if (driver->subscribedToNotifications().contains(channelName()))
        return {};
    if (!driver->subscribeToNotification(channelName()))
        return Error{
            QStringLiteral("listen_failed"),
            tr("Could not listen for other admins' changes: %1").arg(driver->lastError().text()),
            {}};
    return {};
}

Result<qint64> ChangeChannel::dataVersion() const
{
    if (!m_db.dialect().isSQLite())
        return qint64(0);
    auto version = Query(m_db, QStringLiteral("PRAGMA data_version")).scalar();
    if (!version.ok())
        return version.error();
    return version->toLongLong();
}

} // namespace kolokasi
