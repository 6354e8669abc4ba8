#include "BackupRetention.h"

#include <QRegularExpression>

#include <algorithm>

namespace kolokasi {

namespace {
/// The automatic backups, newest first.
QStringList automaticNewestFirst(const QStringList &fileNames)
{
    QStringList backups;
    for (const QString &name : fileNames) {
        if (BackupRetention::takenAt(name).isValid())
            backups.append(name);
    }
    std::sort(backups.begin(), backups.end(), [](const QString &a, const QString &b) {
        return BackupRetention::takenAt(a) > BackupRetention::takenAt(b);
    });
    return backups;
}
} // namespace

QDateTime BackupRetention::takenAt(const QString &fileName)
{
    static const QRegularExpression pattern(
        QStringLiteral("^kolokasi-(\\d{8}-\\d{6})\\.(sqlite|dump)$"));
    const auto match = pattern.match(fileName);
    if (!match.hasMatch())
        return {};
    return QDateTime::fromString(match.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
}

QStringList BackupRetention::toRemove(const QStringList &fileNames, int keep)
{
    return automaticNewestFirst(fileNames).mid(std::max(keep, 0));
}

QString BackupRetention::newest(const QStringList &fileNames)
{
    const QStringList backups = automaticNewestFirst(fileNames);
    return backups.isEmpty() ? QString() : backups.first();
}

} // namespace kolokasi
