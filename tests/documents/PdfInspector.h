#pragma once

#include <QMarginsF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <utility>

namespace kolokasi::test {

/// Reads a PDF back with poppler-utils (pdftotext, pdfinfo), as a person would read the paper.
class PdfInspector
{
public:
    explicit PdfInspector(const QString &path) : m_path(path) {}

    /// The text laid out as on the page (`pdftotext -layout`).
    QString layoutText() const;
    /// The text with runs of spaces made single, for phrases that wrap or align differently.
    QString plainText() const;
    /// The plain text of one page (from 1).
    QString pageText(int page) const;
    /// Page size in points from `pdfinfo`.
    QSizeF pageSize() const;
    int pageCount() const;
    /// Words whose box is not inside the page minus `marginsMm` (with a small tolerance).
    QStringList wordsOutside(const QMarginsF &marginsMm) const;
    /// Every word with the height of its box in points (the font's size, in proportion).
    QList<std::pair<QString, double>> wordHeights() const;
    /// Empty if every phrase appears after the previous one; else the first missing one.
    static QString firstOutOfOrder(const QString &text, const QStringList &phrases);

private:
    static QString run(const QString &program, const QStringList &arguments);
    QString info(const QString &key) const;

    QString m_path;
};

} // namespace kolokasi::test
