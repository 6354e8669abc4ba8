#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace kolokasi {

class Database;

/// Brings a database up to the newest schema. Each numbered migration
/// (resources :/migrations/NNN_name.sql, plus an optional NNN_name.<dialect>.sql) is
/// recorded in schema_version. The whole upgrade is one transaction: a failing step leaves
/// the database exactly at the version it had.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString portableFile;
    };

    /// The migrations this program ships, in order.
    static QList<Migration> available();
    /// Splits a script into statements, keeping trigger bodies and $$-quoted blocks whole.
    static QStringList splitStatements(const QString &script);

    static Status migrate(Database &db);

private:
    static Result<int> currentVersion(Database &db);
    static Status apply(Database &db, const Migration &migration);
};

} // namespace kolokasi
