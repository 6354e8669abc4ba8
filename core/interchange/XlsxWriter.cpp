#include "XlsxWriter.h"

#include "common/AtomicFileWriter.h"

#include <QDate>
#include <QDir>
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
// Excel's column letters: 0 -> A, 26 -> AA.
QString columnLetters(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QLatin1Char(char('A' + (n - 1) % 26)));
    return letters;
}

// Whether the workbook libxlsxwriter closed is a whole zip: its end-of-central-directory
// record in the last bytes. (A full disk can leave a file that stops in the middle.)
bool isWholeZip(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() < 22)
        return false;
    const qint64 tail = std::min<qint64>(file.size(), 22 + 65535);
    if (!file.seek(file.size() - tail))
        return false;
    return file.read(tail).lastIndexOf(QByteArray("PK\x05\x06", 4)) >= 0;
}
} // namespace

QString XlsxWriter::cutMark()
{
    return QStringLiteral(" [\u2026 terpotong]");
}

Status XlsxWriter::write(const QString &path, const QStringList &header,
                         const QList<QVariantList> &rows, const Options &options)
{
    if (Status writable = AtomicFileWriter::checkWritable(path); !writable.ok())
        return writable;
    // libxlsxwriter writes to a file name: a workbook in a private (0700) temporary folder,
    // then copied through the one atomic writer, so the target is whole or untouched.
    QTemporaryDir scratch;
    const auto scratchFailed = [&](const QString &why) {
        const QString folder = QDir::tempPath();
        if (AtomicFileWriter::isDiskFull(folder, why))
            return AtomicFileWriter::diskFullError(folder + QStringLiteral("/workbook.xlsx"));
        return Error{QStringLiteral("write_failed"),
                     tr("%1 could not be written (%2). Choose another folder or file name.")
                         .arg(path, why),
                     QStringLiteral("output")};
    };
    if (!scratch.isValid())
        return scratchFailed(scratch.errorString());
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
                QString text = cell.toString();
                if (text.size() > kMaxCellLength) {
                    qsizetype kept = kMaxCellLength - cutMark().size();
                    if (text.at(kept - 1).isHighSurrogate())
                        --kept; // never half a character
                    if (options.notes)
                        options.notes->append(
                            tr("Cell %1%2 (%3) had %4 characters, more than Excel's %5: it was "
                               "cut and ends in \"%6\".")
                                .arg(columnLetters(column))
                                .arg(index + 2)
                                .arg(header.at(column))
                                .arg(text.size())
                                .arg(kMaxCellLength)
                                .arg(cutMark().trimmed()));
                    text = text.left(kept) + cutMark();
                }
                if (const lxw_error written = worksheet_write_string(
                        sheet, row, col, text.toUtf8().constData(), nullptr);
                    written != LXW_NO_ERROR) {
                    workbook_close(workbook);
                    return Error{QStringLiteral("write_failed"),
                                 tr("Cell %1%2 (%3) cannot be written to %4 (%5), so the file was "
                                    "not written.")
                                     .arg(columnLetters(column))
                                     .arg(index + 2)
                                     .arg(header.at(column), path,
                                          QString::fromUtf8(lxw_strerror(written))),
                                 QStringLiteral("output")};
                }
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
        return scratchFailed(QString::fromUtf8(lxw_strerror(closed)));
    // libxlsxwriter does not see every failed write of its zip: check that it ends whole.
    if (!isWholeZip(temporary))
        return scratchFailed(QStringLiteral("the workbook is incomplete"));
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
