#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace kolokasi {

class Database;
class SqlDialect;

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

    /// The statements of the shipped migrations up to `version` (each portable file, then its
    /// `dialect` file), as they were run: what the guards found in a database must match.
    static QStringList shippedStatements(const SqlDialect &dialect, int version);

    /// Applies the missing migrations in one transaction.
    static Status migrate(Database &db);
    /// For a database opened read-only: reads its version and changes nothing. An older
    /// schema is accepted only if `allowOlder` (info shows it; work needs the newest).
    static Status readVersion(Database &db, bool allowOlder);

private:
    static Result<int> currentVersion(Database &db);
    static Error tooNew(Database &db, int version, int latest);
    static Status apply(Database &db, const Migration &migration);
};

} // namespace kolokasi
