#include "DatabaseContents.h"

#include "Database.h"
#include "Query.h"

#include <QSqlDriver>

namespace kolokasi {

Result<bool> DatabaseContents::holdsData() const
{
    // Every table, also those later migrations add: a half-filled database is not empty.
    const auto tables = m_db.tableNames();
    if (!tables.ok())
        return tables.error();
    for (const QString &table : *tables) {
        if (table == QLatin1String("schema_version"))
            continue;
        const QString name =
            m_db.connection().driver()->escapeIdentifier(table, QSqlDriver::TableName);
        auto row =
            Query(m_db, QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM %1 LIMIT 1) AS probe")
                            .arg(name))
                .scalar();
        if (!row.ok())
            return row.error();
        if (row->toLongLong() > 0)
            return true;
    }
    return false;
}

Status DatabaseContents::fillIfEmpty(const std::function<Status()> &fill)
{
    return m_db.transaction([&]() -> Status {
        if (const QString lock = m_db.dialect().fillLock(); !lock.isEmpty()) {
            if (Status locked = Query(m_db, lock).exec(); !locked.ok())
                return locked;
        }
        const auto holds = holdsData();
        if (!holds.ok())
            return holds.error();
        if (*holds)
            return notEmpty(m_db.location().displayName());
        return fill();
    });
}

Error DatabaseContents::notEmpty(const QString &databaseName)
{
    return Error{QStringLiteral("not_empty"),
                 tr("The database %1 already holds data; name a new, empty database to fill.")
                     .arg(databaseName),
                 QStringLiteral("database")};
}

} // namespace kolokasi
