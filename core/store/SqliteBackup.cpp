#include "SqliteBackup.h"

#include "Database.h"
#include "common/AtomicFileWriter.h"
#include "common/Diagnostics.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

#include <cstdio>
#include <optional>

namespace kolokasi {

namespace {
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
const QByteArray kSqliteHeader("SQLite format 3\0", 16);
// As long as the busy timeout of Database: another writer's transaction is short.
constexpr int kBusyAttempts = 200;
constexpr int kBusyPauseMs = 50;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

/// A private name beside `path` for work in progress (hidden, removed when done).
QString workPath(const QString &path, const QString &purpose)
{
    const QFileInfo info(path);
    return info.absolutePath() + QStringLiteral("/.") + info.fileName() + QLatin1Char('.') +
           purpose + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

void removeWithCompanions(const QString &path)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

/// A plain connection to one SQLite file that closes itself: for files Database does not
/// open (a staged copy, a backup being written, a target that Kolokasi refuses to work on).
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("kolokasi-raw-") + QUuid::createUuid().toString(QUuid::Id128))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        m_open = db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase connection() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
};

bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == kSqliteHeader;
}

/// The table names of an open SQLite connection; nullopt if it cannot be read as a database.
std::optional<QStringList> tablesOf(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
        qCInfo(kolokasiDetails, "reading tables: %s", qPrintable(query.lastError().text()));
        return std::nullopt;
    }
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

sqlite3 *sqliteHandle(const QSqlDatabase &connection)
{
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

Error notABackup(const QString &inPath)
{
    return Error{QStringLiteral("restore_not_a_database"),
                 SqliteBackup::tr("%1 is not a Kolokasi backup, so nothing was restored; choose a "
                                  "backup file Kolokasi made.")
                     .arg(shown(inPath)),
                 QStringLiteral("input")};
}
} // namespace

Status SqliteBackup::backup(const QSqlDatabase &connection, const QString &outPath)
{
    if (Status writable = AtomicFileWriter::checkWritable(outPath); !writable.ok())
        return writable;
    const QString part = workPath(outPath, QStringLiteral("part"));
    const auto failed = [&](const QString &why) {
        qCInfo(kolokasiDetails, "backup to %s: %s", qPrintable(outPath), qPrintable(why));
        removeWithCompanions(part);
        if (AtomicFileWriter::isDiskFull(QFileInfo(outPath).absolutePath(), why))
            return AtomicFileWriter::diskFullError(outPath);
        return Error{QStringLiteral("backup_failed"),
                     tr("Could not write the backup %1, so nothing was written there; check the "
                        "free disk space and your right to write in its folder.")
                         .arg(shown(outPath)),
                     QStringLiteral("output")};
    };
    // VACUUM INTO writes into an empty file it finds: made owner-only before the first byte.
    if (!AtomicFileWriter::createPrivateFile(part))
        return failed(QStringLiteral("cannot create ") + part);
    {
        QSqlQuery vacuum(connection);
        // One read transaction: a consistent snapshot, also while others write.
        if (!vacuum.prepare(QStringLiteral("VACUUM INTO :path")))
            return failed(vacuum.lastError().text());
        vacuum.bindValue(QStringLiteral(":path"), part);
        if (!vacuum.exec())
            return failed(vacuum.lastError().text());
    }
    if (!QFile::setPermissions(part, kOwnerOnly))
        return failed(QStringLiteral("cannot set permissions"));
    if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(outPath).constData()) !=
        0)
        return failed(QStringLiteral("cannot rename into place"));
    return {};
}

Result<QString> SqliteBackup::stage(const QString &inPath, const QString &stagingFolder)
{
    const QFileInfo info(inPath);
    if (!info.isFile())
        return Error{QStringLiteral("restore_missing"),
                     tr("The backup file %1 does not exist; choose the backup file to restore.")
                         .arg(shown(inPath)),
                     QStringLiteral("input")};
    if (!hasSqliteHeader(inPath))
        return notABackup(inPath);
    // The checks and the copy read a private copy: the chosen file is never changed, and it
    // cannot change between the check and the restore. The copy goes where Kolokasi may write
    // (the backup itself may sit on a read-only medium).
    const QString staged = workPath(stagingFolder + QLatin1Char('/') + QFileInfo(inPath).fileName(),
                                    QStringLiteral("restore"));
    QFile source(inPath);
    QFile copy(staged);
    const auto unreadable = [&] {
        qCInfo(kolokasiDetails, "staging %s: %s %s", qPrintable(inPath),
               qPrintable(source.errorString()), qPrintable(copy.errorString()));
        copy.close();
        QFile::remove(staged);
        return Error{QStringLiteral("restore_unreadable"),
                     tr("Cannot read the backup file %1 or make a working copy of it; check that "
                        "you may read the file and the free disk space.")
                         .arg(shown(inPath)),
                     QStringLiteral("input")};
    };
    if (!source.open(QIODevice::ReadOnly) ||
        !copy.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly))
        return unreadable();
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() || copy.write(chunk) != chunk.size())
            return unreadable();
    }
    copy.close();
    return staged;
}

