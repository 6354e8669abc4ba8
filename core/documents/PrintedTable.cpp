#include "PrintedTable.h"

#include "PageCanvas.h"

#include <QPainter>

#include <algorithm>

namespace kolokasi {

namespace {
constexpr double kPaddingMm = 1.2;
const QColor kHeaderShade(225, 225, 225);
} // namespace

PrintedTable::PrintedTable(PageCanvas &canvas, const QList<TableColumn> &columns, double pointSize)
    : m_canvas(canvas), m_columns(columns), m_body(canvas.device(), PageCanvas::font(pointSize)),
      m_header(canvas.device(), PageCanvas::font(pointSize, true)), m_padding(canvas.mm(kPaddingMm))
{
    double total = 0;
    for (const TableColumn &column : columns)
        total += column.weight;
    for (const TableColumn &column : columns)
        m_widths.append(canvas.width() * column.weight / total);
    layoutHeader();
}

void PrintedTable::draw(const QList<QStringList> &rows, double keepWithLastRow)
{
    draw(
        rows.size(), [&rows](qsizetype i) { return rows.at(i); }, keepWithLastRow);
}

void PrintedTable::draw(qsizetype rowCount, const RowSource &rowAt, double keepWithLastRow)
{
    for (qsizetype i = 0; i < rowCount; ++i) {
        const Row row = layoutRow(rowAt(i), m_body);
        const bool last = i + 1 == rowCount;
        // The header stays with the first row; the last row stays with what must follow it.
        const double needed =
            row.height + (last ? keepWithLastRow : 0) + (i == 0 ? m_headerHeight : 0);
        if (i == 0) {
            m_canvas.ensureSpace(needed);
            drawHeader();
        } else if (needed > m_canvas.remaining()) {
            m_canvas.newPage();
            drawHeader();
        }
        drawRow(row);
    }
    if (rowCount == 0) {
        m_canvas.ensureSpace(m_headerHeight + keepWithLastRow);
        drawHeader();
    }
}

// The header is laid out once per table; grouped columns get a spanning cell with the
// group's name above them.
void PrintedTable::layoutHeader()
{
    const bool grouped = std::any_of(m_columns.begin(), m_columns.end(),
                                     [](const TableColumn &c) { return !c.group.isEmpty(); });
    const double groupHeight = grouped ? m_header.lineHeight() + 2 * m_padding : 0;
    qsizetype most = 1;
    QList<QList<FlowLayout::Line>> laid;
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        laid.append(m_header.layout({TextRun::words(m_columns.at(i).header)},
                                    m_widths.at(i) - 2 * m_padding));
        most = std::max(most, laid.last().size());
    }
    m_headerHeight =
        static_cast<double>(most) * m_header.lineHeight() + 2 * m_padding + groupHeight;
    double x = 0;
    for (qsizetype i = 0; i < m_columns.size();) {
        const TableColumn &column = m_columns.at(i);
        if (column.group.isEmpty()) {
            m_headerCells.append({QRectF(x, 0, m_widths.at(i), m_headerHeight), laid.at(i)});
            x += m_widths.at(i++);
            continue;
        }
        double span = 0;
        for (qsizetype j = i; j < m_columns.size() && m_columns.at(j).group == column.group; ++j)
            span += m_widths.at(j);
        m_headerCells.append(
            {QRectF(x, 0, span, groupHeight),
             m_header.layout({TextRun::words(column.group)}, span - 2 * m_padding)});
        for (; i < m_columns.size() && m_columns.at(i).group == column.group; ++i) {
            m_headerCells.append(
                {QRectF(x, groupHeight, m_widths.at(i), m_headerHeight - groupHeight), laid.at(i)});
            x += m_widths.at(i);
        }
    }
}

void PrintedTable::drawHeader()
{
    if (!m_canvas.counting()) {
        const QPointF origin(m_canvas.left(), m_canvas.y());
        for (const HeaderCell &cell : std::as_const(m_headerCells))
            drawCell(cell.rect.translated(origin), cell.lines, m_header, true, true);
    }
    m_canvas.advance(m_headerHeight);
}

PrintedTable::Row PrintedTable::layoutRow(const QStringList &cells, const FlowLayout &flow) const
{
    Row row;
    double tallest = flow.lineHeight();
    if (cells.size() == 1 && m_widths.size() > 1) {
        row.cells.append(
            flow.layout({TextRun::words(cells.first())}, m_canvas.width() - 2 * m_padding));
        tallest = std::max(tallest, flow.heightOf(row.cells.last()));
    } else {
        for (qsizetype i = 0; i < m_widths.size(); ++i) {
            const QString text = i < cells.size() ? cells.at(i) : QString();
            row.cells.append(flow.layout({TextRun::words(text)}, m_widths.at(i) - 2 * m_padding));
            tallest = std::max(tallest, flow.heightOf(row.cells.last()));
        }
    }
    row.height = tallest + 2 * m_padding;
    return row;
}

void PrintedTable::drawRow(const Row &row)
{
    if (!m_canvas.counting()) {
        if (row.cells.size() == 1 && m_widths.size() > 1) {
            drawCell(QRectF(m_canvas.left(), m_canvas.y(), m_canvas.width(), row.height),
                     row.cells.first(), m_body, true, false);
        } else {
            double x = m_canvas.left();
            for (qsizetype i = 0; i < m_widths.size(); ++i) {
                drawCell(QRectF(x, m_canvas.y(), m_widths.at(i), row.height), row.cells.at(i),
                         m_body, m_columns.at(i).centred, false);
                x += m_widths.at(i);
            }
        }
    }
    m_canvas.advance(row.height);
}

// A bordered cell, its lines from the top (header cells: centred in both directions).
void PrintedTable::drawCell(const QRectF &cell, const QList<FlowLayout::Line> &lines,
                            const FlowLayout &flow, bool centred, bool shaded)
{
    QPainter &painter = m_canvas.painter();
    painter.setPen(QPen(Qt::black, m_canvas.mm(0.2)));
    painter.setBrush(shaded ? QBrush(kHeaderShade) : QBrush(Qt::NoBrush));
    painter.drawRect(cell);
    const double inner = cell.width() - 2 * m_padding;
    double y =
        shaded ? cell.top() + (cell.height() - flow.heightOf(lines)) / 2 : cell.top() + m_padding;
    for (const FlowLayout::Line &line : lines) {
        const double offset = centred ? (inner - FlowLayout::lineWidth(line)) / 2 : 0;
        flow.draw(painter, line, cell.left() + m_padding + offset, y);
        y += flow.heightOf(line);
    }
}

} // namespace kolokasi
