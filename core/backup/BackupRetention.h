#pragma once

#include <QDateTime>
#include <QStringList>

namespace kolokasi {

/// Which automatic backups to keep: the newest `keep` by the time in their name
/// (kolokasi-YYYYMMDD-HHMMSS.sqlite or .dump). Files of any other name are never touched,
/// so a backup the admin made by hand into the same folder stays.
class BackupRetention
{
public:
    static constexpr int kKeep = 14;

    /// The time an automatic backup's name says it was taken; invalid for any other name.
    static QDateTime takenAt(const QString &fileName);
    /// The names among `fileNames` to remove so that the newest `keep` automatic backups stay.
    static QStringList toRemove(const QStringList &fileNames, int keep = kKeep);
    /// The newest automatic backup among `fileNames`, empty if none.
    static QString newest(const QStringList &fileNames);
};

} // namespace kolokasi
