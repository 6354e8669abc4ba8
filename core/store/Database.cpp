#include "Database.h"

#include "Migrator.h"
#include "Query.h"
#include "common/AtomicFileWriter.h"
#include "common/Diagnostics.h"

#include <QCryptographicHash>
#include <QDir>
#include <QHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUuid>

namespace kolokasi {

namespace {
QString defaultActor()
{
    const QByteArray user = qgetenv("USER").isEmpty() ? qgetenv("USERNAME") : qgetenv("USER");
    return user.isEmpty() ? QStringLiteral("admin") : QString::fromLocal8Bit(user);
}
} // namespace

Database::Database(const DatabaseLocation &location, const Clock &clock)
    : m_location(location),
      m_dialect(location.engine),
      m_clock(&clock),
      m_connectionName(QStringLiteral("kolokasi-") + QUuid::createUuid().toString(QUuid::WithoutBraces)),
      m_actor(defaultActor())
{
}

Database::~Database()
{
    if (!m_protectedPath.isEmpty())
        AtomicFileWriter::releaseDatabase(m_protectedPath);
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestSchemaVersion()
{
    const auto migrations = Migrator::available();
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::nowText() const
{
    return m_clock->now().toUTC().toString(Qt::ISODate);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseLocation &location, OpenMode mode,
                                                 const Clock &clock)
{
    std::unique_ptr<Database> db(new Database(location, clock));
    if (Status connected = db->connect(mode); !connected.ok())
        return connected.error();
    if (Status recognised = db->recognise(mode); !recognised.ok())
        return recognised.error();
    if (!db->m_readOnly && db->m_dialect.isSQLite()) {
        if (Status wal = db->enableWriteAheadLog(); !wal.ok())
            return wal.error();
    }
    if (Status migrated = db->m_readOnly ? Migrator::readVersion(*db, mode == OpenMode::ReadOnly)
                                         : Migrator::migrate(*db);
        !migrated.ok())
        return migrated.error();
    if (Status guarded = db->checkGuards(); !guarded.ok())
        return guarded.error();
    return db;
}

Status Database::prepareSqliteFile(OpenMode mode)
{
    const QFileInfo file(m_location.filePath);
    const QString shown = QDir::toNativeSeparators(file.absoluteFilePath());
    if (m_location.filePath.trimmed().isEmpty())
        return Error{QStringLiteral("database_location_empty"),
                     tr("No database file was given; name the database file to open."),
                     QStringLiteral("database")};
    if (file.isDir())
        return Error{
            QStringLiteral("database_is_folder"),
            tr("%1 is a folder, not a database file; name the database file inside it.").arg(shown),
            QStringLiteral("database")};
    if (!file.exists()) {
        if (mode != OpenMode::CreateIfMissing) {
            if (!QFileInfo(file.absolutePath()).isDir())
                return Error{
                    QStringLiteral("database_folder_missing"),
                    tr("The folder %1 does not exist; check the path of the database %2.")
                        .arg(QDir::toNativeSeparators(file.absolutePath()), file.fileName()),
                    QStringLiteral("database")};
            return Error{QStringLiteral("database_missing"),
                         tr("The database file %1 does not exist; check the name and the folder.")
                             .arg(shown),
                         QStringLiteral("database")};
        }
        if (!AtomicFileWriter::makePrivateFolder(file.absolutePath()))
            return Error{
                QStringLiteral("database_folder"),
                tr("Cannot create the folder %1 for the database; choose a place you may write to.")
                    .arg(QDir::toNativeSeparators(file.absolutePath())),
                QStringLiteral("database")};
        // Owner-only from the first byte: SQLite gives its -wal and -shm files the same mode.
        // (Another program opening the same new file at this moment may have made it first.)
        if (!AtomicFileWriter::createPrivateFile(file.absoluteFilePath()) &&
            !QFileInfo::exists(file.absoluteFilePath()))
            return Error{QStringLiteral("database_create"),
                         tr("Cannot create the database file %1; choose a place you may write to.")
                             .arg(shown),
                         QStringLiteral("database")};
    }
    const QFileInfo created(file.absoluteFilePath());
    m_fileReadOnly = !created.isWritable() || !QFileInfo(created.absolutePath()).isWritable();
    m_readOnly = mode == OpenMode::ReadOnly || m_fileReadOnly;
    return {};
}

Status Database::connect(OpenMode mode)
{
    if (!QSqlDatabase::isDriverAvailable(m_dialect.driverName()))
        return Error{
            QStringLiteral("driver_missing"),
            tr("The Qt database driver %1 is not installed; install the Debian package %2.")
                .arg(m_dialect.driverName(), m_dialect.isSQLite()
                                                 ? QStringLiteral("libqt6sql6-sqlite")
                                                 : QStringLiteral("libqt6sql6-psql")),
            QStringLiteral("database")};
    if (m_dialect.isSQLite()) {
        if (Status prepared = prepareSqliteFile(mode); !prepared.ok())
            return prepared;
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.driverName(), m_connectionName);
    if (m_dialect.isSQLite()) {
        const QString path = QFileInfo(m_location.filePath).absoluteFilePath();
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000");
        if (m_readOnly) {
            // A file nobody may write cannot change under us: read it as it is, without the
            // -wal and -shm files SQLite would otherwise leave behind. A -wal left by a crash
            // holds committed data, so then SQLite reads it (and needs the folder).
            options += QStringLiteral(";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI");
            QUrl uri = QUrl::fromLocalFile(path);
            if (m_fileReadOnly && !QFileInfo::exists(path + QStringLiteral("-wal")))
                uri.setQuery(QStringLiteral("immutable=1"));
            db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        } else {
            db.setDatabaseName(path);
        }
        db.setConnectOptions(options);
        AtomicFileWriter::protectDatabase(path);
        m_protectedPath = path;
    } else {
        db.setHostName(m_location.host);
        db.setPort(m_location.port);
        db.setUserName(m_location.user);
        db.setPassword(m_location.password);
        db.setDatabaseName(m_location.databaseName);
        db.setConnectOptions(m_location.connectOptions());
        m_readOnly = mode == OpenMode::ReadOnly;
    }
    if (!db.open()) {
        qCInfo(kolokasiDetails, "opening %s: %s", qPrintable(m_location.displayName()),
               qPrintable(db.lastError().text()));
        return Error{
            QStringLiteral("database_open"),
            m_dialect.isSQLite()
                ? tr("Cannot open the database file %1; check that you may read it.")
                      .arg(m_location.displayName())
                : tr("Cannot connect to the database %1; check the address, the password and that "
                     "the server is running.")
                      .arg(m_location.displayName()),
            QStringLiteral("database")};
    }

    QStringList setup = m_dialect.connectionSetup();
    if (m_readOnly && !m_dialect.readOnlySetup().isEmpty())
        setup.append(m_dialect.readOnlySetup());
    for (const QString &statement : setup) {
        if (Status done = executeStatement(statement); !done.ok())
            return done;
    }
    return {};
}

Result<QStringList> Database::tableNames() const
{
    QSqlQuery query(connection());
    if (!query.exec(m_dialect.tableNamesQuery()))
        return errorFrom(query.lastError());
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

// SQLite reads a file too short for a header (a 1-byte file) as an empty database. Empty
// is a 0-byte file, or one with SQLite's header and no table (a first open killed before
// its migration committed).
bool Database::isEmptySqliteFile() const
{
    if (!m_dialect.isSQLite())
        return true;
    QFile file(m_location.filePath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.size() == 0 || file.read(16) == QByteArray("SQLite format 3\0", 16);
}

// Before anything is written: a file that is not a Kolokasi database stays exactly as it is.
Status Database::recognise(OpenMode mode)
{
    const auto tables = tableNames();
    const Error foreign{
        QStringLiteral("not_kolokasi"),
        tr("%1 is not a Kolokasi database and was left untouched; choose the database "
           "Kolokasi created.")
            .arg(m_location.displayName()),
        QStringLiteral("database")};
    if (!tables.ok())
        return m_dialect.isSQLite() ? foreign
                                    : tables.error(); // SQLite: not a database file at all
    if (tables->contains(QLatin1String("schema_version")))
        return {};
    if (!tables->isEmpty() || !isEmptySqliteFile())
        return foreign;
    // Nothing in it yet: a new SQLite file only where creation is allowed; an empty
    // PostgreSQL database is what an administrator prepares for Kolokasi.
    const bool mayCreate = mode == OpenMode::CreateIfMissing ||
                           (mode == OpenMode::ExistingOnly && !m_dialect.isSQLite());
    if (!mayCreate || m_readOnly)
        return Error{
            QStringLiteral("database_empty"),
            m_dialect.isSQLite()
                ? tr("The file %1 is empty, not a Kolokasi database; choose the database Kolokasi "
                     "created.")
                      .arg(m_location.displayName())
                : tr("The database %1 holds no Kolokasi data yet; open it once in the Kolokasi "
                     "window to set it up.")
                      .arg(m_location.displayName()),
            QStringLiteral("database")};
    m_isNew = true;
    return {};
}

namespace {
// Whitespace and the schema a definition names do not change what a trigger does.
QString normalizedDefinition(QString sql, const QString &schema)
{
    if (!schema.isEmpty()) {
        sql.replace(QLatin1Char('"') + schema + QStringLiteral("\"."), QString());
        sql.replace(schema + QLatin1Char('.'), QString());
    }
    return sql.simplified();
}

QByteArray digest(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

// The body of `function` as migration 001 created it (between its $$ quotes).
QString shippedFunctionBody(const QStringList &statements, const QString &function)
{
    for (const QString &statement : statements) {
        if (!statement.startsWith(QStringLiteral("CREATE FUNCTION ") + function + QLatin1Char('(')))
            continue;
        const qsizetype open = statement.indexOf(QLatin1String("$$"));
        const qsizetype close = statement.indexOf(QLatin1String("$$"), open + 2);
        if (open >= 0 && close > open)
            return statement.mid(open + 2, close - open - 2);
    }
    return {};
}
} // namespace

// Every guard must be there, fire, and do what the migration made it do: a trigger of the
// same name that never fires (WHEN 0, RAISE(IGNORE), another table, UPDATE OF one column,
// ENABLE REPLICA, a no-op function body, a replica session) guards nothing.
Status Database::checkGuards()
{
    QStringList broken;
    QString schema;
    if (!m_dialect.isSQLite()) {
        QSqlQuery role(connection());
        if (!role.exec(QStringLiteral("SELECT current_setting('session_replication_role'), "
                                      "current_schema()")) ||
            !role.next())
            return errorFrom(role.lastError());
        schema = role.value(1).toString();
        if (role.value(0).toString() != QLatin1String("origin")) {
            qCInfo(kolokasiDetails, "session_replication_role is %s",
                   qPrintable(role.value(0).toString()));
            return Error{QStringLiteral("guards_off"),
                         tr("The connection to %1 runs as a replica (session_replication_role), "
                            "which switches off the protection of the audit log; remove that "
                            "setting from the server, the database or the user, then open it "
                            "again.")
                             .arg(m_location.displayName()),
                         QStringLiteral("database")};
        }
    }
    const QStringList shipped = Migrator::shippedStatements(m_dialect, m_schemaVersion);
    QSqlQuery query(connection());
    if (!query.exec(m_dialect.triggerDefinitionsQuery()))
        return errorFrom(query.lastError());
    QHash<QString, QPair<QString, QString>> found; // name -> (definition, enabled)
    while (query.next())
        found.insert(query.value(0).toString(),
                     {query.value(1).toString(), query.value(2).toString()});
    for (const QString &guard : m_dialect.appendOnlyGuards(m_schemaVersion)) {
        const auto present = found.constFind(guard);
        if (present == found.constEnd() || present->second != QLatin1String("O")) {
            broken.append(guard);
            continue;
        }
        QString expected = m_dialect.expectedTriggerDefinition(guard);
        if (expected.isEmpty()) {
            const QString prefix = QStringLiteral("CREATE TRIGGER ") + guard + QLatin1Char(' ');
            for (const QString &statement : shipped) {
                if (statement.startsWith(prefix))
                    expected = statement;
            }
        }
        if (expected.isEmpty() ||
            normalizedDefinition(present->first, schema) != normalizedDefinition(expected, {}))
            broken.append(guard);
    }
    if (const QString function = m_dialect.guardFunction(); !function.isEmpty()) {
        QSqlQuery body(connection());
        body.prepare(QStringLiteral(
            "SELECT p.prosrc FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = current_schema() AND p.proname = :name"));
        body.bindValue(QStringLiteral(":name"), function);
        if (!body.exec())
            return errorFrom(body.lastError());
        const QByteArray expected = digest(shippedFunctionBody(shipped, function));
        if (!body.next() || digest(body.value(0).toString()) != expected)
            broken.append(function);
    }
    if (broken.isEmpty())
        return {};
    qCInfo(kolokasiDetails, "missing or altered guards: %s",
           qPrintable(broken.join(QStringLiteral(", "))));
    return Error{
        QStringLiteral("guards_missing"),
        tr("The protection of the audit log in %1 was removed, so its history can no longer be "
           "trusted; restore the database from a backup or ask the administrator of the server.")
            .arg(m_location.displayName()),
        QStringLiteral("database")};
}

Error Database::readOnlyError() const
{
    return {QStringLiteral("read_only"),
            tr("The database %1 is open read-only, so nothing can be changed; ask for write access "
               "to the file "
               "or open a copy.")
                .arg(m_location.displayName()),
            QStringLiteral("database")};
}

Status Database::enableWriteAheadLog()
{
    // WAL is a property of the file, set once by whichever program opens it first. Switching
    // needs the file to itself, and SQLite then answers "locked" at once instead of waiting
    // on the busy timeout: so wait here, for as long as the busy timeout would.
    constexpr int kAttempts = 200;
    constexpr int kPauseMs = 50;
    QSqlError lastError;
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        QSqlQuery query(connection());
        if (query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && query.next()
            && query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0)
            return {};
        lastError = query.lastError();
        // Only a busy file is worth waiting for (a full disk, for one, is not).
        if (lastError.type() != QSqlError::NoError &&
            m_dialect.classify(lastError) != SqlDialect::Violation::Busy)
            break;
        QThread::msleep(kPauseMs);
    }
    return errorFrom(lastError);
}

Status Database::executeStatement(const QString &sql)
{
    QSqlQuery query(connection());
    if (!query.exec(sql))
        return errorFrom(query.lastError());
    return {};
}

QString Database::savepointName() const
{
    return QStringLiteral("kolokasi_nested_%1").arg(m_transactionDepth);
}

// Depth 0 starts the transaction; deeper calls take a savepoint, so a nested failure is
// undone even when the outer work ignores it.
Status Database::begin()
{
    if (m_transactionDepth > 0)
        return executeStatement(QStringLiteral("SAVEPOINT ") + savepointName());
    return executeStatement(m_dialect.beginTransaction());
}

Status Database::commit()
{
    if (m_transactionDepth > 0)
        return executeStatement(QStringLiteral("RELEASE SAVEPOINT ") + savepointName());
    if (Status done = executeStatement(QStringLiteral("COMMIT")); !done.ok()) {
        rollback();
        return done;
    }
    return {};
}

void Database::rollback()
{
    if (m_transactionDepth > 0) {
        // Back to where the nested work started, then leave the savepoint: the outer
        // transaction goes on (on PostgreSQL also after a failed statement).
        (void)executeStatement(QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepointName());
        (void)executeStatement(QStringLiteral("RELEASE SAVEPOINT ") + savepointName());
        return;
    }
    // A failed ROLLBACK leaves nothing to do: the engine has already ended the transaction.
    (void)executeStatement(QStringLiteral("ROLLBACK"));
}

Error Database::errorFrom(const QSqlError &error, const QString &field) const
{
    const QString column = field.isEmpty() ? m_dialect.violatedColumn(error) : field;
    switch (m_dialect.classify(error)) {
    case SqlDialect::Violation::Unique:
        return {QStringLiteral("duplicate"), tr("This value is already in use; enter another one."),
                column};
    case SqlDialect::Violation::ForeignKey:
        return {
            QStringLiteral("missing_reference"),
            tr("This refers to a record that does not exist or is still in use; check the choice."),
            column};
    case SqlDialect::Violation::Check:
        return {QStringLiteral("invalid_value"),
                tr("This value is not allowed here; enter another one."), column};
    case SqlDialect::Violation::NotNull:
        return {QStringLiteral("required"), tr("This field must be filled in; enter a value."),
                column};
    case SqlDialect::Violation::Busy:
        return {QStringLiteral("busy"),
                tr("The database is busy with another user's change; try again in a moment."),
                QString()};
    case SqlDialect::Violation::ReadOnly:
        return readOnlyError();
    case SqlDialect::Violation::NotADatabase:
        return {QStringLiteral("not_kolokasi"),
                tr("%1 is not a Kolokasi database and was left untouched; choose the database "
                   "Kolokasi created.")
                    .arg(m_location.displayName()),
                QStringLiteral("database")};
    case SqlDialect::Violation::AppendOnly:
        return {QStringLiteral("append_only"),
                tr("The request history and the audit log are never changed or deleted; record a "
                   "correction "
                   "instead."),
                column};
    case SqlDialect::Violation::UnitsTaken:
        return {QStringLiteral("overlap"),
                tr("These rack units were taken by another change a moment ago; choose other "
                   "units."),
                QStringLiteral("first_u")};
    case SqlDialect::Violation::DiskFull:
        qCInfo(kolokasiDetails, "database error: %s", qPrintable(error.text()));
        return {QStringLiteral("disk_full"),
                m_dialect.isSQLite()
                    ? tr("The disk of the folder %1 is full, so nothing was changed in the "
                         "database %2; free some space there and try again.")
                          .arg(QDir::toNativeSeparators(
                                   QFileInfo(m_location.filePath).absolutePath()),
                               QFileInfo(m_location.filePath).fileName())
                    : tr("The disk of the database server of %1 is full, so nothing was "
                         "changed; ask the administrator of the server to free some space.")
                          .arg(m_location.displayName()),
                QStringLiteral("database")};
    case SqlDialect::Violation::None:
    case SqlDialect::Violation::Other:
        break;
    }
    // The driver's text names tables and SQL: for --verbose, not for the user.
    qCInfo(kolokasiDetails, "database error: %s", qPrintable(error.text()));
    // SQLite on a full disk may report an I/O error instead of SQLITE_FULL (the -shm file).
    if (m_dialect.isSQLite() &&
        AtomicFileWriter::isDiskFull(QFileInfo(m_location.filePath).absolutePath(),
                                     error.databaseText()))
        return errorFrom(QSqlError(error.driverText(), error.databaseText(), error.type(),
                                   QStringLiteral("13")),
                         field);
    return {QStringLiteral("database_error"),
            tr("The database %1 reported an unexpected error and nothing was changed; run Kolokasi "
               "with "
               "--verbose to see the details.")
                .arg(m_location.displayName()),
            column};
}

} // namespace kolokasi
