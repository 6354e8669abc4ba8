#include "Database.h"

#include "Migrator.h"
#include "Query.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
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

Result<std::unique_ptr<Database>> Database::open(const DatabaseLocation &location, const Clock &clock)
{
    std::unique_ptr<Database> db(new Database(location, clock));
    if (Status connected = db->connect(); !connected.ok())
        return connected.error();
    if (Status migrated = Migrator::migrate(*db); !migrated.ok())
        return migrated.error();
    return db;
}

Status Database::connect()
{
    if (!QSqlDatabase::isDriverAvailable(m_dialect.driverName()))
        return Error{QStringLiteral("driver_missing"),
                     tr("The Qt database driver %1 is not installed (Debian package %2).")
                             .arg(m_dialect.driverName(),
                                  m_dialect.isSQLite() ? QStringLiteral("libqt6sql6-sqlite")
                                                       : QStringLiteral("libqt6sql6-psql")),
                     QStringLiteral("database")};

    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.driverName(), m_connectionName);
    if (m_dialect.isSQLite()) {
        const QFileInfo file(m_location.filePath);
        if (!QDir().mkpath(file.absolutePath()))
            return Error{QStringLiteral("database_folder"),
                         tr("Cannot create the folder %1 for the database.").arg(file.absolutePath()),
                         QStringLiteral("database")};
        db.setDatabaseName(file.absoluteFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        db.setHostName(m_location.host);
        db.setPort(m_location.port);
        db.setUserName(m_location.user);
        db.setPassword(m_location.password);
        db.setDatabaseName(m_location.databaseName);
        db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=kolokasi"));
    }
    if (!db.open())
        return Error{QStringLiteral("database_open"),
                     tr("Cannot open the database %1: %2")
                             .arg(m_location.displayName(), db.lastError().text()),
                     QStringLiteral("database")};

    for (const QString &statement : m_dialect.connectionSetup()) {
        if (Status done = executeStatement(statement); !done.ok())
            return done;
    }
    return m_dialect.isSQLite() ? enableWriteAheadLog() : Status();
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

Status Database::begin()
{
    return executeStatement(m_dialect.beginTransaction());
}

Status Database::commit()
{
    if (Status done = executeStatement(QStringLiteral("COMMIT")); !done.ok()) {
        rollback();
        return done;
    }
    return {};
}

void Database::rollback()
{
    // A failed ROLLBACK leaves nothing to do: the engine has already ended the transaction.
    (void)executeStatement(QStringLiteral("ROLLBACK"));
}

Error Database::errorFrom(const QSqlError &error, const QString &field) const
{
    const QString column = field.isEmpty() ? m_dialect.violatedColumn(error) : field;
    switch (m_dialect.classify(error)) {
    case SqlDialect::Violation::Unique:
        return {QStringLiteral("duplicate"), tr("This value is already in use."), column};
    case SqlDialect::Violation::ForeignKey:
        return {QStringLiteral("missing_reference"),
                tr("This refers to a record that does not exist or is still in use."), column};
    case SqlDialect::Violation::Check:
        return {QStringLiteral("invalid_value"), tr("This value is not allowed here."), column};
    case SqlDialect::Violation::NotNull:
        return {QStringLiteral("required"), tr("This field must be filled in."), column};
    case SqlDialect::Violation::Busy:
        return {QStringLiteral("busy"),
                tr("The database is busy with another user's change. Try again."), QString()};
    case SqlDialect::Violation::None:
    case SqlDialect::Violation::Other:
        break;
    }
    return {QStringLiteral("database_error"),
            tr("The database refused the change: %1").arg(error.text()), column};
}

} // namespace kolokasi
