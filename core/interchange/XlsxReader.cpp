#include "XlsxReader.h"

#include <unzip.h>

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <cmath>

namespace kolokasi {

namespace {
const QString kMainNs = QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");

/// Column letters of a cell reference ("AB12") as a 0-based index; -1 if there are none.
int columnIndex(QStringView reference)
{
    int index = 0;
    int letters = 0;
    for (const QChar c : reference) {
        if (!c.isLetter())
            break;
        index = index * 26 + (c.toUpper().unicode() - 'A' + 1);
        ++letters;
    }
    return letters == 0 ? -1 : index - 1;
}

/// The text of the element the reader is on, including rich-text runs (<r><t>), up to its end.
QString textOf(QXmlStreamReader &xml)
{
    QString text;
    const QString end = xml.name().toString();
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("t"))
            text += xml.readElementText();
        else if (xml.isStartElement() && (xml.name() == QLatin1String("rPh")))
            xml.skipCurrentElement(); // phonetic hints, not part of the value
        else if (xml.isEndElement() && xml.name() == end)
            break;
    }
    return text;
}

/// A number as a spreadsheet user would type it: no exponent, no trailing ".0".
QString numberText(const QString &raw)
{
    bool ok = false;
    const double value = raw.toDouble(&ok);
    if (!ok)
        return raw;
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', 15);
}
} // namespace

Error XlsxReader::notAWorkbook(const QString &fileName)
{
    return Error{QStringLiteral("not_a_spreadsheet"),
                 tr("%1 is not an Excel (.xlsx) workbook. Save it from the spreadsheet program "
                    "as .xlsx or CSV "
                    "and try again.")
                     .arg(fileName),
                 QStringLiteral("file")};
}

Result<QStringList> XlsxReader::sheetNames(const QString &path)
{
    const QString fileName = QFileInfo(path).fileName();
    unzFile zip = unzOpen64(QFile::encodeName(path).constData());
    if (!zip)
        return notAWorkbook(fileName);
    auto names = XlsxReader(zip, fileName).sheetList(nullptr);
    unzClose(zip);
    return names;
}

Result<SheetData> XlsxReader::read(const QString &path, const QString &sheetName)
{
    const QString fileName = QFileInfo(path).fileName();
    unzFile zip = unzOpen64(QFile::encodeName(path).constData());
    if (!zip)
        return notAWorkbook(fileName);
    XlsxReader reader(zip, fileName);
    auto sheet = [&]() -> Result<SheetData> {
        auto part = reader.sheetPart(sheetName);
        if (!part.ok())
            return part.error();
        if (Status strings = reader.readSharedStrings(); !strings.ok())
            return strings.error();
        if (Status styles = reader.readDateStyles(); !styles.ok())
            return styles.error();
        return reader.readSheet(*part);
    }();
    unzClose(zip);
    return sheet;
}

QDate XlsxReader::dateFromSerial(double serial)
{
    // Day 1 is 1900-01-01 and Excel counts a 29 February 1900 that never was: from day 61 on,
    // day 0 is 1899-12-30.
    const qint64 day = static_cast<qint64>(std::floor(serial));
    return day < 61 ? QDate(1899, 12, 31).addDays(day) : QDate(1899, 12, 30).addDays(day);
}

bool XlsxReader::isDateFormat(int formatId, const QString &formatCode)
{
    if ((formatId >= 14 && formatId <= 22) || (formatId >= 45 && formatId <= 47))
        return true;
    if (formatCode.isEmpty())
        return false;
    static const QRegularExpression literals(QStringLiteral("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\."));
    QString code = formatCode;
    code.remove(literals);
    return code.contains(QRegularExpression(QStringLiteral("[dDmMyY]")));
}

bool XlsxReader::hasPart(const QString &name) const
{
    return unzLocateFile(m_zip, name.toUtf8().constData(), 1) == UNZ_OK;
}

