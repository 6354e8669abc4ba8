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
    : m_canvas(canvas)
    , m_columns(columns)
    , m_body(canvas.device(), PageCanvas::font(pointSize))
    , m_header(canvas.device(), PageCanvas::font(pointSize, true))
    , m_padding(canvas.mm(kPaddingMm))
{
    double total = 0;
    for (const TableColumn &column : columns)
        total += column.weight;
    for (const TableColumn &column : columns)
        m_widths.append(canvas.width() * column.weight / total);
}

void PrintedTable::draw(const QList<QStringList> &rows)
{
    QList<Row> body;
    for (const QStringList &cells : rows)
        body.append(layoutRow(cells, m_body));
    m_canvas.ensureSpace(headerHeight() + (body.isEmpty() ? 0 : body.first().height));
    drawHeader();
    for (const Row &row : body) {
        if (row.height > m_canvas.remaining()) {
            m_canvas.newPage();
            drawHeader();
        }
        drawRow(row, m_body, false);
    }
}

bool PrintedTable::hasGroups() const
{
    return std::any_of(m_columns.begin(), m_columns.end(), [](const TableColumn &c) { return !c.group.isEmpty(); });
}

double PrintedTable::headerHeight() const
{
    QStringList headers;
    for (const TableColumn &column : m_columns)
        headers.append(column.header);
    const double single = layoutRow(headers, m_header).height;
    return hasGroups() ? single + m_header.lineHeight() + 2 * m_padding : single;
}

// The header row; grouped columns get a spanning cell with the group's name above them.
void PrintedTable::drawHeader()
{
    const double top = m_canvas.y();
    const double height = headerHeight();
    const double groupHeight = hasGroups() ? m_header.lineHeight() + 2 * m_padding : 0;
    double x = m_canvas.left();
    for (qsizetype i = 0; i < m_columns.size();) {
        const TableColumn &column = m_columns.at(i);
        const double width = m_widths.at(i) - 2 * m_padding;
        if (column.group.isEmpty()) {
            const auto lines = m_header.layout({TextRun::words(column.header)}, width);
            drawCell(QRectF(x, top, m_widths.at(i), height), lines, m_header, true, true);
            x += m_widths.at(i++);
            continue;
        }
        double span = 0;
        for (qsizetype j = i; j < m_columns.size() && m_columns.at(j).group == column.group; ++j)
            span += m_widths.at(j);
        drawCell(QRectF(x, top, span, groupHeight), m_header.layout({TextRun::words(column.group)}, span), m_header,
                 true, true);
        for (; i < m_columns.size() && m_columns.at(i).group == column.group; ++i) {
            const auto lines = m_header.layout({TextRun::words(m_columns.at(i).header)}, m_widths.at(i) - 2 * m_padding);
            drawCell(QRectF(x, top + groupHeight, m_widths.at(i), height - groupHeight), lines, m_header, true, true);
            x += m_widths.at(i);
        }
    }
    m_canvas.advance(height);
}

PrintedTable::Row PrintedTable::layoutRow(const QStringList &cells, const FlowLayout &flow) const
{
    Row row;
    qsizetype most = 1;
    for (qsizetype i = 0; i < m_widths.size(); ++i) {
        const QString text = i < cells.size() ? cells.at(i) : QString();
        row.cells.append(flow.layout({TextRun::words(text)}, m_widths.at(i) - 2 * m_padding));
        most = std::max(most, row.cells.last().size());
    }
    row.height = static_cast<double>(most) * flow.lineHeight() + 2 * m_padding;
    return row;
}

void PrintedTable::drawRow(const Row &row, const FlowLayout &flow, bool header)
{
    double x = m_canvas.left();
    for (qsizetype i = 0; i < m_widths.size(); ++i) {
        drawCell(QRectF(x, m_canvas.y(), m_widths.at(i), row.height), row.cells.at(i), flow,
                 header || m_columns.at(i).centred, header);
        x += m_widths.at(i);
    }
    m_canvas.advance(row.height);
}

// A bordered cell, its lines from the top (header cells: centred in both directions).
void PrintedTable::drawCell(const QRectF &cell, const QList<FlowLayout::Line> &lines, const FlowLayout &flow,
                            bool centred, bool shaded)
{
    QPainter &painter = m_canvas.painter();
    painter.save();
    painter.setPen(QPen(Qt::black, m_canvas.mm(0.2)));
    painter.setBrush(shaded ? QBrush(kHeaderShade) : QBrush(Qt::NoBrush));
    painter.drawRect(cell);
    const double inner = cell.width() - 2 * m_padding;
    const double textHeight = static_cast<double>(lines.size()) * flow.lineHeight();
    double y = shaded ? cell.top() + (cell.height() - textHeight) / 2 : cell.top() + m_padding;
    for (const FlowLayout::Line &line : lines) {
        const double offset = centred ? (inner - FlowLayout::lineWidth(line)) / 2 : 0;
        flow.draw(painter, line, cell.left() + m_padding + offset, y);
        y += flow.lineHeight();
    }
    painter.restore();
}

} // namespace kolokasi
