#include "DocumentWriter.h"

#include "FlowLayout.h"
#include "PageCanvas.h"
#include "PrintedTable.h"
#include "validation/Nip.h"

#include <algorithm>

namespace kolokasi {

namespace {
constexpr double kTitlePointSize = 12;
constexpr double kLabelGapMm = 2;
constexpr double kCaptionKeepLines = 4;
constexpr double kRowGap = 0.25;        // of a line, between field rows
constexpr double kWetSignatureMm = 21;  // room for the tanda tangan basah (and the stamp over it)
constexpr double kSignatureGapMm = 10;  // between two blocks side by side
constexpr double kSignatureSpaceMm = 4; // above the signature places
constexpr double kCopiesSpaceMm = 6;    // above the tembusan
constexpr double kLoneSignatureShare = 0.55;
const QString kNamePlaceholder = QStringLiteral("(..........................................)");

// Draws laid-out lines from the cursor down, moving to a new page between lines if needed.
void drawFlow(PageCanvas &canvas, const FlowLayout &flow, const QList<FlowLayout::Line> &lines,
              double x, double width, Qt::Alignment alignment)
{
    for (const FlowLayout::Line &line : lines) {
        const double height = flow.heightOf(line);
        canvas.ensureSpace(height);
        if (!canvas.counting()) {
            double lineX = x;
            if (alignment & Qt::AlignHCenter)
                lineX += (width - FlowLayout::lineWidth(line)) / 2;
            else if (alignment & Qt::AlignRight)
                lineX += width - FlowLayout::lineWidth(line);
            flow.draw(canvas.painter(), line, lineX, canvas.y());
        }
        canvas.advance(height);
    }
}

// The gap below a field row; a line to write on by hand is tall enough without one.
double rowGapBelow(const FlowLayout &flow, const QList<FlowLayout::Line> &valueLines)
{
    const bool byHand =
        !valueLines.isEmpty() && flow.heightOf(valueLines.last()) > flow.lineHeight();
    return byHand ? 0 : flow.lineHeight() * kRowGap;
}

FlowLayout::Line textLine(const QString &text)
{
    return {{TextRun::Kind::Text, text, false, false, 0, 0}};
}
} // namespace

DocumentWriter::DocumentWriter(PageCanvas &canvas) : m_canvas(canvas) {}

void DocumentWriter::title(const QString &title, const QString &number)
{
    QFont font = PageCanvas::font(kTitlePointSize, true);
    font.setUnderline(true);
    const FlowLayout flow(m_canvas.device(), font);
    drawFlow(m_canvas, flow, flow.layout({TextRun::words(title)}, m_canvas.width()),
             m_canvas.left(), m_canvas.width(), Qt::AlignHCenter);
    const FlowLayout numberFlow(m_canvas.device(), PageCanvas::font(kBodyPointSize));
    TextRuns numberLine{TextRun::words(QStringLiteral("Nomor :"))};
    numberLine.append(number.isEmpty() ? TextRun::dots(60) : TextRun::words(number));
    drawFlow(m_canvas, numberFlow, numberFlow.layout(numberLine, m_canvas.width()), m_canvas.left(),
             m_canvas.width(), Qt::AlignHCenter);
    m_canvas.setRunningHeader(
        number.isEmpty() ? title : QStringLiteral("%1   Nomor: %2").arg(title, number));
    space(6);
}

void DocumentWriter::paragraph(const TextRuns &runs, double indentMm)
{
    const FlowLayout flow(m_canvas.device(), PageCanvas::font(kBodyPointSize));
    const double indent = m_canvas.mm(indentMm);
    drawFlow(m_canvas, flow, flow.layout(runs, m_canvas.width() - indent), m_canvas.left() + indent,
             m_canvas.width() - indent, Qt::AlignLeft);
}

void DocumentWriter::aligned(const QString &text, Qt::Alignment alignment, bool bold)
{
    const FlowLayout flow(m_canvas.device(), PageCanvas::font(kBodyPointSize, bold));
    drawFlow(m_canvas, flow, flow.layout({TextRun::words(text)}, m_canvas.width()), m_canvas.left(),
             m_canvas.width(), alignment);
}

void DocumentWriter::caption(const QString &text, double indentMm, bool struck)
{
    space(2);
    QFont font = PageCanvas::font(kBodyPointSize);
    font.setStrikeOut(struck);
    const FlowLayout flow(m_canvas.device(), font);
    // A caption never ends a page: it stays with at least a few lines of what it introduces.
    m_canvas.ensureSpace(flow.lineHeight() * kCaptionKeepLines);
    const double indent = m_canvas.mm(indentMm);
    drawFlow(m_canvas, flow, flow.layout({TextRun::words(text, true)}, m_canvas.width() - indent),
             m_canvas.left() + indent, m_canvas.width() - indent, Qt::AlignLeft);
}

void DocumentWriter::fields(const QList<FieldRow> &rows, double indentMm, double keepLastRowWith)
{
    const FlowLayout flow(m_canvas.device(), PageCanvas::font(kBodyPointSize));
    const double labelX = m_canvas.left() + m_canvas.mm(indentMm);
    const double labelWidth = fieldLabelWidth(flow, rows);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (i + 1 == rows.size() && keepLastRowWith > 0) {
            // Measured with this block's label width, so the value wraps as it will be drawn.
            const double valueWidth = m_canvas.content().right() - labelX - labelWidth -
                                      flow.textWidth(QStringLiteral(": "));
            const FieldRow &row = rows.at(i);
            const auto lines = flow.layout(row.value, valueWidth);
            keepTogether(static_cast<double>(row.label.count(QLatin1Char('\n'))) *
                             flow.lineHeight() +
                         flow.heightOf(lines) + rowGapBelow(flow, lines) + keepLastRowWith);
        }
        drawFieldRow(flow, rows.at(i), labelX, labelWidth);
    }
}

