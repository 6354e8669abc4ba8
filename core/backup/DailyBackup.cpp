#include "DailyBackup.h"

#include "BackupRetention.h"
#include "common/AtomicFileWriter.h"
#include "common/Diagnostics.h"
#include "store/Database.h"
#include "store/DatabaseBackup.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>

namespace kolokasi {

QString DailyBackup::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/cadangan");
}

namespace {
// Per PC, like the window's geometry: a folder path means something on this machine only.
const QString kFolderKey = QStringLiteral("backup/folder");
} // namespace

QString DailyBackup::configuredFolder()
{
    const QString chosen = QSettings().value(kFolderKey).toString();
    return chosen.isEmpty() ? defaultFolder() : chosen;
}

void DailyBackup::setConfiguredFolder(const QString &folder)
{
    QSettings().setValue(kFolderKey, folder);
}

QStringList DailyBackup::backupNames() const
{
    return QDir(m_folder).entryList(QDir::Files);
}

QDateTime DailyBackup::lastBackupTime() const
{
    return BackupRetention::takenAt(BackupRetention::newest(backupNames()));
}

bool DailyBackup::isDue() const
{
    const QDateTime last = lastBackupTime();
    return !last.isValid() || last.date() < m_db.clock().now().toLocalTime().date();
}

Result<QString> DailyBackup::runIfDue()
{
    if (!isDue())
        return QString();
    if (!AtomicFileWriter::makePrivateFolder(m_folder))
        return Error{QStringLiteral("backup_folder"),
                     tr("Cannot create the backup folder %1; choose a folder you may write to.")
                         .arg(QDir::toNativeSeparators(m_folder)),
                     QStringLiteral("backup_folder")};
    const QString path =
        m_folder + QLatin1Char('/') +
        DatabaseBackup::suggestedFileName(m_db.location().engine, m_db.clock().now().toLocalTime());
    if (Status written = DatabaseBackup(m_db).backup(path); !written.ok())
        return written.error();
    for (const QString &old : BackupRetention::toRemove(backupNames())) {
        if (!QFile::remove(m_folder + QLatin1Char('/') + old))
            qCInfo(kolokasiDetails, "cannot remove the old backup %s", qPrintable(old));
    }
    return path;
}

} // namespace kolokasi
