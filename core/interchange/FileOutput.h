#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace kolokasi {

/// The one way the interchange writes files: a temporary file in the target folder, owner-only
/// permissions, then an atomic rename over the target, so a reader never sees half a file and
/// a failed write leaves the old file as it was.
/// (Stands in for core/common/AtomicFileWriter until that lands; swap the two bodies then.)
class FileOutput
{
    Q_DECLARE_TR_FUNCTIONS(FileOutput)

public:
    /// Writes `bytes` to `path` atomically.
    static Status write(const QString &path, const QByteArray &bytes);
    /// A path for a temporary file next to `path` (for libraries that write to a file name).
    static QString temporaryPathFor(const QString &path);
    /// Makes the finished temporary file `temporaryPath` owner-only and renames it over `path`;
    /// removes it on failure.
    static Status replace(const QString &temporaryPath, const QString &path);
};

} // namespace kolokasi