double DocumentWriter::fieldLabelWidth(const FlowLayout &flow, const QList<FieldRow> &rows) const
{
    double widest = 0;
    for (const FieldRow &row : rows) {
        for (const QString &line : row.label.split(QLatin1Char('\n')))
            widest = std::max(widest, flow.textWidth(line));
    }
    return widest + m_canvas.mm(kLabelGapMm);
}

void DocumentWriter::drawFieldRow(const FlowLayout &flow, const FieldRow &row, double labelX,
                                  double labelWidth)
{
    const QStringList labelLines = row.label.split(QLatin1Char('\n'));
    const double colonX = labelX + labelWidth;
    const double valueX = colonX + flow.textWidth(QStringLiteral(": "));
    const double valueWidth = m_canvas.content().right() - valueX;
    const auto valueLines = flow.layout(row.value, valueWidth);
    const double lineHeight = flow.lineHeight();
    const double firstValueHeight =
        valueLines.isEmpty() ? lineHeight : flow.heightOf(valueLines.first());
    // The label and the first value line stay together; a long value may flow on.
    m_canvas.ensureSpace(lineHeight * static_cast<double>(labelLines.size() - 1) +
                         firstValueHeight);
    const bool paint = !m_canvas.counting();
    for (qsizetype i = 0; i + 1 < labelLines.size(); ++i) {
        if (paint)
            flow.draw(m_canvas.painter(), textLine(labelLines.at(i)), labelX, m_canvas.y());
        m_canvas.advance(lineHeight);
    }
    // The last label line and the colon share the baseline of the value's first line.
    if (paint) {
        flow.draw(m_canvas.painter(), textLine(labelLines.last()), labelX, m_canvas.y(),
                  firstValueHeight);
        flow.draw(m_canvas.painter(), textLine(QStringLiteral(":")), colonX, m_canvas.y(),
                  firstValueHeight);
    }
    drawFlow(m_canvas, flow, valueLines, valueX, valueWidth, Qt::AlignLeft);
    m_canvas.advance(rowGapBelow(flow, valueLines));
}

