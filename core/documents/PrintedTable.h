#pragma once

#include "DocumentWriter.h"
#include "FlowLayout.h"

namespace kolokasi {

class PageCanvas;

/// A bordered table on a PageCanvas: cells wrap, a row never splits across pages, and the
/// header row is drawn again at the top of every page the table continues on.
class PrintedTable
{
public:
    PrintedTable(PageCanvas &canvas, const QList<TableColumn> &columns, double pointSize);

    void draw(const QList<QStringList> &rows);

private:
    struct Row
    {
        QList<QList<FlowLayout::Line>> cells;
        double height = 0;
    };
    Row layoutRow(const QStringList &cells, const FlowLayout &flow) const;
    void drawRow(const Row &row, const FlowLayout &flow, bool header);
    bool hasGroups() const;
    double headerHeight() const;
    void drawHeader();
    void drawCell(const QRectF &cell, const QList<FlowLayout::Line> &lines, const FlowLayout &flow, bool centred,
                  bool shaded);

    PageCanvas &m_canvas;
    QList<TableColumn> m_columns;
    QList<double> m_widths;
    FlowLayout m_body;
    FlowLayout m_header;
    double m_padding;
};

} // namespace kolokasi
