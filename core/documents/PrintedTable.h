#pragma once

#include "DocumentWriter.h"
#include "FlowLayout.h"

#include <functional>
#include <map>
#include <memory>

namespace kolokasi {

class PageCanvas;

/// A bordered table on a PageCanvas: cells wrap, a row never splits across pages, and the
/// header row is drawn again at the top of every page the table continues on. Rows are laid
/// out and drawn one at a time, so a table of any length takes the memory of one row.
/// Cells wrap between words only: each column is at least as wide as its widest word (a
/// domain, host name, S/N, register number, date, U range), the width taken from the columns
/// of free text first; a word that still cannot fit is set smaller in its cell, down to
/// kSmallestPointSize, and only beyond that cut.
class PrintedTable
{
public:
    /// The cells of row `index` (from 0). A row of one cell spans the whole table.
    using RowSource = std::function<QStringList(qsizetype index)>;

    PrintedTable(PageCanvas &canvas, const QList<TableColumn> &columns, double pointSize);

    /// Draws `rowCount` rows; the last one starts a new page unless `keepWithLastRow` (what
    /// must follow it on its page, e.g. the signatures) fits below it.
    void draw(qsizetype rowCount, const RowSource &rowAt, double keepWithLastRow = 0);
    void draw(const QList<QStringList> &rows, double keepWithLastRow = 0);

    /// The column widths (device units) the last draw() used; for tests.
    const QList<double> &widths() const { return m_widths; }

    static constexpr double kSmallestPointSize = 7;

private:
    struct Row
    {
        QList<QList<FlowLayout::Line>> cells;
        QList<const FlowLayout *> flows; // per cell: the body's, or a smaller one
        double height = 0;
    };
    struct HeaderCell
    {
        QRectF rect; // relative to the header's top-left
        QList<FlowLayout::Line> lines;
    };
    void fitColumns(qsizetype rowCount, const RowSource &rowAt);
    const FlowLayout &flowFor(const QString &text, double width) const;
    Row layoutRow(const QStringList &cells) const;
    void drawRow(const Row &row);
    void layoutHeader();
    void drawHeader();
    void drawCell(const QRectF &cell, const QList<FlowLayout::Line> &lines, const FlowLayout &flow,
                  bool centred, bool shaded);

    PageCanvas &m_canvas;
    QList<TableColumn> m_columns;
    QList<double> m_widths;
    FlowLayout m_body;
    FlowLayout m_header;
    double m_pointSize;
    double m_padding;
    mutable std::map<int, std::unique_ptr<FlowLayout>> m_smaller; // by tenth of a point
    QList<HeaderCell> m_headerCells;
    double m_headerHeight = 0;
};

} // namespace kolokasi
