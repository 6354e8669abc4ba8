#include "AtomicFileWriter.h"

#include "Diagnostics.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSaveFile>
#include <QSet>
#include <QStorageInfo>

#include <cerrno>
#include <cstring>

#include <unistd.h>

namespace kolokasi {

namespace {
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
const QStringList kDatabaseCompanions{QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                      QStringLiteral("-journal")};

// Several threads (and tests) open databases at once.
QMutex &registryMutex()
{
    static QMutex mutex;
    return mutex;
}

QMultiHash<QString, int> &openDatabases()
{
    static QMultiHash<QString, int> paths;
    return paths;
}

// The path as the file system will resolve it: symlinks followed, for files that exist yet.
QString resolved(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

bool isSqliteFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}
} // namespace

bool AtomicFileWriter::makePrivateFolder(const QString &folder)
{
    const QFileInfo info(folder);
    if (info.isDir())
        return true;
    if (!makePrivateFolder(info.absolutePath()))
        return false;
    return QDir().mkdir(info.absoluteFilePath(), kOwnerOnly | QFileDevice::ExeOwner) ||
           QFileInfo(folder).isDir();
}

bool AtomicFileWriter::createPrivateFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly);
}

void AtomicFileWriter::protectDatabase(const QString &path)
{
    const QMutexLocker lock(&registryMutex());
    openDatabases().insert(resolved(path), 1);
}

void AtomicFileWriter::releaseDatabase(const QString &path)
{
    const QMutexLocker lock(&registryMutex());
    openDatabases().remove(resolved(path), 1);
}

bool AtomicFileWriter::refusesPath(const QString &path)
{
    if (isSqliteFile(path))
        return true;
    const QString target = resolved(path);
    const QMutexLocker lock(&registryMutex());
    for (const QString &suffix : kDatabaseCompanions) {
        for (auto it = openDatabases().cbegin(); it != openDatabases().cend(); ++it) {
            if (it.key() + suffix == target)
                return true;
        }
    }
    return false;
}

Status AtomicFileWriter::checkWritable(const QString &path, const QString &field)
{
    const QFileInfo info(path);
    if (path.trimmed().isEmpty() || info.isDir())
        return Error{QStringLiteral("output_not_a_file"),
                     tr("%1 is not a file name; give the name of the file to write.").arg(path),
                     field};
    if (refusesPath(path))
        return Error{
            QStringLiteral("output_is_database"),
            tr("The file %1 is a database and is never overwritten; choose another file name.")
                .arg(QDir::toNativeSeparators(path)),
            field};
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir())
        return Error{
            QStringLiteral("output_folder_missing"),
            tr("The folder %1 does not exist; create it or choose another place for the file.")
                .arg(QDir::toNativeSeparators(folder.absoluteFilePath())),
            field};
    if (!folder.isWritable())
        return Error{QStringLiteral("unwritable_output"),
                     tr("You may not write in the folder %1; choose another place for the file %2.")
                         .arg(QDir::toNativeSeparators(folder.absoluteFilePath()), info.fileName()),
                     field};
    return {};
}

bool AtomicFileWriter::isDiskFull(const QString &folder, const QString &hint)
{
    for (const int code : {ENOSPC, EDQUOT}) {
        if (!hint.isEmpty() && hint.contains(QString::fromLocal8Bit(std::strerror(code))))
            return true;
    }
    // A full disk still shows a few free blocks (reserved ones, partly used ones).
    constexpr qint64 kNearlyNothing = 256 * 1024;
    const QStorageInfo storage(folder);
    return storage.isValid() && storage.bytesAvailable() >= 0 &&
           storage.bytesAvailable() < kNearlyNothing;
}

Error AtomicFileWriter::diskFullError(const QString &path, const QString &field)
{
    const QFileInfo info(path);
    return Error{QStringLiteral("disk_full"),
                 tr("The disk of the folder %1 is full, so %2 was not written and what was there "
                    "before is unchanged; free some space there or choose another folder.")
                     .arg(QDir::toNativeSeparators(info.absolutePath()), info.fileName()),
                 field};
}

Status AtomicFileWriter::write(const QString &path, const Content &content, const QString &field)
{
    if (Status writable = checkWritable(path, field); !writable.ok())
        return writable;
    const QString folder = QFileInfo(path).absolutePath();
    const auto cannotWrite = [&](const QString &why) {
        qCInfo(kolokasiDetails, "writing %s: %s", qPrintable(path), qPrintable(why));
        if (isDiskFull(folder, why))
            return diskFullError(path, field);
        return Error{QStringLiteral("unwritable_output"),
                     tr("Could not write the file %1, so nothing was changed there; check the free "
                        "disk space "
                        "and your right to write in its folder.")
                         .arg(QDir::toNativeSeparators(path)),
                     field};
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(file.errorString());
    // QSaveFile keeps the permissions of a file it replaces: make it private before any byte.
    if (!file.setPermissions(kOwnerOnly))
        return cannotWrite(file.errorString());
    if (Status written = content(file); !written.ok()) {
        const QString why = file.errorString();
        const bool failedWrite = file.error() != QFileDevice::NoError;
        file.cancelWriting();
        // A writer that stopped because a write failed: the disk, not the content, is why.
        if (failedWrite)
            return cannotWrite(why);
        return written;
    }
    // Every write is checked here, whether or not the content checked it: QSaveFile keeps the
    // first failed write. Then the buffer, then the disk itself (a full disk may accept the
    // bytes and refuse them only at fsync): the earlier file is replaced only after all three.
    if (file.error() != QFileDevice::NoError || !file.flush()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return cannotWrite(why);
    }
    if (::fsync(file.handle()) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        file.cancelWriting();
        return cannotWrite(why);
    }
    if (!file.commit())
        return cannotWrite(file.errorString());
    return {};
}

} // namespace kolokasi
