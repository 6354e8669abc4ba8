#include "Migrator.h"

#include "Database.h"
#include "SqlDialect.h"
#include "Query.h"
#include "common/Diagnostics.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace kolokasi {

namespace {
const QString kMigrationFolder = QStringLiteral(":/migrations");

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

Status runScript(Database &db, const QString &script)
{
    for (const QString &statement : Migrator::splitStatements(db.dialect().translate(script))) {
        if (Status done = db.executeStatement(statement); !done.ok()) {
            qCInfo(kolokasiDetails, "failing migration statement: %s",
                   qPrintable(statement.left(200)));
            return done;
        }
    }
    return {};
}
} // namespace

QList<Migrator::Migration> Migrator::available()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3})_(\\w+)\\.sql$"));
    QList<Migration> migrations;
    const QStringList files = QDir(kMigrationFolder).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto match = pattern.match(file);
        if (match.hasMatch()) // dialect files (NNN_name.sqlite.sql) do not match: no dots in \w
            migrations.append({match.captured(1).toInt(), match.captured(2), file});
    }
    return migrations;
}

QStringList Migrator::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    bool inDollarQuote = false;
    bool inTrigger = false;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (current.trimmed().isEmpty() && (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--"))))
            continue;
        current += line + QLatin1Char('\n');
        if (line.count(QLatin1String("$$")) % 2 == 1)
            inDollarQuote = !inDollarQuote;
        // SQLite trigger bodies hold ';' between BEGIN and END;
        if (!inDollarQuote && current.trimmed().startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive)
            && trimmed.compare(QLatin1String("BEGIN"), Qt::CaseInsensitive) == 0)
            inTrigger = true;
        const bool ends = trimmed.endsWith(QLatin1Char(';'));
        const bool triggerEnds = trimmed.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0;
        if (ends && !inDollarQuote && (!inTrigger || triggerEnds)) {
            QString statement = current.trimmed();
            statement.chop(1); // the ';' (QSQLITE runs one statement per query)
            statements.append(statement);
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

Result<int> Migrator::currentVersion(Database &db)
{
    // Database::open has recognised the database: it has schema_version, or nothing at all.
    if (db.m_isNew) {
        if (Status created = db.executeStatement(QStringLiteral(
                "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                "name TEXT NOT NULL, applied_at TEXT NOT NULL)"));
            !created.ok())
            return created.error();
    }
    Query query(db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"));
    auto version = query.scalar();
    if (!version.ok())
        return version.error();
    return version->toInt();
}

namespace {
QString dialectFileOf(const Migrator::Migration &migration, const SqlDialect &dialect)
{
    return QStringLiteral("%1/%2_%3.%4.sql")
        .arg(kMigrationFolder, QStringLiteral("%1").arg(migration.version, 3, 10, QLatin1Char('0')),
             migration.name, dialect.name());
}
} // namespace

QStringList Migrator::shippedStatements(const SqlDialect &dialect, int version)
{
    QStringList statements;
    for (const Migration &migration : available()) {
        if (migration.version > version)
            break;
        statements += splitStatements(dialect.translate(
            readResource(kMigrationFolder + QLatin1Char('/') + migration.portableFile)));
        const QString dialectFile = dialectFileOf(migration, dialect);
        if (QFile::exists(dialectFile))
            statements += splitStatements(dialect.translate(readResource(dialectFile)));
    }
    return statements;
}

Status Migrator::apply(Database &db, const Migration &migration)
{
    if (Status done = runScript(db, readResource(kMigrationFolder + QLatin1Char('/') + migration.portableFile)); !done.ok())
        return done;
    const QString dialectFile = dialectFileOf(migration, db.dialect());
    if (QFile::exists(dialectFile)) {
        if (Status done = runScript(db, readResource(dialectFile)); !done.ok())
            return done;
    }
    return Query(db, QStringLiteral("INSERT INTO schema_version (version, name, applied_at) "
                                    "VALUES (:version, :name, :at)"))
            .bind(QStringLiteral(":version"), migration.version)
            .bind(QStringLiteral(":name"), migration.name)
            .bind(QStringLiteral(":at"), db.nowText())
            .exec();
}

Status Migrator::migrate(Database &db)
{
    const QList<Migration> migrations = available();
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    // One transaction for the whole upgrade, with the version read inside it, so two
    // programs opening a new database at once cannot both apply the same step.
    Result<int> outcome = db.transaction([&]() -> Result<int> {
        if (const QString lock = db.dialect().migrationLock(); !lock.isEmpty()) {
            if (Status locked = Query(db, lock).exec(); !locked.ok())
                return locked.error();
        }
        Result<int> version = currentVersion(db);
        if (!version.ok())
            return version;
        if (*version > latest)
            return tooNew(db, *version, latest);
        for (const Migration &migration : migrations) {
            if (migration.version <= *version)
                continue;
            Status applied = apply(db, migration);
            if (!applied.ok() && applied.error().code == QLatin1String("disk_full"))
                return applied.error(); // the cause in words, not "run with --verbose"
            if (!applied.ok())
                return Error{
                    QStringLiteral("migration_failed"),
                    tr("Could not upgrade the database %1 to schema version %2, so it was left as "
                       "it was; run Kolokasi with --verbose to see why.")
                        .arg(db.location().displayName())
                        .arg(migration.version),
                    QStringLiteral("database")};
        }
        return latest;
    });
    if (!outcome.ok())
        return outcome.error();
    db.m_schemaVersion = *outcome;
    db.m_isNew = false;
    return {};
}

Error Migrator::tooNew(Database &db, int version, int latest)
{
    return Error{QStringLiteral("schema_too_new"),
                 tr("The database %1 was written by a newer Kolokasi (schema version %2; this "
                    "program knows up "
                    "to version %3); update Kolokasi to open it.")
                     .arg(db.location().displayName())
                     .arg(version)
                     .arg(latest),
                 QStringLiteral("database")};
}

Status Migrator::readVersion(Database &db, bool allowOlder)
{
    const int latest = Database::latestSchemaVersion();
    auto version =
        Query(db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")).scalar();
    if (!version.ok())
        return version.error();
    const int found = version->toInt();
    if (found > latest)
        return tooNew(db, found, latest);
    if (found < latest && !allowOlder)
        return Error{QStringLiteral("read_only_old_schema"),
                     tr("The database %1 is read-only and was written by an older Kolokasi (schema "
                        "version %2); "
                        "open it once with write access so that Kolokasi can upgrade it.")
                         .arg(db.location().displayName())
                         .arg(found),
                     QStringLiteral("database")};
    db.m_schemaVersion = found;
    return {};
}

} // namespace kolokasi
