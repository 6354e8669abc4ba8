#include "FlowLayout.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QRegularExpression>

#include <cmath>

namespace kolokasi {

namespace {
constexpr double kLineSpacing = 1.2;
constexpr double kBoxToAscent = 0.95;
const QString kMinimumDots = QStringLiteral("..........");
} // namespace

// Places items left to right, breaking lines where the next one does not fit.
struct FlowLayout::Builder
{
    const FlowLayout &flow;
    double width;
    QList<Line> lines{Line{}};
    double x = 0;

    double gap() const { return lines.last().isEmpty() ? 0 : flow.textWidth(QStringLiteral(" ")); }
    void breakLine()
    {
        lines.append(Line{});
        x = 0;
    }
    void place(Item item)
    {
        if (!lines.last().isEmpty() && x + gap() + item.width > width)
            breakLine();
        item.x = x + gap();
        x = item.x + item.width;
        lines.last().append(item);
    }
    void placeWord(const QString &word, bool bold)
    {
        QString rest = word;
        // A word longer than the line (a long URL) is cut where it must be, never clipped.
        while (flow.textWidth(rest, bold) > width && rest.size() > 1) {
            qsizetype fits = rest.size() - 1;
            while (fits > 1 && flow.textWidth(rest.left(fits), bold) > width)
                --fits;
            // Prefer to cut a domain or address after a dot, slash or dash.
            const qsizetype mark = rest.left(fits).lastIndexOf(QRegularExpression(QStringLiteral("[./\\-_@:]")));
            if (mark > 0)
                fits = mark + 1;
            place({TextRun::Kind::Text, rest.left(fits), bold, false, 0, flow.textWidth(rest.left(fits), bold)});
            rest = rest.mid(fits);
        }
        place({TextRun::Kind::Text, rest, bold, false, 0, flow.textWidth(rest, bold)});
    }
    void placeText(const TextRun &run)
    {
        const QStringList paragraphs = run.text.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < paragraphs.size(); ++i) {
            if (i > 0)
                breakLine();
            const QStringList words = paragraphs.at(i).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (const QString &word : words)
                placeWord(word, run.bold);
        }
    }
    void placeDots(double fixedWidth)
    {
        if (fixedWidth > 0) {
            place({TextRun::Kind::Dots, {}, false, false, 0, std::min(fixedWidth, width)});
            return;
        }
        if (width - x - gap() < flow.textWidth(kMinimumDots))
            breakLine();
        place({TextRun::Kind::Dots, {}, false, false, 0, width - x - gap()});
    }
    void placeBox(bool checked)
    {
        const double side = QFontMetricsF(flow.m_font, &flow.m_device).ascent() * kBoxToAscent;
        place({TextRun::Kind::Box, {}, false, checked, 0, side});
    }
};

FlowLayout::FlowLayout(QPaintDevice &device, const QFont &font) : m_device(device), m_font(font) {}

QList<FlowLayout::Line> FlowLayout::layout(const TextRuns &runs, double width) const
{
    Builder builder{*this, width};
    for (const TextRun &run : runs) {
        if (run.kind == TextRun::Kind::Text)
            builder.placeText(run);
        else if (run.kind == TextRun::Kind::Box)
            builder.placeBox(run.checked);
        else
            builder.placeDots(run.widthMm > 0 ? run.widthMm * m_device.logicalDpiX() / 25.4 : 0);
    }
    return builder.lines;
}

double FlowLayout::lineHeight() const
{
    return QFontMetricsF(m_font, &m_device).height() * kLineSpacing;
}

double FlowLayout::lineWidth(const Line &line)
{
    return line.isEmpty() ? 0 : line.last().x + line.last().width;
}

double FlowLayout::textWidth(const QString &text, bool bold) const
{
    return QFontMetricsF(fontFor(bold), &m_device).horizontalAdvance(text);
}

QFont FlowLayout::fontFor(bool bold) const
{
    QFont font = m_font;
    font.setUnderline(false); // drawn once under the whole line, not word by word
    if (bold)
        font.setBold(true);
    return font;
}

void FlowLayout::draw(QPainter &painter, const Line &line, double x, double top) const
{
    const QFontMetricsF metrics(m_font, &m_device);
    const double baseline = top + (lineHeight() - metrics.height()) / 2 + metrics.ascent();
    painter.save();
    for (const Item &item : line) {
        if (item.kind == TextRun::Kind::Box) {
            drawBox(painter, item, x, baseline);
        } else if (item.kind == TextRun::Kind::Dots) {
            drawDots(painter, item, x, baseline);
        } else {
            painter.setFont(fontFor(item.bold));
            painter.drawText(QPointF(x + item.x, baseline), item.text);
        }
    }
    if (m_font.underline() && !line.isEmpty()) {
        const double y = baseline + std::max(metrics.underlinePos(), metrics.descent() * 0.45);
        painter.setPen(QPen(Qt::black, metrics.lineWidth()));
        painter.drawLine(QPointF(x, y), QPointF(x + lineWidth(line), y));
    }
    painter.restore();
}

void FlowLayout::drawBox(QPainter &painter, const Item &item, double x, double baseline) const
{
    const QRectF box(x + item.x, baseline - item.width, item.width, item.width);
    painter.setPen(QPen(Qt::black, item.width / 14));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(box);
    if (!item.checked)
        return;
    QFont mark = fontFor(true);
    mark.setPointSizeF(mark.pointSizeF() * 0.8);
    painter.setFont(mark);
    painter.drawText(box, Qt::AlignCenter, QStringLiteral("X"));
}

void FlowLayout::drawDots(QPainter &painter, const Item &item, double x, double baseline) const
{
    const double dot = textWidth(QStringLiteral("."));
    const auto count = static_cast<qsizetype>(std::floor(item.width / dot));
    painter.setFont(m_font);
    painter.drawText(QPointF(x + item.x, baseline), QString(count, QLatin1Char('.')));
}

} // namespace kolokasi
