#include "DocumentWriter.h"

#include "FlowLayout.h"
#include "PageCanvas.h"
#include "PrintedTable.h"
#include "validation/Nip.h"

#include <QFontMetricsF>

#include <algorithm>

namespace kolokasi {

namespace {
constexpr double kTitlePointSize = 12;
constexpr double kLabelGapMm = 2;
constexpr double kCaptionKeepLines = 4;
constexpr double kRowGap = 0.25;
constexpr double kHandwritingRowGap = 0.7;         // of a line, between field rows
constexpr double kWetSignatureMm = 21;   // room for the tanda tangan basah (and the stamp over it)
constexpr double kSignatureGapMm = 10;   // between two blocks side by side
constexpr double kSignatureSpaceMm = 4;  // above the signature places
constexpr double kLoneSignatureShare = 0.55;
const QString kNamePlaceholder = QStringLiteral("(..........................................)");

// Draws laid-out lines from the cursor down, moving to a new page between lines if needed.
void drawFlow(PageCanvas &canvas, const FlowLayout &flow, const QList<FlowLayout::Line> &lines, double x,
              double width, Qt::Alignment alignment)
{
    for (const FlowLayout::Line &line : lines) {
        canvas.ensureSpace(flow.lineHeight());
        double lineX = x;
        if (alignment & Qt::AlignHCenter)
            lineX += (width - FlowLayout::lineWidth(line)) / 2;
        else if (alignment & Qt::AlignRight)
            lineX += width - FlowLayout::lineWidth(line);
        flow.draw(canvas.painter(), line, lineX, canvas.y());
        canvas.advance(flow.lineHeight());
    }
}
// Rows to be filled in by hand get more room to write in.
double rowGap(const FieldRow &row)
{
    const bool byHand = std::any_of(row.value.begin(), row.value.end(),
                                    [](const TextRun &run) { return run.kind == TextRun::Kind::Dots; });
    return byHand ? kHandwritingRowGap : kRowGap;
}
} // namespace

DocumentWriter::DocumentWriter(PageCanvas &canvas) : m_canvas(canvas) {}

void DocumentWriter::title(const QString &title, const QString &number)
{
    QFont font = PageCanvas::font(kTitlePointSize, true);
    font.setUnderline(true);
    const FlowLayout flow(m_canvas.device(), font);
    drawFlow(m_canvas, flow, flow.layout({TextRun::words(title)}, m_canvas.width()), m_canvas.left(),
             m_canvas.width(), Qt::AlignHCenter);
    const FlowLayout numberFlow(m_canvas.device(), PageCanvas::font(kBodyPointSize));
    TextRuns numberLine{TextRun::words(QStringLiteral("Nomor :"))};
    numberLine.append(number.isEmpty() ? TextRun::dots(60) : TextRun::words(number));
    drawFlow(m_canvas, numberFlow, numberFlow.layout(numberLine, m_canvas.width()), m_canvas.left(),
             m_canvas.width(), Qt::AlignHCenter);
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

void DocumentWriter::caption(const QString &text, double indentMm)
{
    space(2);
    // A caption never ends a page: it stays with at least a few lines of what it introduces.
    const FlowLayout flow(m_canvas.device(), PageCanvas::font(kBodyPointSize));
    m_canvas.ensureSpace(flow.lineHeight() * kCaptionKeepLines);
    paragraph({TextRun::words(text, true)}, indentMm);
}

void DocumentWriter::fields(const QList<FieldRow> &rows, double indentMm)
{
    const FlowLayout flow(m_canvas.device(), PageCanvas::font(kBodyPointSize));
    const double labelX = m_canvas.left() + m_canvas.mm(indentMm);
    const double labelWidth = fieldLabelWidth(flow, rows);
    for (const FieldRow &row : rows)
        drawFieldRow(flow, row, labelX, labelWidth);
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

void DocumentWriter::drawFieldRow(const FlowLayout &flow, const FieldRow &row, double labelX, double labelWidth)
{
    const QStringList labelLines = row.label.split(QLatin1Char('\n'));
    const double colonX = labelX + labelWidth;
    const double valueX = colonX + flow.textWidth(QStringLiteral(": "));
    const double valueWidth = m_canvas.content().right() - valueX;
    const auto valueLines = flow.layout(row.value, valueWidth);
    const double lineHeight = flow.lineHeight();
    // The label and the first value line stay together; a long value may flow on.
    m_canvas.ensureSpace(lineHeight * static_cast<double>(labelLines.size()));
    for (qsizetype i = 0; i < labelLines.size(); ++i) {
        flow.draw(m_canvas.painter(), {{TextRun::Kind::Text, labelLines.at(i), false, false, 0, 0}}, labelX,
                  m_canvas.y());
        if (i + 1 < labelLines.size())
            m_canvas.advance(lineHeight);
    }
    flow.draw(m_canvas.painter(), {{TextRun::Kind::Text, QStringLiteral(":"), false, false, 0, 0}}, colonX,
              m_canvas.y());
    drawFlow(m_canvas, flow, valueLines, valueX, valueWidth, Qt::AlignLeft);
    m_canvas.advance(lineHeight * rowGap(row));
}

void DocumentWriter::table(const QList<TableColumn> &columns, const QList<QStringList> &rows, double pointSize)
{
    PrintedTable(m_canvas, columns, pointSize).draw(rows);
}

double DocumentWriter::signatureWidth(qsizetype blocks) const
{
    // A lone signature place may be wider, so "a.n. Kepala Dinas ..." stays on one line.
    return blocks == 1 ? m_canvas.width() * kLoneSignatureShare : (m_canvas.width() - m_canvas.mm(kSignatureGapMm)) / 2;
}

double DocumentWriter::signaturesHeight(const QList<SignatureBlock> &blocks)
{
    const double width = signatureWidth(blocks.size());
    double height = 0;
    for (const SignatureBlock &block : blocks)
        height = std::max(height, drawSignature(block, 0, width, 0, false));
    return height + m_canvas.mm(kSignatureSpaceMm);
}

void DocumentWriter::signatures(const QList<SignatureBlock> &blocks)
{
    const double gap = m_canvas.mm(kSignatureGapMm);
    const double width = signatureWidth(blocks.size());
    const double height = signaturesHeight(blocks) - m_canvas.mm(kSignatureSpaceMm);
    space(kSignatureSpaceMm);
    m_canvas.ensureSpace(height);
    const double top = m_canvas.y();
    if (blocks.size() == 1)
        drawSignature(blocks.first(), m_canvas.content().right() - width, width, top, true);
    for (qsizetype i = 0; blocks.size() > 1 && i < 2; ++i)
        drawSignature(blocks.at(i), m_canvas.left() + static_cast<double>(i) * (width + gap), width, top, true);
    m_canvas.advance(height);
}

// Measures (and, when `paint`, draws) one signature block; returns its height.
double DocumentWriter::drawSignature(const SignatureBlock &block, double x, double width, double top, bool paint)
{
    const FlowLayout flow(m_canvas.device(), PageCanvas::font(kBodyPointSize));
    QFont nameFont = PageCanvas::font(kBodyPointSize, true);
    nameFont.setUnderline(true);
    const FlowLayout nameFlow(m_canvas.device(), nameFont);
    double y = top;
    auto centred = [&](const FlowLayout &lineFlow, const QString &text) {
        for (const FlowLayout::Line &line : lineFlow.layout({TextRun::words(text)}, width)) {
            if (paint)
                lineFlow.draw(m_canvas.painter(), line, x + (width - FlowLayout::lineWidth(line)) / 2, y);
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
    if (block.showNip) {
        const QString nip = block.nip.trimmed().isEmpty() ? QStringLiteral("..............................")
                                                          : Nip::formatted(block.nip);
        centred(flow, QStringLiteral("NIP. %1").arg(nip));
    }
    return y - top;
}

void DocumentWriter::closing(const QString &text, const QList<SignatureBlock> &blocks)
{
    const TextRuns runs{TextRun::words(text)};
    space(3);
    keepTogether(paragraphHeight(runs) + signaturesHeight(blocks));
    paragraph(runs);
    signatures(blocks);
}

void DocumentWriter::keepTogether(double height)
{
    m_canvas.ensureSpace(height);
}

double DocumentWriter::paragraphHeight(const TextRuns &runs, double indentMm) const
{
    const FlowLayout flow(m_canvas.device(), PageCanvas::font(kBodyPointSize));
    const auto lines = flow.layout(runs, m_canvas.width() - m_canvas.mm(indentMm));
    return static_cast<double>(lines.size()) * flow.lineHeight();
}

double DocumentWriter::captionHeight() const
{
    return m_canvas.mm(2) + FlowLayout(m_canvas.device(), PageCanvas::font(kBodyPointSize)).lineHeight();
}

double DocumentWriter::valueWidth(const FlowLayout &flow, const QList<FieldRow> &rows, double indentMm) const
{
    const double valueX = m_canvas.left() + m_canvas.mm(indentMm) + fieldLabelWidth(flow, rows)
                        + flow.textWidth(QStringLiteral(": "));
    return m_canvas.content().right() - valueX;
}

double DocumentWriter::fieldsHeight(const QList<FieldRow> &rows, double indentMm) const
{
    const FlowLayout flow(m_canvas.device(), PageCanvas::font(kBodyPointSize));
    const double width = valueWidth(flow, rows, indentMm);
    double lines = 0;
    for (const FieldRow &row : rows) {
        lines += static_cast<double>(row.label.count(QLatin1Char('\n')) + flow.layout(row.value, width).size());
        lines += rowGap(row);
    }
    return lines * flow.lineHeight();
}

void DocumentWriter::space(double mm)
{
    if (!m_canvas.atPageTop())
        m_canvas.advance(m_canvas.mm(mm));
}

} // namespace kolokasi
