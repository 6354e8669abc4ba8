#pragma once

#include "TextRun.h"

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QList>

class QPaintDevice;
class QPainter;

namespace kolokasi {

/// Breaks runs into lines of a given width and draws one line at a time, so a caller can
/// move to a new page between any two lines. Metrics are measured once per layout object:
/// one per style, kept by the table or block that draws many lines.
class FlowLayout
{
public:
    struct Item
    {
        TextRun::Kind kind = TextRun::Kind::Text;
        QString text; // Text: the words of one style side by side, drawn (and shaped) at once
        bool bold = false;
        bool checked = false;
        double x = 0;
        double width = 0;
    };
    using Line = QList<Item>;

    FlowLayout(QPaintDevice &device, const QFont &font);

    QList<Line> layout(const TextRuns &runs, double width) const;
    /// The height of an ordinary line.
    double lineHeight() const { return m_lineHeight; }
    /// The height `line` takes: a line to write on by hand (dots) is taller.
    double heightOf(const Line &line) const;
    /// The height of laid-out lines.
    double heightOf(const QList<Line> &lines) const;
    /// Width of a finished line (for centring or right alignment).
    static double lineWidth(const Line &line);
    /// Draws `line` with its top-left at (x, top), in a line `height` tall (0: its own height),
    /// so a label shares the baseline of a taller value line beside it.
    void draw(QPainter &painter, const Line &line, double x, double top, double height = 0) const;
    double textWidth(const QString &text, bool bold = false) const;

private:
    struct Builder;
    void drawBox(QPainter &painter, const Item &item, double x, double baseline) const;
    void drawDots(QPainter &painter, const Item &item, double x, double baseline) const;

    QPaintDevice &m_device;
    QFont m_font;
    QFont m_plainFont;
    QFont m_boldFont;
    QFontMetricsF m_metrics;
    QFontMetricsF m_boldMetrics;
    double m_lineHeight;
    double m_handwritingHeight;
    double m_space;
    double m_dot;
    mutable QHash<QString, double> m_widths[2]; // measured words: plain, bold
};

} // namespace kolokasi
