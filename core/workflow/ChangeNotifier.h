#pragma once

#include "common/Result.h"

#include <QObject>
#include <QSqlDriver>

namespace kolokasi {

class Database;

/// Tells open pages that data changed, so they refresh. RequestWorkflow announces each
/// successful call (set with RequestWorkflow::setNotifier); other admins' changes arrive on
/// PostgreSQL through LISTEN/NOTIFY (watch()), on SQLite through checkForOutsideChanges(),
/// which the window calls when it regains focus. QtCore only.
class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    explicit ChangeNotifier(Database &db, QObject *parent = nullptr);

    /// Starts listening for other connections' changes: LISTEN on PostgreSQL; on SQLite the
    /// current data version is remembered for checkForOutsideChanges().
    Status watch();
    /// Whether another connection committed since the last check (or watch()); if so emits
    /// outsideChange(). Cheap: one PRAGMA on SQLite; always false on PostgreSQL, whose
    /// changes arrive by themselves.
    Result<bool> checkForOutsideChanges();

    /// Announces a change of request `requestId` (and of placements, when `placements`):
    /// emits here and tells the other connections.
    void announceRequest(qint64 requestId, bool placements);
    /// Announces a change of the data centre's racks, pools or budgets (Pusat Data).
    void announcePlacements();
    /// Announces a change of settings (letterhead, calendar, numbering).
    void announceSettings();

signals:
    /// A request's data or step changed (here or, on PostgreSQL, by another admin).
    void requestChanged(qint64 requestId);
    /// Rack units, IP addresses or the register changed.
    void placementChanged();
    void settingsChanged();
    /// Another connection changed something it did not name (SQLite): reload what is shown.
    void outsideChange();

private:
    void received(const QString &name, QSqlDriver::NotificationSource source,
                  const QVariant &payload);
    void emitFor(const QString &payload);
    void publish(const QString &payload);

    Database &m_db;
    qint64 m_dataVersion = 0;
    bool m_connected = false;
};

} // namespace kolokasi
