#include "DatabaseBackup.h"

#include "Database.h"
#include "Migrator.h"
#include "PostgresBackup.h"
#include "SqliteBackup.h"
#include "common/Diagnostics.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <cstdio>

namespace kolokasi {

namespace {
QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}
} // namespace

Status DatabaseBackup::backup(const QString &outPath)
{
    if (m_db.dialect().isSQLite())
        return SqliteBackup::backup(m_db.connection(), outPath);
    return PostgresBackup::backup(m_db.location(), outPath);
}

Result<QString> DatabaseBackup::restore(const QString &inPath)
{
    if (m_db.isReadOnly())
        return m_db.readOnlyError();
    const QDateTime now = m_db.clock().now();
    const auto aside =
        m_db.dialect().isSQLite()
            ? SqliteBackup::restore(m_db.connection(),
                                    QFileInfo(m_db.location().filePath).absoluteFilePath(), inPath,
                                    now)
            : PostgresBackup::restore(m_db.location(), inPath, postgresAsideFolder(), now);
    if (!aside.ok())
        return aside;
    // A backup of an older Kolokasi: brought up to this program's schema, as any open does.
    if (Status migrated = Migrator::migrate(m_db); !migrated.ok())
        return migrated.error();
    return aside;
}

Result<QString> DatabaseBackup::restoreInto(const DatabaseLocation &target, const QString &inPath,
                                            const QDateTime &now)
{
    if (target.engine == DatabaseLocation::Engine::SQLite)
        return restoreSqliteFile(target.filePath, inPath, now);
    if (Status checked = PostgresBackup::check(inPath); !checked.ok())
        return checked.error();
    return PostgresBackup::restore(target, inPath, postgresAsideFolder(), now);
}

Result<QString> DatabaseBackup::restoreSqliteFile(const QString &targetPath, const QString &inPath,
                                                  const QDateTime &now)
{
    const QFileInfo target(targetPath);
    const QString path = target.absoluteFilePath();
    if (!target.exists()) {
        if (!QFileInfo(target.absolutePath()).isDir())
            return Error{QStringLiteral("database_folder_missing"),
                         tr("The folder %1 does not exist; create it or name another place for "
                            "the restored database.")
                             .arg(QDir::toNativeSeparators(target.absolutePath())),
                         QStringLiteral("database")};
        if (Status checked = SqliteBackup::check(inPath); !checked.ok())
            return checked.error();
        // A new database from the backup: a checked private copy renamed into place.
        const QString part = target.absolutePath() + QStringLiteral("/.") + target.fileName() +
                             QStringLiteral(".new-") +
                             QUuid::createUuid().toString(QUuid::Id128).left(12);
        if (!QFile::copy(inPath, part) ||
            !QFile::setPermissions(part, QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
            std::rename(QFile::encodeName(part).constData(), QFile::encodeName(path).constData()) !=
                0) {
            QFile::remove(part);
            return Error{QStringLiteral("restore_failed"),
                         tr("Could not write the database %1; check the free disk space and your "
                            "right to write in its folder.")
                             .arg(shown(path)),
                         QStringLiteral("database")};
        }
        return QString();
    }
    const Error foreign{QStringLiteral("restore_target_foreign"),
                        tr("%1 is not a Kolokasi database, so nothing was restored over it; name "
                           "the database Kolokasi uses.")
                            .arg(shown(path)),
                        QStringLiteral("database")};
    // An empty file is what a first open leaves; anything else must be an SQLite file.
    if (target.isDir() || (target.size() > 0 && !hasSqliteHeader(path)))
        return foreign;
    const QString connectionName =
        QStringLiteral("kolokasi-restore-") + QUuid::createUuid().toString(QUuid::Id128);
    Result<QString> outcome = foreign;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (db.open()) {
            QSqlQuery tables(db);
            bool isKolokasi = false;
            bool isEmpty = true;
            if (tables.exec(
                    QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
                while (tables.next()) {
                    isEmpty = false;
                    isKolokasi =
                        isKolokasi || tables.value(0).toString() == QLatin1String("schema_version");
                }
                tables.finish();
                if (isKolokasi || isEmpty)
                    outcome = SqliteBackup::restore(db, path, inPath, now);
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    return outcome;
}

QString DatabaseBackup::suggestedFileName(DatabaseLocation::Engine engine, const QDateTime &now)
{
    return QStringLiteral("kolokasi-") + now.toString(QStringLiteral("yyyyMMdd-HHmmss")) +
           (engine == DatabaseLocation::Engine::SQLite ? QStringLiteral(".sqlite")
                                                       : QStringLiteral(".dump"));
}

QString DatabaseBackup::postgresAsideFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

} // namespace kolokasi