Result<QByteArray> XlsxReader::part(const QString &name) const
{
    // Larger parts than this are not a register someone typed: refuse instead of filling memory.
    constexpr qsizetype kMaxPartSize = 512 * 1024 * 1024;
    if (!hasPart(name))
        return broken(tr("the part %1 is missing").arg(name));
    if (unzOpenCurrentFile(m_zip) != UNZ_OK)
        return broken(tr("the part %1 cannot be read").arg(name));
    QByteArray bytes;
    char buffer[64 * 1024];
    int read = 0;
    while ((read = unzReadCurrentFile(m_zip, buffer, sizeof buffer)) > 0) {
        bytes.append(buffer, read);
        if (bytes.size() > kMaxPartSize)
            break;
    }
    const int closed = unzCloseCurrentFile(m_zip); // UNZ_CRCERROR when the data is damaged
    if (read < 0 || closed != UNZ_OK || bytes.size() > kMaxPartSize)
        return broken(tr("the part %1 is damaged").arg(name));
    return bytes;
}

Result<QStringList> XlsxReader::sheetList(QStringList *relationIds) const
{
    auto workbook = part(QStringLiteral("xl/workbook.xml"));
    if (!workbook.ok())
        return workbook.error();
    QStringList names;
    QXmlStreamReader xml(*workbook);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != QLatin1String("sheet"))
            continue;
        names << xml.attributes().value(QLatin1String("name")).toString();
        QString id; // r:id, whatever prefix the workbook gives the relationships namespace
        for (const QXmlStreamAttribute &attribute : xml.attributes()) {
            if (attribute.name() == QLatin1String("id"))
                id = attribute.value().toString();
        }
        if (relationIds)
            *relationIds << id;
    }
    if (xml.hasError() || names.isEmpty())
        return broken(tr("the list of sheets cannot be read"));
    return names;
}

Result<QString> XlsxReader::sheetPart(const QString &sheetName) const
{
    QStringList relationIds;
    auto sheets = sheetList(&relationIds);
    if (!sheets.ok())
        return sheets.error();
    const QStringList &names = *sheets;
    qsizetype index = 0;
    if (!sheetName.isEmpty()) {
        index = names.indexOf(sheetName);
        if (index < 0)
            return Error{QStringLiteral("unknown_sheet"),
                         tr("%1 has no sheet called \"%2\". Its sheets are: %3.")
                             .arg(m_fileName, sheetName, names.join(QStringLiteral(", "))),
                         QStringLiteral("sheet")};
    }
    auto relations = part(QStringLiteral("xl/_rels/workbook.xml.rels"));
    if (!relations.ok())
        return relations.error();
    QXmlStreamReader rels(*relations);
    while (!rels.atEnd()) {
        rels.readNext();
        if (rels.isStartElement() && rels.name() == QLatin1String("Relationship") &&
            rels.attributes().value(QLatin1String("Id")) == relationIds.at(index)) {
            QString target = rels.attributes().value(QLatin1String("Target")).toString();
            if (target.startsWith(QLatin1Char('/')))
                return target.mid(1);
            return QStringLiteral("xl/") + target;
        }
    }
    return broken(tr("the sheet %1 cannot be found").arg(names.at(index)));
}

Status XlsxReader::readSharedStrings()
{
    if (!hasPart(QStringLiteral("xl/sharedStrings.xml")))
        return {}; // a workbook with inline strings only has no shared strings part
    auto bytes = part(QStringLiteral("xl/sharedStrings.xml"));
    if (!bytes.ok())
        return bytes.error();
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("si"))
            m_sharedStrings << textOf(xml);
    }
    if (xml.hasError())
        return broken(tr("the shared strings cannot be read"));
    return {};
}

