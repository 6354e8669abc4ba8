#include "CsvReader.h"

#include "TextDecoding.h"

#include <QIODevice>
#include <QStringDecoder>

#include <algorithm>

namespace kolokasi {

namespace {
bool isBlank(const QStringList &cells)
{
    for (const QString &cell : cells) {
        if (!cell.trimmed().isEmpty())
            return false;
    }
    return true;
}

constexpr qint64 kChunkBytes = 1024 * 1024;
} // namespace

/// The CSV state machine, fed one character at a time so that a file can be read in pieces.
class CsvReader::Parser
{
public:
    explicit Parser(QChar separator) : m_separator(separator) {}

    void feed(QStringView text)
    {
        for (const QChar c : text)
            feed(c);
    }

    void feed(QChar c)
    {
        if (m_skipLineFeed) {
            m_skipLineFeed = false;
            if (c == QLatin1Char('\n'))
                return;
        }
        if (m_quoted) {
            if (m_quoteSeen) { // the quote before was a closing one or the first of two
                m_quoteSeen = false;
                if (c == QLatin1Char('"')) {
                    m_field.append(c);
                    return;
                }
                m_quoted = false;
                // and c is read as outside the quotes, below
            } else if (c == QLatin1Char('"')) {
                m_quoteSeen = true;
                return;
            } else {
                if (c == QLatin1Char('\n') && !m_crInQuotes)
                    ++m_line;
                else if (c == QLatin1Char('\r'))
                    ++m_line;
                m_crInQuotes = c == QLatin1Char('\r');
                m_field.append(c);
                return;
            }
        }
        if (c == QLatin1Char('"') && m_field.trimmed().isEmpty()) {
            m_quoted = true;
            m_fieldWasQuoted = true;
            m_crInQuotes = false;
            m_quoteOpenedOn = m_line;
            m_field.clear();
        } else if (c == m_separator) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            m_skipLineFeed = c == QLatin1Char('\r');
            endRecord();
            ++m_line;
            m_recordLine = m_line;
        } else {
            m_field.append(c);
        }
    }

    /// The rows, or the line of a quote never closed.
    Result<SheetData> finish(const QString &fileName)
    {
        if (m_quoted && !m_quoteSeen)
            return Error{QStringLiteral("unclosed_quote"),
                         CsvReader::tr("%1, line %2: a quoted field is never closed. Check the "
                                       "double quotes (\") on that line.")
                             .arg(fileName)
                             .arg(m_quoteOpenedOn),
                         QStringLiteral("file")};
        endRecord();
        return std::move(m_sheet);
    }

private:
    void endField()
    {
        QString value = m_fieldWasQuoted ? m_field : m_field.trimmed();
        value.squeeze(); // a register has many short cells: no spare room in each
        m_cells.append(value);
        m_field.clear();
        m_fieldWasQuoted = false;
    }

    void endRecord()
    {
        endField();
        if (!isBlank(m_cells))
            m_sheet.rows.append({m_recordLine, m_cells});
        m_cells.clear();
    }

    QChar m_separator;
    SheetData m_sheet;
    QStringList m_cells;
    QString m_field;
    bool m_quoted = false;
    bool m_quoteSeen = false;
    bool m_fieldWasQuoted = false;
    bool m_skipLineFeed = false;
    bool m_crInQuotes = false;
    int m_line = 1;
    int m_recordLine = 1;
    int m_quoteOpenedOn = 0;
};

Error CsvReader::notText(const QString &fileName)
{
    return Error{QStringLiteral("not_a_spreadsheet"),
                 tr("%1 is not a CSV or Excel (.xlsx) file. Save the register from the "
                    "spreadsheet program "
                    "as CSV or .xlsx and try again.")
                     .arg(fileName),
                 QStringLiteral("file")};
}

Result<SheetData> CsvReader::read(const QByteArray &bytes, const QString &fileName)
{
    if (!TextDecoding::looksLikeText(bytes))
        return notText(fileName);
    const QString text = TextDecoding::decode(bytes);
    return parse(text, detectSeparator(text), fileName);
}

Result<SheetData> CsvReader::read(QIODevice &device, const QString &fileName)
{
    if (device.size() > kMaxFileBytes)
        return Error{QStringLiteral("file_too_large"),
                     tr("%1 is %2 MB; a CSV register to import may be at most %3 MB. Split it "
                        "into smaller files, or leave out the columns and rows that are not "
                        "assets.")
                         .arg(fileName)
                         .arg(double(device.size()) / (1024 * 1024), 0, 'f', 1)
                         .arg(kMaxFileBytes / (1024 * 1024)),
                     QStringLiteral("file")};
    if (!TextDecoding::looksLikeText(device.peek(64 * 1024)))
        return notText(fileName);
    // First pass: is the whole file UTF-8? (else it is Windows-1252, as TextDecoding says)
    static const QByteArray kUtf8Bom("\xEF\xBB\xBF");
    const bool bom = device.peek(3) == kUtf8Bom;
    bool utf8 = true;
    if (!bom) {
        QStringDecoder check(QStringDecoder::Utf8);
        while (!device.atEnd() && utf8) {
            const QString discarded = check.decode(device.read(kChunkBytes)); // decodes
            Q_UNUSED(discarded);
            utf8 = !check.hasError();
        }
        // A sequence cut off at the end of the file is an error too: an ASCII byte after it
        // shows it.
        if (utf8) {
            const QString tail = check.decode(QByteArray("\n"));
            Q_UNUSED(tail);
            utf8 = !check.hasError();
        }
        if (!device.seek(0))
            return notText(fileName);
    }
    // Second pass: decode a piece at a time and parse it.
    if (bom)
        device.read(kUtf8Bom.size());
    QStringDecoder decoder(QStringDecoder::Utf8);
    auto decode = [&](const QByteArray &bytes) {
        return utf8 ? QString(decoder.decode(bytes)) : TextDecoding::decodeWindows1252(bytes);
    };
    QString piece = decode(device.read(kChunkBytes));
    std::optional<Parser> parser;
    parser.emplace(detectSeparator(piece));
    while (true) {
        parser->feed(piece);
        if (device.atEnd())
            break;
        piece = decode(device.read(kChunkBytes));
    }
    return parser->finish(fileName);
}

QChar CsvReader::detectSeparator(const QString &text)
{
    // Title rows above the header have no separator: the line with the most of one counts,
    // among the first kHeaderLines lines (more than the header search, for a header named by
    // hand further down).
    constexpr int kHeaderLines = 50;
    int commas = 0, semicolons = 0, tabs = 0; // on the current line
    int maxCommas = 0, maxSemicolons = 0, maxTabs = 0;
    int lines = 0;
    bool quoted = false;
    auto endLine = [&] {
        maxCommas = std::max(maxCommas, commas);
        maxSemicolons = std::max(maxSemicolons, semicolons);
        maxTabs = std::max(maxTabs, tabs);
        commas = semicolons = tabs = 0;
        ++lines;
    };
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            endLine();
            if (lines >= kHeaderLines)
                break;
        } else if (c == QLatin1Char(','))
            ++commas;
        else if (c == QLatin1Char(';'))
            ++semicolons;
        else if (c == QLatin1Char('\t'))
            ++tabs;
    }
    endLine();
    if (maxTabs > maxCommas && maxTabs > maxSemicolons)
        return QLatin1Char('\t');
    if (maxSemicolons > maxCommas)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

Result<SheetData> CsvReader::parse(const QString &text, QChar separator, const QString &fileName)
{
    Parser parser(separator);
    parser.feed(text);
    return parser.finish(fileName);
}

} // namespace kolokasi
