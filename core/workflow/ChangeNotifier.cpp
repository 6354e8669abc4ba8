#include "ChangeNotifier.h"

#include "store/ChangeChannel.h"
#include "store/Database.h"

namespace kolokasi {

namespace {
const QString kRequestPrefix = QStringLiteral("request:");
const QString kPlacement = QStringLiteral("placement");
const QString kSettings = QStringLiteral("settings");
} // namespace

ChangeNotifier::ChangeNotifier(Database &db, QObject *parent) : QObject(parent), m_db(db) {}

Status ChangeNotifier::watch()
{
    ChangeChannel channel(m_db);
    auto version = channel.dataVersion();
    if (!version.ok())
        return version.error();
    m_dataVersion = *version;
    if (Status subscribed = channel.subscribe(); !subscribed.ok())
        return subscribed;
    if (!m_connected && !m_db.dialect().isSQLite()) {
        connect(m_db.connection().driver(),
                qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(
                    &QSqlDriver::notification),
                this, &ChangeNotifier::received);
        m_connected = true;
    }
    return {};
}

Result<bool> ChangeNotifier::checkForOutsideChanges()
{
    auto version = ChangeChannel(m_db).dataVersion();
    if (!version.ok())
        return version.error();
    if (*version == m_dataVersion)
        return false;
    m_dataVersion = *version;
    emit outsideChange();
    return true;
}

void ChangeNotifier::announceRequest(qint64 requestId, bool placements)
{
    const QString payload = kRequestPrefix + QString::number(requestId);
    emitFor(payload);
    publish(payload);
    if (placements)
        announcePlacements();
}

void ChangeNotifier::announcePlacements()
{
    emitFor(kPlacement);
    publish(kPlacement);
}

void ChangeNotifier::announceSettings()
{
    emitFor(kSettings);
    publish(kSettings);
}

void ChangeNotifier::received(const QString &name, QSqlDriver::NotificationSource source,
                              const QVariant &payload)
{
    // Our own notifications were emitted when announced.
    if (name == ChangeChannel::channelName() && source == QSqlDriver::OtherSource)
        emitFor(payload.toString());
}

void ChangeNotifier::emitFor(const QString &payload)
{
    if (payload.startsWith(kRequestPrefix)) {
        bool ok = false;
        const qint64 id = payload.mid(kRequestPrefix.size()).toLongLong(&ok);
        if (ok)
            emit requestChanged(id);
    } else if (payload == kPlacement) {
        emit placementChanged();
    } else if (payload == kSettings) {
        emit settingsChanged();
    }
}

void ChangeNotifier::publish(const QString &payload)
{
    // The change itself is committed: a lost notification only delays other windows'
    // refresh until they reload, so it is not an error of the call.
    const Status sent = ChangeChannel(m_db).publish(payload);
    if (!sent.ok())
        qWarning("Kolokasi: could not notify other connections: %s",
                 qPrintable(sent.error().message));
}

} // namespace kolokasi
