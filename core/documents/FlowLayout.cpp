#include "FlowLayout.h"

#include <QPainter>
#include <QTextBoundaryFinder>

#include <cmath>

namespace kolokasi {

namespace {
constexpr double kLineSpacing = 1.2;
constexpr double kBoxToAscent = 0.95;
constexpr double kHandwritingMm = 8; // the room a hand needs between two dotted lines
const QString kMinimumDots = QStringLiteral("..........");
constexpr qsizetype kMaxCachedWidths = 4096;

QFont withoutUnderline(QFont font, bool bold)
{
    font.setUnderline(false); // drawn once under the whole line, not word by word
    if (bold)
        font.setBold(true);
    return font;
}
} // namespace

// Places items left to right, breaking lines where the next one does not fit. Words of one
// style that follow each other join one item, so a line is shaped and drawn once.
struct FlowLayout::Builder
{
    const FlowLayout &flow;
    double width;
    qsizetype breakBefore = -1; // a word that starts a new line (see FlowLayout::layout)
    QList<Line> lines{Line{}};
    QList<bool> wrapped{false}; // per line: begun because the words before filled a line
    qsizetype words = 0;
    double x = 0;

    double gap() const { return lines.last().isEmpty() ? 0 : flow.m_space; }
    void breakLine(bool wrap = false)
    {
        lines.append(Line{});
        wrapped.append(wrap);
        x = 0;
    }
    void place(Item item)
    {
        if (!lines.last().isEmpty() && x + gap() + item.width > width)
            breakLine(true);
        item.x = x + gap();
        x = item.x + item.width;
        Line &line = lines.last();
        if (item.kind == TextRun::Kind::Text && !line.isEmpty() &&
            line.last().kind == TextRun::Kind::Text && line.last().bold == item.bold &&
            !line.last().text.isEmpty() && !item.text.isEmpty()) {
            line.last().text += QLatin1Char(' ') + item.text;
            line.last().width = x - line.last().x;
            return;
        }
        line.append(item);
    }
    // A word longer than the line (a long domain) is cut after a dot where it can be, else
    // after a hyphen, slash or underscore (server names), else where it must be: never
    // clipped. One pass over the word's graphemes, each measured once, so the time grows with
    // the word's length (a 100,000-character word without spaces lays out at once); only a
    // finished piece, never longer than a line, is measured again.
    void placeWord(const QString &word, bool bold)
    {
        const double whole = flow.textWidth(word, bold);
        if (whole <= width || word.size() <= 1) {
            place({TextRun::Kind::Text, word, bold, false, 0, whole});
            return;
        }
        const QFontMetricsF &metrics = bold ? flow.m_boldMetrics : flow.m_metrics;
        QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, word);
        qsizetype start = 0;      // the piece being filled begins here
        double advance = 0;       // the width of word[start, at)
        qsizetype afterDot = -1;  // the last cut after a dot inside the piece
        qsizetype afterMark = -1; // ... after a hyphen, slash or underscore
        qsizetype at = 0;
        while (at < word.size()) {
            qsizetype next = graphemes.toNextBoundary();
            if (next <= at)
                next = word.size();
            const double cluster = next - at == 1
                                       ? metrics.horizontalAdvance(word.at(at))
                                       : metrics.horizontalAdvance(word.mid(at, next - at));
            if (advance + cluster > width && at > start) {
                qsizetype cut = afterDot > start + 1    ? afterDot
                                : afterMark > start + 1 ? afterMark
                                                        : at;
                QString piece = word.mid(start, cut - start);
                double pieceWidth = flow.textWidth(piece, bold);
                while (pieceWidth > width && piece.size() > 1) { // kerning made it wider
                    --cut;
                    piece.chop(1);
                    pieceWidth = flow.textWidth(piece, bold);
                }
                place({TextRun::Kind::Text, piece, bold, false, 0, pieceWidth});
                breakLine();
                start = cut;
                if (afterDot <= start)
                    afterDot = -1;
                if (afterMark <= start)
                    afterMark = -1;
                advance = metrics.horizontalAdvance(word.mid(start, at - start));
            }
            advance += cluster;
            const QChar last = word.at(next - 1);
            if (last == QLatin1Char('.'))
                afterDot = next;
            else if (last == QLatin1Char('-') || last == QLatin1Char('/') ||
                     last == QLatin1Char('_'))
                afterMark = next;
            at = next;
        }
        const QString rest = word.mid(start);
        place({TextRun::Kind::Text, rest, bold, false, 0, flow.textWidth(rest, bold)});
    }
    void placeText(const TextRun &run)
    {
        const QStringList paragraphs = run.text.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < paragraphs.size(); ++i) {
            if (i > 0)
                breakLine();
            const QStringList inParagraph =
                paragraphs.at(i).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (const QString &word : inParagraph) {
                if (words++ == breakBefore && !lines.last().isEmpty())
                    breakLine(true);
                placeWord(word, run.bold);
            }
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
        place({TextRun::Kind::Box, {}, false, checked, 0, flow.m_metrics.ascent() * kBoxToAscent});
    }
};

