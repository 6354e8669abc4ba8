#include "CsvReader.h"

#include "TextDecoding.h"

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
} // namespace

Result<SheetData> CsvReader::read(const QByteArray &bytes, const QString &fileName)
{
    if (!TextDecoding::looksLikeText(bytes))
        return Error{QStringLiteral("not_a_spreadsheet"),
                     tr("%1 is not a CSV or Excel (.xlsx) file. Save the register from the "
                        "spreadsheet program "
                        "as CSV or .xlsx and try again.")
                         .arg(fileName),
                     QStringLiteral("file")};
    const QString text = TextDecoding::decode(bytes);
    return parse(text, detectSeparator(text), fileName);
}

QChar CsvReader::detectSeparator(const QString &text)
{
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            break;
        else if (c == QLatin1Char(','))
            ++commas;
        else if (c == QLatin1Char(';'))
            ++semicolons;
        else if (c == QLatin1Char('\t'))
            ++tabs;
    }
    if (tabs > commas && tabs > semicolons)
        return QLatin1Char('\t');
    if (semicolons > commas)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

Result<SheetData> CsvReader::parse(const QString &text, QChar separator, const QString &fileName)
{
    SheetData sheet;
    QStringList cells;
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    int line = 1;
    int recordLine = 1;
    int quoteOpenedOn = 0;
    auto endField = [&] {
        cells.append(fieldWasQuoted ? field : field.trimmed());
        field.clear();
        fieldWasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        if (!isBlank(cells))
            sheet.rows.append({recordLine, cells});
        cells.clear();
    };
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < size && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n') ||
                    (c == QLatin1Char('\r') &&
                     (i + 1 >= size || text.at(i + 1) != QLatin1Char('\n'))))
                    ++line;
                field.append(c);
            }
        } else if (c == QLatin1Char('"') && field.trimmed().isEmpty()) {
            quoted = true;
            fieldWasQuoted = true;
            quoteOpenedOn = line;
            field.clear();
        } else if (c == separator) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < size && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else {
            field.append(c);
        }
    }
    if (quoted)
        return Error{QStringLiteral("unclosed_quote"),
                     tr("%1, line %2: a quoted field is never closed. Check the double quotes (\") "
                        "on that line.")
                         .arg(fileName)
                         .arg(quoteOpenedOn),
                     QStringLiteral("file")};
    endRecord();
    return sheet;
}

} // namespace kolokasi