Status XlsxReader::readDateStyles()
{
    if (!hasPart(QStringLiteral("xl/styles.xml")))
        return {};
    auto bytes = part(QStringLiteral("xl/styles.xml"));
    if (!bytes.ok())
        return bytes.error();
    QHash<int, QString> customFormats;
    bool inCellFormats = false;
    int styleIndex = 0;
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("numFmt")) {
            customFormats.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                                 xml.attributes().value(QLatin1String("formatCode")).toString());
        } else if (xml.isStartElement() && xml.name() == QLatin1String("cellXfs")) {
            inCellFormats = true;
        } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
            inCellFormats = false;
        } else if (inCellFormats && xml.isStartElement() && xml.name() == QLatin1String("xf")) {
            const int formatId = xml.attributes().value(QLatin1String("numFmtId")).toInt();
            if (isDateFormat(formatId, customFormats.value(formatId)))
                m_dateStyles.insert(styleIndex);
            ++styleIndex;
        }
    }
    if (xml.hasError())
        return broken(tr("the cell styles cannot be read"));
    return {};
}

Result<SheetData> XlsxReader::readSheet(const QString &partName) const
{
    auto bytes = part(partName);
    if (!bytes.ok())
        return bytes.error();
    SheetData sheet;
    SheetRow row;
    int nextRowNumber = 1;
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("row")) {
            const int number = xml.attributes().value(QLatin1String("r")).toInt();
            row = SheetRow{number > 0 ? number : nextRowNumber, {}};
            nextRowNumber = row.line + 1;
        } else if (xml.isEndElement() && xml.name() == QLatin1String("row")) {
            bool blank = true;
            for (const QString &cell : std::as_const(row.cells))
                blank = blank && cell.trimmed().isEmpty();
            if (!blank)
                sheet.rows.append(row);
        } else if (xml.isStartElement() && xml.name() == QLatin1String("c")) {
            const QXmlStreamAttributes attributes = xml.attributes();
            int column = columnIndex(attributes.value(QLatin1String("r")));
            if (column < 0)
                column = int(row.cells.size());
            const QString type = attributes.value(QLatin1String("t")).toString();
            const int style = attributes.value(QLatin1String("s")).toInt();
            QString raw;
            QString inlineText;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("v"))
                    raw = xml.readElementText();
                else if (xml.isStartElement() && xml.name() == QLatin1String("is"))
                    inlineText = textOf(xml);
                else if (xml.isStartElement())
                    xml.skipCurrentElement(); // <f> formulas: the cached <v> is the value
                else if (xml.isEndElement() && xml.name() == QLatin1String("c"))
                    break;
            }
            QString value;
            if (type == QLatin1String("s")) {
                const int index = raw.toInt();
                if (index < 0 || index >= m_sharedStrings.size())
                    return broken(tr("cell %1 refers to a missing text")
                                      .arg(attributes.value(QLatin1String("r"))));
                value = m_sharedStrings.at(index);
            } else if (type == QLatin1String("inlineStr")) {
                value = inlineText;
            } else if (type == QLatin1String("b")) {
                value =
                    raw == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else if (type.isEmpty() || type == QLatin1String("n")) {
                bool number = false;
                const double serial = raw.toDouble(&number);
                value = number && m_dateStyles.contains(style)
                            ? dateFromSerial(serial).toString(Qt::ISODate)
                            : numberText(raw);
            } else {
                value = raw; // str (formula text), e (error)
            }
            while (row.cells.size() <= column)
                row.cells.append(QString());
            row.cells[column] = value.trimmed();
        }
    }
    if (xml.hasError())
        return broken(tr("the sheet cannot be read (%1)").arg(xml.errorString()));
    return sheet;
}

Error XlsxReader::broken(const QString &detail) const
{
    return Error{QStringLiteral("damaged_file"),
                 tr("%1 cannot be read as an Excel workbook: %2. Open it in the spreadsheet "
                    "program, save it again "
                    "as .xlsx and retry.")
                     .arg(m_fileName, detail),
                 QStringLiteral("file")};
}

} // namespace kolokasi
