#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QIODevice;

namespace kolokasi {

/// The one way Kolokasi writes a file (PDF, CSV, backup, settings export): whole or not at all.
/// The content goes to a temporary file in the same folder, made owner-only (0600) before any
/// byte is written, and is renamed over the target only when everything was written. A failure
/// leaves what was at the path untouched. A database file is never overwritten.
class AtomicFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFileWriter)

public:
    /// Writes the file's content into the device it is given; an error stops the write.
    using Content = std::function<Status(QIODevice &)>;

    /// Writes `path` through `content`. `field` names the input the path came from (for the
    /// error), e.g. "output".
    static Status write(const QString &path, const Content &content,
                        const QString &field = QStringLiteral("output"));
    /// The same refusals as write() without writing anything: a database at `path`, a missing
    /// or unwritable folder, a folder at `path`. Lets a caller refuse before it does work that
    /// cannot be undone (issuing a document number).
    static Status checkWritable(const QString &path,
                                const QString &field = QStringLiteral("output"));

    /// True if the file system holding `folder` has (next to) no room left: what a failed
    /// write there most likely ran into. `hint` is the failure's text, if any.
    static bool isDiskFull(const QString &folder, const QString &hint = {});
    /// The one sentence for a file that could not be written because its disk is full.
    static Error diskFullError(const QString &path, const QString &field = QStringLiteral("output"));

    /// True if `path` is a database this program has open (or its -wal, -shm, -journal file),
    /// or any SQLite database file: output never goes over a database.
    static bool refusesPath(const QString &path);

    /// Creates `folder` and any missing parent, each owner-only (0700). True if it exists after.
    static bool makePrivateFolder(const QString &folder);
    /// Creates an empty owner-only (0600) file where none is; false if one is there or it fails.
    static bool createPrivateFile(const QString &path);

    /// Called by Database for every SQLite file it opens and closes.
    static void protectDatabase(const QString &path);
    static void releaseDatabase(const QString &path);
};

} // namespace kolokasi
