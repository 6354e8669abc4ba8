#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace kolokasi {

class Database;

/// The automatic backup at the first start of each day: one backup per calendar day (by the
/// database's clock) into a private folder, keeping the newest BackupRetention::kKeep.
class DailyBackup
{
    Q_DECLARE_TR_FUNCTIONS(DailyBackup)

public:
    DailyBackup(Database &db, const QString &folder) : m_db(db), m_folder(folder) {}

    /// <data folder>/cadangan, the folder used unless the admin chose another.
    static QString defaultFolder();
    /// The folder chosen on this PC (settings key backup/folder), else defaultFolder().
    static QString configuredFolder();
    static void setConfiguredFolder(const QString &folder);

    /// When the newest automatic backup in the folder was taken; invalid if there is none.
    QDateTime lastBackupTime() const;
    /// True if no automatic backup was taken today.
    bool isDue() const;
    /// If due: makes the folder (0700), writes kolokasi-YYYYMMDD-HHMMSS.* there and removes the
    /// oldest beyond the ones kept. Returns the file written, empty when none was due.
    Result<QString> runIfDue();

private:
    QStringList backupNames() const;

    Database &m_db;
    QString m_folder;
};

} // namespace kolokasi
