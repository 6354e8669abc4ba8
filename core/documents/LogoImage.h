#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace kolokasi {

/// The agency's logo (the regional coat of arms) as the letterhead stores it: PNG bytes, from
/// a PNG, JPEG or SVG file the admin chose. An SVG is drawn once at print resolution, so the
/// printouts need no SVG support and every PC of a shared database prints the same.
class LogoImage
{
    Q_DECLARE_TR_FUNCTIONS(LogoImage)

public:
    /// The largest file accepted: a logo is a small picture, not a scan.
    static constexpr qint64 kMaxFileBytes = 2 * 1024 * 1024;
    /// The height a logo is stored at: 24 mm printed at about 600 dpi.
    static constexpr int kStoredHeightPixels = 560;

    /// The PNG to store for the file at `path`; refuses (naming the file) a missing or
    /// unreadable file, one larger than kMaxFileBytes, and one that is not a PNG, JPEG or SVG.
    static Result<QByteArray> fromFile(const QString &path);
    /// The same for bytes already read; `fileName` names them in messages.
    static Result<QByteArray> fromData(const QByteArray &bytes, const QString &fileName);
};

} // namespace kolokasi