Status SqliteBackup::checkStaged(const QString &stagedPath, const QString &inPath)
{
    {
        // The file starts like an SQLite database: what cannot be read in it is damage.
        RawConnection raw(stagedPath);
        QSqlQuery query(raw.connection());
        // A copy of a WAL database reads alone once it keeps a rollback journal.
        if (!raw.isOpen() || !query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) ||
            !query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next() ||
            query.value(0).toString() != QLatin1String("ok")) {
            qCInfo(kolokasiDetails, "integrity of %s: %s", qPrintable(inPath),
                   qPrintable(query.lastError().isValid() ? query.lastError().text()
                                                          : query.value(0).toString()));
            return Error{QStringLiteral("restore_corrupt"),
                         tr("The backup %1 is damaged (its integrity check failed), so nothing "
                            "was restored; choose another backup.")
                             .arg(shown(inPath)),
                         QStringLiteral("input")};
        }
        const auto tables = tablesOf(raw.connection());
        if (!tables || !tables->contains(QLatin1String("schema_version")))
            return notABackup(inPath);
        if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) ||
            !query.next())
            return notABackup(inPath);
        const int version = query.value(0).toInt();
        if (version > Database::latestSchemaVersion())
            return Error{QStringLiteral("restore_too_new"),
                         tr("The backup %1 was made by a newer Kolokasi (schema version %2; this "
                            "program knows up to version %3), so nothing was restored; update "
                            "Kolokasi first.")
                             .arg(shown(inPath))
                             .arg(version)
                             .arg(Database::latestSchemaVersion()),
                         QStringLiteral("input")};
    }
    // The same recognition the program applies on every open: the guards of the audit log.
    const auto opened =
        Database::open(DatabaseLocation::sqlite(stagedPath), Database::OpenMode::ReadOnly);
    if (!opened.ok()) {
        qCInfo(kolokasiDetails, "opening the staged %s: %s", qPrintable(inPath),
               qPrintable(opened.error().code));
        // The reason in words, never the internal code: the staged copy's own message would
        // name a temporary file the user never chose.
        const QString code = opened.error().code;
        const QString reason =
            code.startsWith(QLatin1String("guards_"))
                ? tr("The protection of the audit log in the backup %1 was removed, so its "
                     "history cannot be trusted and nothing was restored; choose another backup.")
                : tr("The backup %1 is not a database Kolokasi can open, so nothing was "
                     "restored; choose another backup.");
        return Error{QStringLiteral("restore_refused"), reason.arg(shown(inPath)),
                     QStringLiteral("input")};
    }
    return {};
}

Status SqliteBackup::check(const QString &inPath)
{
    const auto staged = stage(inPath, QDir::tempPath());
    if (!staged.ok())
        return staged.error();
    const Status checked = checkStaged(*staged, inPath);
    removeWithCompanions(*staged);
    return checked;
}

QString SqliteBackup::asidePath(const QString &targetPath, const QDateTime &now)
{
    const QFileInfo info(targetPath);
    const QString base = info.absolutePath() + QLatin1Char('/') + info.completeBaseName() +
                         QStringLiteral(".before-restore-") +
                         now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString path = base + QStringLiteral(".sqlite");
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = base + QStringLiteral("-%1.sqlite").arg(n);
    return path;
}

Status SqliteBackup::copyInto(const QSqlDatabase &connection, const QString &stagedPath,
                              const QString &targetPath)
{
    const auto failed = [&](const QString &why) {
        qCInfo(kolokasiDetails, "restoring into %s: %s", qPrintable(targetPath), qPrintable(why));
        return Error{QStringLiteral("restore_failed"),
                     tr("Could not restore into the database %1, so it was left as it was; close "
                        "other programs that use it and try again.")
                         .arg(shown(targetPath)),
                     QStringLiteral("database")};
    };
    sqlite3 *destination = sqliteHandle(connection);
    if (!destination)
        return failed(QStringLiteral("no SQLite handle"));
    sqlite3 *source = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(stagedPath).constData(), &source, SQLITE_OPEN_READONLY,
                        nullptr) != SQLITE_OK) {
        sqlite3_close(source);
        return failed(QStringLiteral("cannot open the staged copy"));
    }
    sqlite3_backup *copy = sqlite3_backup_init(destination, "main", source, "main");
    if (!copy) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(destination));
        sqlite3_close(source);
        return failed(why);
    }
    // All pages in one step: one write transaction on the target, whole or not at all.
    int rc = sqlite3_backup_step(copy, -1);
    for (int attempt = 0; (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && attempt < kBusyAttempts;
         ++attempt) {
        sqlite3_sleep(kBusyPauseMs);
        rc = sqlite3_backup_step(copy, -1);
    }
    sqlite3_backup_finish(copy);
    sqlite3_close(source);
    if (rc != SQLITE_DONE)
        return failed(QString::fromUtf8(sqlite3_errstr(rc)));
    return {};
}

Result<QString> SqliteBackup::restore(const QSqlDatabase &connection, const QString &targetPath,
                                      const QString &inPath, const QDateTime &now)
{
    const auto staged = stage(inPath, QFileInfo(targetPath).absolutePath());
    if (!staged.ok())
        return staged.error();
    const auto cleanUp = qScopeGuard([&] { removeWithCompanions(*staged); });
    if (Status checked = checkStaged(*staged, inPath); !checked.ok())
        return checked.error();
    const QString aside = asidePath(targetPath, now);
    if (Status kept = backup(connection, aside); !kept.ok())
        return Error{QStringLiteral("restore_aside_failed"),
                     tr("Could not keep the current database aside as %1, so nothing was "
                        "restored; check the free disk space and your right to write there.")
                         .arg(shown(aside)),
                     QStringLiteral("database")};
    if (Status copied = copyInto(connection, *staged, targetPath); !copied.ok()) {
        QFile::remove(aside);
        return copied.error();
    }
    return aside;
}

} // namespace kolokasi