void DocumentWriter::table(const QList<TableColumn> &columns, const QList<QStringList> &rows,
                           double pointSize, double keepWithLastRow)
{
    PrintedTable(m_canvas, columns, pointSize).draw(rows, keepWithLastRow);
}

void DocumentWriter::table(const QList<TableColumn> &columns, qsizetype rowCount,
                           const std::function<QStringList(qsizetype)> &rowAt, double pointSize,
                           double keepWithLastRow)
{
    PrintedTable(m_canvas, columns, pointSize).draw(rowCount, rowAt, keepWithLastRow);
}

double DocumentWriter::signatureWidth(qsizetype blocks) const
{
    // A lone signature place may be wider, so "a.n. Kepala Dinas ..." stays on one line.
    return blocks == 1 ? m_canvas.width() * kLoneSignatureShare
                       : (m_canvas.width() - m_canvas.mm(kSignatureGapMm)) / 2;
}

double DocumentWriter::signaturesHeight(const QList<SignatureBlock> &blocks)
{
    const double width = signatureWidth(blocks.size());
    double heading = 0;
    double rest = 0;
    for (const SignatureBlock &block : blocks) {
        const double head = headingHeight(block, width);
        heading = std::max(heading, head);
        rest = std::max(rest, drawSignature(block, 0, width, 0, false) - head);
    }
    return heading + rest + m_canvas.mm(kSignatureSpaceMm);
}

void DocumentWriter::signatures(const QList<SignatureBlock> &blocks)
{
    const double gap = m_canvas.mm(kSignatureGapMm);
    const double width = signatureWidth(blocks.size());
    const double height = signaturesHeight(blocks) - m_canvas.mm(kSignatureSpaceMm);
    space(kSignatureSpaceMm);
    m_canvas.ensureSpace(height);
    double tallestHeading = 0;
    for (const SignatureBlock &block : blocks)
        tallestHeading = std::max(tallestHeading, headingHeight(block, width));
    // Shorter headings start lower, so both names sit on one baseline.
    const bool paint = !m_canvas.counting();
    for (qsizetype i = 0; paint && i < blocks.size() && i < 2; ++i) {
        const SignatureBlock &block = blocks.at(i);
        const double x = blocks.size() == 1
                             ? m_canvas.content().right() - width
                             : m_canvas.left() + static_cast<double>(i) * (width + gap);
        drawSignature(block, x, width, m_canvas.y() + tallestHeading - headingHeight(block, width),
                      true);
    }
    m_canvas.advance(height);
}

double DocumentWriter::headingHeight(const SignatureBlock &block, double width) const
{
    const FlowLayout flow(m_canvas.device(), PageCanvas::font(kBodyPointSize));
    double height = 0;
    for (const QString &line : block.heading)
        height += static_cast<double>(flow.layout({TextRun::words(line)}, width).size()) *
                  flow.lineHeight();
    return height;
}

// Measures (and, when `paint`, draws) one signature block; returns its height.
double DocumentWriter::drawSignature(const SignatureBlock &block, double x, double width,
                                     double top, bool paint)
{
    const FlowLayout flow(m_canvas.device(), PageCanvas::font(kBodyPointSize));
    QFont nameFont = PageCanvas::font(kBodyPointSize, true);
    nameFont.setUnderline(true);
    const FlowLayout nameFlow(m_canvas.device(), nameFont);
    double y = top;
    auto centred = [&](const FlowLayout &lineFlow, const QString &text) {
        for (const FlowLayout::Line &line : lineFlow.layout({TextRun::words(text)}, width)) {
            if (paint)
                lineFlow.draw(m_canvas.painter(), line,
                              x + (width - FlowLayout::lineWidth(line)) / 2, y);
            y += lineFlow.lineHeight();
        }
    };
    for (const QString &line : block.heading)
        centred(flow, line);
    y += m_canvas.mm(kWetSignatureMm);
    if (block.name.trimmed().isEmpty())
        centred(flow, kNamePlaceholder);
    else
        centred(nameFlow, block.name);
    if (!block.rank.trimmed().isEmpty())
        centred(flow, block.rank);
    if (block.showNip) {
        const QString nip = block.nip.trimmed().isEmpty()
                                ? QStringLiteral("..............................")
                                : Nip::formatted(block.nip);
        centred(flow, QStringLiteral("NIP. %1").arg(nip));
    }
    return y - top;
}

