#include "XlsxWriter.h"

#include "common/AtomicFileWriter.h"

#include <QDate>
#include <QFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>

namespace kolokasi {

namespace {
constexpr int kMaxColumnWidth = 60;

int widthOf(const QVariant &cell)
{
    if (cell.typeId() == QMetaType::QDate)
        return 10;
    int widest = 0;
    for (const QString &line : cell.toString().split(QLatin1Char('\n')))
        widest = std::max(widest, int(line.size()));
    return widest;
}
} // namespace

Status XlsxWriter::write(const QString &path, const QStringList &header,
                         const QList<QVariantList> &rows, const Options &options)
{
    if (Status writable = AtomicFileWriter::checkWritable(path); !writable.ok())
        return writable;
    // libxlsxwriter writes to a file name: a workbook in a private (0700) temporary folder,
    // then copied through the one atomic writer, so the target is whole or untouched.
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Error{QStringLiteral("write_failed"), tr("%1 could not be created.").arg(path),
                     QStringLiteral("output")};
    const QString temporary = scratch.filePath(QStringLiteral("workbook.xlsx"));
    const QByteArray temporaryName = QFile::encodeName(temporary);
    lxw_workbook_options workbookOptions{};
    workbookOptions.constant_memory = options.inlineStrings ? LXW_TRUE : LXW_FALSE;
    lxw_workbook *workbook = workbook_new_opt(temporaryName.constData(), &workbookOptions);
    if (!workbook)
        return Error{QStringLiteral("write_failed"), tr("%1 could not be created.").arg(path),
                     QStringLiteral("output")};
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, options.sheetName.toUtf8().constData());
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format *dateFormat = workbook_add_format(workbook);
    format_set_num_format(dateFormat, "yyyy-mm-dd");

    QList<int> widths(header.size(), 0);
    for (int column = 0; column < header.size(); ++column) {
        worksheet_write_string(sheet, 0, lxw_col_t(column), header.at(column).toUtf8().constData(),
                               bold);
        widths[column] = int(header.at(column).size()) + 2; // bold is wider
    }
    for (int index = 0; index < rows.size(); ++index) {
        const auto row = lxw_row_t(index + 1);
        const QVariantList &cells = rows.at(index);
        for (int column = 0; column < cells.size() && column < header.size(); ++column) {
            const QVariant &cell = cells.at(column);
            const auto col = lxw_col_t(column);
            if (cell.typeId() == QMetaType::QDate) {
                const QDate day = cell.toDate();
                lxw_datetime when{day.year(), day.month(), day.day(), 0, 0, 0};
                worksheet_write_datetime(sheet, row, col, &when, dateFormat);
            } else if (cell.typeId() == QMetaType::Int || cell.typeId() == QMetaType::LongLong ||
                       cell.typeId() == QMetaType::Double) {
                worksheet_write_number(sheet, row, col, cell.toDouble(), nullptr);
            } else if (!cell.toString().isEmpty()) {
                worksheet_write_string(sheet, row, col, cell.toString().toUtf8().constData(),
                                       nullptr);
            }
            widths[column] = std::max(widths[column], widthOf(cell));
        }
    }
    // libxlsxwriter wants rows in order in constant-memory mode: panes and widths are sheet
    // settings, written at close.
    worksheet_freeze_panes(sheet, 1, 0);
    for (int column = 0; column < widths.size(); ++column)
        worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column),
                             std::min(widths[column] + 1, kMaxColumnWidth), nullptr);
    const lxw_error closed = workbook_close(workbook);
    if (closed != LXW_NO_ERROR)
        return Error{QStringLiteral("write_failed"),
                     tr("%1 could not be written (%2). Choose another folder or file name.")
                         .arg(path, QString::fromUtf8(lxw_strerror(closed))),
                     QStringLiteral("output")};
    return AtomicFileWriter::write(path, [&](QIODevice &out) -> Status {
        QFile workbookFile(temporary);
        const QByteArray bytes =
            workbookFile.open(QIODevice::ReadOnly) ? workbookFile.readAll() : QByteArray();
        if (!bytes.isEmpty() && out.write(bytes) == bytes.size())
            return {};
        return Error{QStringLiteral("write_failed"), tr("%1 could not be created.").arg(path),
                     QStringLiteral("output")};
    });
}

} // namespace kolokasi
