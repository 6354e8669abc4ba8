#include "TextDecoding.h"

#include <QStringDecoder>

namespace kolokasi {

QString TextDecoding::decode(const QByteArray &bytes)
{
    static const QByteArray kUtf8Bom("\xEF\xBB\xBF");
    if (bytes.startsWith(kUtf8Bom))
        return QString::fromUtf8(bytes.mid(kUtf8Bom.size()));
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    return fromWindows1252(bytes);
}

bool TextDecoding::looksLikeText(const QByteArray &bytes)
{
    return !bytes.left(64 * 1024).contains('\0');
}

QString TextDecoding::decodeWindows1252(const QByteArray &bytes)
{
    return fromWindows1252(bytes);
}

QString TextDecoding::fromWindows1252(const QByteArray &bytes)
{
    // Windows-1252 is Latin-1 except 0x80..0x9F; Qt 6 has no built-in decoder for it
    // without ICU, and the table is short. Unassigned bytes map to U+FFFD.
    static const char16_t kHighControls[32] = {
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char byte : bytes) {
        const auto code = static_cast<unsigned char>(byte);
        *out++ = (code >= 0x80 && code <= 0x9F) ? QChar(kHighControls[code - 0x80]) : QChar(code);
    }
    return text;
}

} // namespace kolokasi
