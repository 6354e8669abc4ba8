#pragma once

#include <QList>
#include <QString>

namespace kolokasi {

/// A piece of an inline line of a form: words, a choice box, or dots to fill in by hand.
struct TextRun
{
    enum class Kind { Text, Box, Dots };

    Kind kind = Kind::Text;
    QString text;          // Text: words (wrapped at spaces; "\n" breaks the line)
    bool bold = false;
    bool checked = false;  // Box: the chosen option (marked with X)
    double widthMm = 0;    // Dots: this wide; 0 = to the end of the line

    static TextRun words(const QString &text, bool bold = false) { return {Kind::Text, text, bold, false, 0}; }
    static TextRun box(bool checked) { return {Kind::Box, {}, false, checked, 0}; }
    static TextRun dots(double widthMm = 0) { return {Kind::Dots, {}, false, false, widthMm}; }
    /// The value, or dots to the end of the line when there is none (blank forms).
    static TextRun valueOrDots(const QString &value) { return value.trimmed().isEmpty() ? dots() : words(value); }
    /// The value, or "-" when a filled document has none.
    static TextRun valueOrDash(const QString &value)
    {
        return words(value.trimmed().isEmpty() ? QStringLiteral("-") : value);
    }
};

using TextRuns = QList<TextRun>;

} // namespace kolokasi
