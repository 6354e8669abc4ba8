#pragma once

#include "TextRun.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <Qt>

#include <functional>

namespace kolokasi {

class FlowLayout;
class PageCanvas;

/// One `Label : value` line of a form; a label with "\n" takes several lines, the colon
/// and the value go on its last line (as the SOP's "(*)Masa Berlaku / Co-location :").
struct FieldRow
{
    QString label;
    TextRuns value;
};

/// A column of a printed table: its header and its share of the table's width.
struct TableColumn
{
    QString header;
    double weight = 1;
    bool centred = false;
    QString group; // a header spanning the neighbouring columns of the same group
};

/// A signature place: the lines above it, room for a wet signature, the name (with academic
/// titles), the rank (pangkat/golongan) and the NIP. An empty name prints dots (blank forms,
/// or a person not known yet).
struct SignatureBlock
{
    QStringList heading;
    QString name;
    QString nip; // as stored; printed grouped
    bool showNip = true;
    QString rank = {}; // pangkat/golongan; empty: not printed
};

/// The shared building blocks of every printed document, laid out top to bottom on a
/// PageCanvas: title and number, paragraphs, `Label : value` rows with aligned colons,
/// tables that repeat their header on each page, signature blocks kept on one page with the
/// last of the content (a page never holds signatures alone).
class DocumentWriter
{
public:
    explicit DocumentWriter(PageCanvas &canvas);

    PageCanvas &canvas() { return m_canvas; }

    /// The centred, underlined title and "Nomor : ..." below it (dots when there is no number);
    /// both also head every continuation page.
    void title(const QString &title, const QString &number);
    void paragraph(const TextRuns &runs, double indentMm = 0);
    void paragraph(const QString &text) { paragraph(TextRuns{TextRun::words(text)}); }
    /// One paragraph centred or flush right (the date line of a letter).
    void aligned(const QString &text, Qt::Alignment alignment, bool bold = false);
    /// A bold section caption such as "Data Center"; `struck` crosses it out (an unused block).
    void caption(const QString &text, double indentMm = 0, bool struck = false);
    /// Rows whose colons line up, the labels `indentMm` in from the margin. The last row stays
    /// on the page of the `keepLastRowWith` height that follows it.
    void fields(const QList<FieldRow> &rows, double indentMm = 0, double keepLastRowWith = 0);
    /// A bordered table; `rows` of cell texts. Rows never split, the header repeats on new
    /// pages; the last row stays on the page of `keepWithLastRow` (the height that follows).
    void table(const QList<TableColumn> &columns, const QList<QStringList> &rows,
               double pointSize = 9, double keepWithLastRow = 0);
    /// The same, its rows made one at a time by `rowAt` (a long register).
    void table(const QList<TableColumn> &columns, qsizetype rowCount,
               const std::function<QStringList(qsizetype)> &rowAt, double pointSize,
               double keepWithLastRow);
    /// One block sits on the right; two sit side by side (left, right), their names on one
    /// baseline. Kept on one page.
    void signatures(const QList<SignatureBlock> &blocks);
    void space(double mm);

    /// A closing paragraph and the signatures under it, kept on one page.
    void closing(const QString &text, const QList<SignatureBlock> &blocks);
    /// "Tembusan:" at the left, its lines numbered only when there are several.
    void copies(const QStringList &recipients);
    /// Starts a new page unless `height` still fits, to keep what follows together.
    void keepTogether(double height);
    double paragraphHeight(const TextRuns &runs, double indentMm = 0) const;
    double paragraphHeight(const QString &text) const
    {
        return paragraphHeight(TextRuns{TextRun::words(text)});
    }
    double fieldsHeight(const QList<FieldRow> &rows, double indentMm = 0) const;
    double captionHeight() const;
    /// With the space above the blocks.
    double signaturesHeight(const QList<SignatureBlock> &blocks);
    /// What closing() takes.
    double closingHeight(const QString &text, const QList<SignatureBlock> &blocks);
    double copiesHeight(const QStringList &recipients) const;
    double spaceHeight(double mm) const;

    static constexpr double kBodyPointSize = 11;

private:
    double fieldLabelWidth(const FlowLayout &flow, const QList<FieldRow> &rows) const;
    double valueWidth(const FlowLayout &flow, const QList<FieldRow> &rows, double indentMm) const;
    void drawFieldRow(const FlowLayout &flow, const FieldRow &row, double labelX,
                      double labelWidth);
    double signatureWidth(qsizetype blocks) const;
    double headingHeight(const SignatureBlock &block, double width) const;
    double drawSignature(const SignatureBlock &block, double x, double width, double top,
                         bool paint);
    static QStringList copyLines(const QStringList &recipients);

    PageCanvas &m_canvas;
};

} // namespace kolokasi
