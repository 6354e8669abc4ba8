#pragma once

#include <QByteArray>
#include <QString>

namespace kolokasi {

/// Text files as spreadsheet programs save them on Indonesian office PCs: UTF-8 with or
/// without a byte order mark, else Windows-1252 (what Excel writes as "CSV" on Windows).
class TextDecoding
{
public:
    /// The text of `bytes`: UTF-8 when it is valid UTF-8 (a BOM is dropped), else Windows-1252.
    static QString decode(const QByteArray &bytes);
    /// Whether `bytes` look like text at all (no NUL byte in the first 64 KiB).
    static bool looksLikeText(const QByteArray &bytes);
    /// `bytes` as Windows-1252 (each byte one character, so it may be decoded piece by piece).
    static QString decodeWindows1252(const QByteArray &bytes);

private:
    static QString fromWindows1252(const QByteArray &bytes);
};

} // namespace kolokasi
