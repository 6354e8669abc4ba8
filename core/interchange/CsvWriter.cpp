#include "CsvWriter.h"

namespace kolokasi {

QByteArray CsvWriter::write(const QStringList &header, const QList<QStringList> &rows,
                            QChar separator)
{
    QString text;
    auto line = [&](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                text += separator;
            text += field(cells.at(i), separator);
        }
        text += QLatin1String("\r\n");
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

QString CsvWriter::neutralized(const QString &text)
{
    static const QString kFormulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && kFormulaStarts.contains(text.front()))
        return QLatin1Char('\'') + text;
    return text;
}

QString CsvWriter::field(const QString &cell, QChar separator)
{
    const QString text = neutralized(cell);
    const bool needsQuotes = text.contains(separator) || text.contains(QLatin1Char('"')) ||
                             text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) ||
                             text != text.trimmed();
    if (!needsQuotes)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace kolokasi
