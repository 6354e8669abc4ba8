#pragma once

#include "DocumentWriter.h"
#include "FlowLayout.h"

#include <functional>

namespace kolokasi {

class PageCanvas;

/// A bordered table on a PageCanvas: cells wrap, a row never splits across pages, and the
/// header row is drawn again at the top of every page the table continues on. Rows are laid
/// out and drawn one at a time, so a table of any length takes the memory of one row.
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

private:
    struct Row
    {
        QList<QList<FlowLayout::Line>> cells;
        double height = 0;
    };
    struct HeaderCell
    {
        QRectF rect; // relative to the header's top-left
        QList<FlowLayout::Line> lines;
    };
    Row layoutRow(const QStringList &cells, const FlowLayout &flow) const;
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
    double m_padding;
    QList<HeaderCell> m_headerCells;
    double m_headerHeight = 0;
};

} // namespace kolokasi
