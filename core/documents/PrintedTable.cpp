#include "PrintedTable.h"

#include "PageCanvas.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace kolokasi {

namespace {
constexpr double kPaddingMm = 1.2;
const QColor kHeaderShade(225, 225, 225);
// The rows measured to size the columns: a register of any length is sized by its first
// screenfuls; a later row's longer word is set smaller in its cell.
constexpr qsizetype kMeasuredRows = 2000;
// No column takes more than this share of the width for one word (a pasted 500-character
// "word" is cut rather than squeezing every other column).
constexpr double kWidestWordShare = 0.45;
constexpr double kPointStep = 0.5;

// Calls `use` with each word of `text` (split at spaces and line breaks); returns the count.
template <typename Use> qsizetype forEachWord(const QString &text, Use use)
{
    qsizetype count = 0;
    qsizetype begin = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool gap = i == text.size() || text.at(i).isSpace();
        if (!gap && begin < 0)
            begin = i;
        if (gap && begin >= 0) {
            use(QStringView(text).mid(begin, i - begin));
            ++count;
            begin = -1;
        }
    }
    return count;
}

// The widest word of `text` at `flow`'s size.
double widestWord(const FlowLayout &flow, const QString &text, bool bold = false)
{
    double widest = 0;
    forEachWord(text, [&](QStringView word) {
        widest = std::max(widest, flow.textWidth(word.toString(), bold));
    });
    return widest;
}
} // namespace

PrintedTable::PrintedTable(PageCanvas &canvas, const QList<TableColumn> &columns, double pointSize)
    : m_canvas(canvas), m_columns(columns), m_body(canvas.device(), PageCanvas::font(pointSize)),
      m_header(canvas.device(), PageCanvas::font(pointSize, true)), m_pointSize(pointSize),
      m_padding(canvas.mm(kPaddingMm))
{
}

// The columns' shares by weight, then each widened to its widest word (header words in bold),
// the width taken from the columns that wrap free text (cells of several words) first, then
// from any column wider than its words. When the words alone need more than the table, each
// column gets its words' share and the widest words are set smaller.
void PrintedTable::fitColumns(qsizetype rowCount, const RowSource &rowAt)
{
    const qsizetype n = m_columns.size();
    const double total = m_canvas.width();
    QList<double> least(n, 0);
    QList<bool> freeText(n, false);
    for (qsizetype i = 0; i < n; ++i)
        least[i] = widestWord(m_header, m_columns.at(i).header, true);
    for (qsizetype r = 0; r < std::min(rowCount, kMeasuredRows); ++r) {
        const QStringList cells = rowAt(r);
        if (cells.size() == 1 && n > 1)
            continue; // spans the table
        for (qsizetype i = 0; i < n && i < cells.size(); ++i) {
            least[i] = std::max(least[i], widestWord(m_body, cells.at(i)));
            freeText[i] = freeText[i] || forEachWord(cells.at(i), [](QStringView) {}) > 2;
        }
    }
    double weights = 0;
    for (const TableColumn &column : std::as_const(m_columns))
        weights += column.weight;
    m_widths.clear();
    double needed = 0;
    for (qsizetype i = 0; i < n; ++i) {
        least[i] = std::min(least[i], total * kWidestWordShare) + 2 * m_padding + 1;
        needed += least[i];
        m_widths.append(total * m_columns.at(i).weight / weights);
    }
    if (needed >= total) {
        for (qsizetype i = 0; i < n; ++i)
            m_widths[i] = total * least[i] / needed;
        return;
    }
    double missing = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (m_widths[i] < least[i]) {
            missing += least[i] - m_widths[i];
            m_widths[i] = least[i];
        }
    }
    // Two passes: free-text columns give first, then the others, each in proportion to the
    // room it has above its own words.
    for (const bool givers : {true, false}) {
        double slack = 0;
        for (qsizetype i = 0; i < n; ++i) {
            if (freeText[i] == givers)
                slack += std::max(0.0, m_widths[i] - least[i]);
        }
        if (missing <= 0 || slack <= 0)
            continue;
        const double taken = std::min(missing, slack);
        for (qsizetype i = 0; i < n; ++i) {
            if (freeText[i] == givers)
                m_widths[i] -= taken * std::max(0.0, m_widths[i] - least[i]) / slack;
        }
        missing -= taken;
    }
}

// The body's layout, or a smaller one in which every word of `text` fits `width`.
const FlowLayout &PrintedTable::flowFor(const QString &text, double width) const
{
    if (widestWord(m_body, text) <= width)
        return m_body;
    const FlowLayout *smaller = &m_body;
    for (double size = m_pointSize - kPointStep; size >= kSmallestPointSize - 1e-9;
         size -= kPointStep) {
        auto &flow = m_smaller[int(std::lround(size * 10))];
        if (!flow)
            flow = std::make_unique<FlowLayout>(m_canvas.device(), PageCanvas::font(size));
        smaller = flow.get();
        if (widestWord(*flow, text) <= width)
            break;
    }
    return *smaller;
}

void PrintedTable::draw(const QList<QStringList> &rows, double keepWithLastRow)
{
    draw(
        rows.size(), [&rows](qsizetype i) { return rows.at(i); }, keepWithLastRow);
}

void PrintedTable::draw(qsizetype rowCount, const RowSource &rowAt, double keepWithLastRow)
{
    fitColumns(rowCount, rowAt);
    m_headerCells.clear();
    layoutHeader();
    for (qsizetype i = 0; i < rowCount; ++i) {
        const Row row = layoutRow(rowAt(i));
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

PrintedTable::Row PrintedTable::layoutRow(const QStringList &cells) const
{
    Row row;
    double tallest = m_body.lineHeight();
    if (cells.size() == 1 && m_widths.size() > 1) {
        const double inner = m_canvas.width() - 2 * m_padding;
        const FlowLayout &flow = flowFor(cells.first(), inner);
        row.cells.append(flow.layout({TextRun::words(cells.first())}, inner));
        row.flows.append(&flow);
        tallest = std::max(tallest, flow.heightOf(row.cells.last()));
    } else {
        for (qsizetype i = 0; i < m_widths.size(); ++i) {
            const QString text = i < cells.size() ? cells.at(i) : QString();
            const double inner = m_widths.at(i) - 2 * m_padding;
            const FlowLayout &flow = flowFor(text, inner);
            row.cells.append(flow.layout({TextRun::words(text)}, inner));
            row.flows.append(&flow);
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
                     row.cells.first(), *row.flows.first(), true, false);
        } else {
            double x = m_canvas.left();
            for (qsizetype i = 0; i < m_widths.size(); ++i) {
                drawCell(QRectF(x, m_canvas.y(), m_widths.at(i), row.height), row.cells.at(i),
                         *row.flows.at(i), m_columns.at(i).centred, false);
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
