#pragma once

#include "TextRun.h"

#include <QFont>
#include <QList>

class QPaintDevice;
class QPainter;

namespace kolokasi {

/// Breaks runs into lines of a given width and draws one line at a time, so a caller can
/// move to a new page between any two lines.
class FlowLayout
{
public:
    struct Item
    {
        TextRun::Kind kind = TextRun::Kind::Text;
        QString text;
        bool bold = false;
        bool checked = false;
        double x = 0;
        double width = 0;
    };
    using Line = QList<Item>;

    FlowLayout(QPaintDevice &device, const QFont &font);

    QList<Line> layout(const TextRuns &runs, double width) const;
    double lineHeight() const;
    /// Width of a finished line (for centring or right alignment).
    static double lineWidth(const Line &line);
    /// Draws `line` with its top-left at (x, top).
    void draw(QPainter &painter, const Line &line, double x, double top) const;
    double textWidth(const QString &text, bool bold = false) const;

private:
    struct Builder;
    QFont fontFor(bool bold) const;
    void drawBox(QPainter &painter, const Item &item, double x, double baseline) const;
    void drawDots(QPainter &painter, const Item &item, double x, double baseline) const;

    QPaintDevice &m_device;
    QFont m_font;
};

} // namespace kolokasi
