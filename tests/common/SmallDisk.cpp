#include "SmallDisk.h"

#include <QDir>
#include <QFile>
#include <QStorageInfo>

#include <cerrno>
#include <cstring>

#include <sys/mount.h>

namespace kolokasi::test {

namespace {
const QString kFiller = QStringLiteral(".filler");
}

SmallDisk::SmallDisk(qint64 bytes)
{
    if (!m_folder.isValid()) {
        m_error = QStringLiteral("no temporary folder: ") + m_folder.errorString();
        return;
    }
    const QByteArray target = QFile::encodeName(m_folder.path());
    const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0700";
    if (::mount("kolokasi-test", target.constData(), "tmpfs", MS_NOSUID | MS_NODEV,
                options.constData()) != 0) {
        m_error = QStringLiteral("cannot mount a tmpfs at %1 (%2); the disk-full tests need root")
                      .arg(m_folder.path(), QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
    m_mounted = true;
}

SmallDisk::~SmallDisk()
{
    if (m_mounted)
        ::umount2(QFile::encodeName(m_folder.path()).constData(), MNT_DETACH);
}

QString SmallDisk::path(const QString &relative) const
{
    return relative.isEmpty() ? m_folder.path() : m_folder.filePath(relative);
}

bool SmallDisk::fill(qint64 leaveBytes)
{
    QFile filler(path(kFiller));
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return false;
    const QByteArray block(4096, 'x');
    while (bytesAvailable() > leaveBytes) {
        const qint64 chunk = std::min<qint64>(block.size(), bytesAvailable() - leaveBytes);
        if (filler.write(block.constData(), std::max<qint64>(chunk, 1)) <= 0)
            break;
    }
    return true;
}

void SmallDisk::empty()
{
    QFile::remove(path(kFiller));
}

qint64 SmallDisk::bytesAvailable() const
{
    QStorageInfo storage(m_folder.path());
    storage.refresh();
    return storage.bytesAvailable();
}

} // namespace kolokasi::test
