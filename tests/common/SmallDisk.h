#pragma once

#include <QString>
#include <QTemporaryDir>

namespace kolokasi::test {

/// A small tmpfs the test mounts (the tests run as root; a user without the right gets the
/// reason in error()), unmounted again when this object goes. fill() leaves it nearly full,
/// the way a disk is when a write fails half way.
class SmallDisk
{
public:
    explicit SmallDisk(qint64 bytes = 512 * 1024);
    ~SmallDisk();
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    /// Empty if mounted; else why not (the test must fail with it).
    QString error() const { return m_error; }
    QString path(const QString &relative = {}) const;
    /// Writes a filler file until only about `leaveBytes` are free.
    bool fill(qint64 leaveBytes = 0);
    /// Removes the filler: the disk has room again.
    void empty();
    qint64 bytesAvailable() const;

private:
    QTemporaryDir m_folder;
    QString m_error;
    bool m_mounted = false;
};

} // namespace kolokasi::test