FlowLayout::FlowLayout(QPaintDevice &device, const QFont &font)
    : m_device(device), m_font(font), m_plainFont(withoutUnderline(font, false)),
      m_boldFont(withoutUnderline(font, true)), m_metrics(m_plainFont, &device),
      m_boldMetrics(m_boldFont, &device), m_lineHeight(m_metrics.height() * kLineSpacing),
      m_handwritingHeight(std::max(m_lineHeight, kHandwritingMm * device.logicalDpiY() / 25.4)),
      m_space(m_metrics.horizontalAdvance(QLatin1Char(' '))),
      m_dot(m_metrics.horizontalAdvance(QLatin1Char('.')))
{
}

namespace {
qsizetype wordsIn(const FlowLayout::Line &line)
{
    qsizetype count = 0;
    for (const FlowLayout::Item &item : line) {
        if (item.kind != TextRun::Kind::Text)
            return -1;
        count += item.text.count(QLatin1Char(' ')) + 1;
    }
    return count;
}
} // namespace

QList<FlowLayout::Line> FlowLayout::layout(const TextRuns &runs, double width) const
{
    const auto laidOut = [&](qsizetype breakBefore) {
        Builder builder{*this, width, breakBefore};
        for (const TextRun &run : runs) {
            if (run.kind == TextRun::Kind::Text)
                builder.placeText(run);
            else if (run.kind == TextRun::Kind::Box)
                builder.placeBox(run.checked);
            else
                builder.placeDots(run.widthMm > 0 ? run.widthMm * m_device.logicalDpiX() / 25.4
                                                  : 0);
        }
        return builder;
    };
    Builder laid = laidOut(-1);
    // A paragraph does not end on a lone word (a runt): the line before gives its last word
    // when it keeps two, and the paragraph takes no more lines for it. Only for a line begun
    // by wrapping whole words, never for the rest of a word cut to fit.
    const qsizetype last = laid.lines.size() - 1;
    if (last >= 1 && laid.wrapped.at(last) && wordsIn(laid.lines.at(last)) == 1 &&
        wordsIn(laid.lines.at(last - 1)) >= 3 && laid.words >= 2) {
        Builder better = laidOut(laid.words - 2);
        if (better.lines.size() == laid.lines.size())
            return better.lines;
    }
    return laid.lines;
}

double FlowLayout::heightOf(const Line &line) const
{
    const bool byHand = std::any_of(line.begin(), line.end(), [](const Item &item) {
        return item.kind == TextRun::Kind::Dots;
    });
    return byHand ? m_handwritingHeight : m_lineHeight;
}

double FlowLayout::heightOf(const QList<Line> &lines) const
{
    double height = 0;
    for (const Line &line : lines)
        height += heightOf(line);
    return height;
}

double FlowLayout::lineWidth(const Line &line)
{
    return line.isEmpty() ? 0 : line.last().x + line.last().width;
}

// Words repeat from row to row of a long table (units, NOCs, models): each is shaped once.
// The cache is bounded, so a table of any length keeps the same memory.
double FlowLayout::textWidth(const QString &text, bool bold) const
{
    QHash<QString, double> &known = m_widths[bold ? 1 : 0];
    if (const auto found = known.constFind(text); found != known.cend())
        return *found;
    if (known.size() >= kMaxCachedWidths)
        known.clear();
    const double width = (bold ? m_boldMetrics : m_metrics).horizontalAdvance(text);
    known.insert(text, width);
    return width;
}

void FlowLayout::draw(QPainter &painter, const Line &line, double x, double top,
                      double height) const
{
    // Text sits at the foot of a tall (handwriting) line, with the room to write above it.
    const double baseline = top + (height > 0 ? height : heightOf(line)) -
                            (m_lineHeight - m_metrics.height()) / 2 - m_metrics.descent();
    const bool textOnly =
        !m_font.underline() && std::all_of(line.begin(), line.end(), [](const Item &item) {
            return item.kind == TextRun::Kind::Text;
        });
    // Plain text (table cells, most lines) needs no saved painter state: a change of state
    // costs a PDF more than the text itself.
    if (textOnly) {
        for (const Item &item : line) {
            const QFont &font = item.bold ? m_boldFont : m_plainFont;
            if (painter.font() != font)
                painter.setFont(font);
            painter.drawText(QPointF(x + item.x, baseline), item.text);
        }
        return;
    }
    painter.save();
    for (const Item &item : line) {
        if (item.kind == TextRun::Kind::Box) {
            drawBox(painter, item, x, baseline);
        } else if (item.kind == TextRun::Kind::Dots) {
            drawDots(painter, item, x, baseline);
        } else {
            painter.setFont(item.bold ? m_boldFont : m_plainFont);
            painter.drawText(QPointF(x + item.x, baseline), item.text);
        }
    }
    if (m_font.underline() && !line.isEmpty()) {
        const double y = baseline + std::max(m_metrics.underlinePos(), m_metrics.descent() * 0.45);
        painter.setPen(QPen(Qt::black, m_metrics.lineWidth()));
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
    QFont mark = m_boldFont;
    mark.setPointSizeF(mark.pointSizeF() * 0.8);
    painter.setFont(mark);
    painter.drawText(box, Qt::AlignCenter, QStringLiteral("X"));
}

void FlowLayout::drawDots(QPainter &painter, const Item &item, double x, double baseline) const
{
    const auto count = static_cast<qsizetype>(std::floor(item.width / m_dot));
    QFont dots = m_plainFont;
    dots.setStrikeOut(false);
    painter.setFont(dots);
    painter.drawText(QPointF(x + item.x, baseline), QString(count, QLatin1Char('.')));
}

} // namespace kolokasi