void DocumentWriter::closing(const QString &text, const QList<SignatureBlock> &blocks)
{
    space(3);
    keepTogether(paragraphHeight(text) + signaturesHeight(blocks));
    paragraph(text);
    signatures(blocks);
}

double DocumentWriter::closingHeight(const QString &text, const QList<SignatureBlock> &blocks)
{
    return spaceHeight(3) + paragraphHeight(text) + signaturesHeight(blocks);
}

QStringList DocumentWriter::copyLines(const QStringList &recipients)
{
    if (recipients.size() == 1)
        return recipients;
    QStringList lines;
    for (qsizetype i = 0; i < recipients.size(); ++i)
        lines.append(QStringLiteral("%1. %2").arg(i + 1).arg(recipients.at(i)));
    return lines;
}

void DocumentWriter::copies(const QStringList &recipients)
{
    if (recipients.isEmpty())
        return;
    space(kCopiesSpaceMm);
    keepTogether(copiesHeight(recipients) - spaceHeight(kCopiesSpaceMm));
    paragraph(QStringLiteral("Tembusan:"));
    for (const QString &line : copyLines(recipients))
        paragraph(line);
}

double DocumentWriter::copiesHeight(const QStringList &recipients) const
{
    if (recipients.isEmpty())
        return 0;
    double height = spaceHeight(kCopiesSpaceMm) + paragraphHeight(QStringLiteral("Tembusan:"));
    for (const QString &line : copyLines(recipients))
        height += paragraphHeight(line);
    return height;
}

void DocumentWriter::keepTogether(double height)
{
    m_canvas.ensureSpace(height);
}

double DocumentWriter::paragraphHeight(const TextRuns &runs, double indentMm) const
{
    const FlowLayout flow(m_canvas.device(), PageCanvas::font(kBodyPointSize));
    return flow.heightOf(flow.layout(runs, m_canvas.width() - m_canvas.mm(indentMm)));
}

double DocumentWriter::captionHeight() const
{
    return m_canvas.mm(2) +
           FlowLayout(m_canvas.device(), PageCanvas::font(kBodyPointSize)).lineHeight();
}

double DocumentWriter::valueWidth(const FlowLayout &flow, const QList<FieldRow> &rows,
                                  double indentMm) const
{
    const double valueX = m_canvas.left() + m_canvas.mm(indentMm) + fieldLabelWidth(flow, rows) +
                          flow.textWidth(QStringLiteral(": "));
    return m_canvas.content().right() - valueX;
}

double DocumentWriter::fieldsHeight(const QList<FieldRow> &rows, double indentMm) const
{
    const FlowLayout flow(m_canvas.device(), PageCanvas::font(kBodyPointSize));
    const double width = valueWidth(flow, rows, indentMm);
    double height = 0;
    for (const FieldRow &row : rows) {
        const auto lines = flow.layout(row.value, width);
        height += static_cast<double>(row.label.count(QLatin1Char('\n'))) * flow.lineHeight() +
                  flow.heightOf(lines) + rowGapBelow(flow, lines);
    }
    return height;
}

double DocumentWriter::spaceHeight(double mm) const
{
    return m_canvas.mm(mm);
}

void DocumentWriter::space(double mm)
{
    if (!m_canvas.atPageTop())
        m_canvas.advance(m_canvas.mm(mm));
}

} // namespace kolokasi
