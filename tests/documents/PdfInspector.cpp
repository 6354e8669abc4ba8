#include "PdfInspector.h"

#include <QProcess>
#include <QRectF>
#include <QRegularExpression>

namespace kolokasi::test {

namespace {
constexpr double kPointsPerMm = 72.0 / 25.4;
constexpr double kTolerancePt = 0.5;
} // namespace

QString PdfInspector::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QStringLiteral("<%1 failed: %2>")
            .arg(program, QString::fromUtf8(process.readAllStandardError()));
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString PdfInspector::layoutText() const
{
    return run(QStringLiteral("pdftotext"),
               {QStringLiteral("-layout"), m_path, QStringLiteral("-")});
}

QString PdfInspector::plainText() const
{
    // pdftotext sometimes joins a colon and a lone dash
    return layoutText().simplified().replace(QStringLiteral(":-"), QStringLiteral(": -"));
}

QString PdfInspector::pageText(int page) const
{
    const QString number = QString::number(page);
    return run(QStringLiteral("pdftotext"),
               {QStringLiteral("-layout"), QStringLiteral("-f"), number, QStringLiteral("-l"),
                number, m_path, QStringLiteral("-")})
        .simplified()
        .replace(QStringLiteral(":-"), QStringLiteral(": -"));
}

QString PdfInspector::info(const QString &key) const
{
    const QString all = run(QStringLiteral("pdfinfo"), {m_path});
    const QRegularExpression line(
        QStringLiteral("^%1:\\s*(.*)$").arg(QRegularExpression::escape(key)),
        QRegularExpression::MultilineOption);
    return line.match(all).captured(1).trimmed();
}

QSizeF PdfInspector::pageSize() const
{
    const QRegularExpression size(QStringLiteral("([\\d.]+) x ([\\d.]+) pts"));
    const auto match = size.match(info(QStringLiteral("Page size")));
    return match.hasMatch() ? QSizeF(match.captured(1).toDouble(), match.captured(2).toDouble())
                            : QSizeF();
}

int PdfInspector::pageCount() const
{
    return info(QStringLiteral("Pages")).toInt();
}

QStringList PdfInspector::wordsOutside(const QMarginsF &marginsMm) const
{
    const QString xml =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), m_path, QStringLiteral("-")});
    const QRegularExpression page(
        QStringLiteral("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">"));
    const QRegularExpression word(
        QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" "
                       "yMax=\"([\\d.]+)\">([^<]*)</word>"));
    const auto pageMatch = page.match(xml);
    if (!pageMatch.hasMatch())
        return {QStringLiteral("<no page in %1>").arg(m_path)};
    const QRectF allowed(
        QPointF(marginsMm.left() * kPointsPerMm - kTolerancePt,
                marginsMm.top() * kPointsPerMm - kTolerancePt),
        QPointF(pageMatch.captured(1).toDouble() - marginsMm.right() * kPointsPerMm + kTolerancePt,
                pageMatch.captured(2).toDouble() - marginsMm.bottom() * kPointsPerMm +
                    kTolerancePt));
    QStringList outside;
    for (auto it = word.globalMatch(xml); it.hasNext();) {
        const auto m = it.next();
        const QRectF box(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                         QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()));
        if (!allowed.contains(box))
            outside.append(QStringLiteral("%1 at (%2, %3)-(%4, %5)")
                               .arg(m.captured(5))
                               .arg(box.left())
                               .arg(box.top())
                               .arg(box.right())
                               .arg(box.bottom()));
    }
    return outside;
}

QList<std::pair<QString, double>> PdfInspector::wordHeights() const
{
    const QString xml =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), m_path, QStringLiteral("-")});
    const QRegularExpression word(
        QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" "
                       "yMax=\"([\\d.]+)\">([^<]*)</word>"));
    QList<std::pair<QString, double>> words;
    for (auto it = word.globalMatch(xml); it.hasNext();) {
        const auto m = it.next();
        words.append({m.captured(5), m.captured(4).toDouble() - m.captured(2).toDouble()});
    }
    return words;
}

QString PdfInspector::firstOutOfOrder(const QString &text, const QStringList &phrases)
{
    qsizetype from = 0;
    for (const QString &phrase : phrases) {
        const qsizetype at = text.indexOf(phrase, from);
        if (at < 0)
            return phrase;
        from = at + phrase.size();
    }
    return {};
}

} // namespace kolokasi::test
