#include "PrintedTable.h"

#include "PageCanvas.h"

#include <QPainter>

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
    QStringList headers;
    for (const TableColumn &column : m_columns)
        headers.append(column.header);
    const Row header = layoutRow(headers, m_header);
    QList<Row> body;
    for (const QStringList &cells : rows)
        body.append(layoutRow(cells, m_body));
    m_canvas.ensureSpace(header.height + (body.isEmpty() ? 0 : body.first().height));
    drawRow(header, m_header, true);
    for (const Row &row : body) {
        if (row.height > m_canvas.remaining()) {
            m_canvas.newPage();
            drawRow(header, m_header, true);
        }
        drawRow(row, m_body, false);
    }
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
    QPainter &painter = m_canvas.painter();
    double x = m_canvas.left();
    const double top = m_canvas.y();
    painter.save();
    painter.setPen(QPen(Qt::black, m_canvas.mm(0.2)));
    for (qsizetype i = 0; i < m_widths.size(); ++i) {
        const QRectF cell(x, top, m_widths.at(i), row.height);
        painter.setBrush(header ? QBrush(kHeaderShade) : QBrush(Qt::NoBrush));
        painter.drawRect(cell);
        double y = top + m_padding;
        for (const FlowLayout::Line &line : row.cells.at(i)) {
            const bool centred = header || m_columns.at(i).centred;
            const double inner = m_widths.at(i) - 2 * m_padding;
            const double offset = centred ? (inner - FlowLayout::lineWidth(line)) / 2 : 0;
            flow.draw(painter, line, x + m_padding + offset, y);
            y += flow.lineHeight();
        }
        x += m_widths.at(i);
    }
    painter.restore();
    m_canvas.advance(row.height);
}

} // namespace kolokasi
