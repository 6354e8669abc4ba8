// FlowLayout breaks runs into lines: a word longer than the line is cut (after a dot, else a
// hyphen, slash or underscore, else where it must be), never clipped, and in time that grows
// with the word's length: a 100,000-character word without spaces lays out at once.
#include "documents/FlowLayout.h"

#include <QElapsedTimer>
#include <QFont>
#include <QImage>
#include <QPdfWriter>
#include <QtTest>

using namespace kolokasi;

class TestFlowLayout : public QObject
{
    Q_OBJECT

private:
    static QFont bodyFont()
    {
        QFont font(QStringLiteral("Liberation Serif"));
        font.setPointSizeF(12);
        return font;
    }

    // The width of A4 (or F4) between 25 mm and 15 mm margins, in the PDF's device units.
    static double lineWidthOf(const QPaintDevice &device)
    {
        return 170.0 * device.logicalDpiX() / 25.4;
    }

    static QString joined(const QList<FlowLayout::Line> &lines)
    {
        QString text;
        for (const FlowLayout::Line &line : lines)
            for (const FlowLayout::Item &item : line)
                text += item.text;
        return text;
    }

    static qint64 layoutMs(const FlowLayout &flow, const QString &word, double width,
                           QList<FlowLayout::Line> *lines = nullptr)
    {
        QElapsedTimer timer;
        timer.start();
        auto laid = flow.layout({TextRun::words(word)}, width);
        const qint64 ms = timer.elapsed();
        if (lines)
            *lines = std::move(laid);
        return ms;
    }

private slots:
    void aLongWordIsCutIntoLinesThatFitAndKeepEveryCharacter()
    {
        QPdfWriter pdf(QDir::temp().filePath(QStringLiteral("tst_flowlayout.pdf")));
        const FlowLayout flow(pdf, bodyFont());
        const double width = lineWidthOf(pdf);
        const QString word = QStringLiteral("abcdefghij").repeated(100);
        const auto lines = flow.layout({TextRun::words(word)}, width);
        QVERIFY(lines.size() > 3);
        QCOMPARE(joined(lines), word);
        for (const FlowLayout::Line &line : lines) {
            QCOMPARE(line.size(), 1);
            QVERIFY2(FlowLayout::lineWidth(line) <= width + 0.01, qPrintable(line.first().text));
        }
        // Every line but the last is full: no more than one character's room is left.
        for (qsizetype i = 0; i + 1 < lines.size(); ++i)
            QVERIFY(FlowLayout::lineWidth(lines.at(i)) >
                    width - 2 * flow.textWidth(QStringLiteral("m")));
    }

    void aLongDomainIsCutAfterADotAndAServerNameAfterAHyphen()
    {
        QPdfWriter pdf(QDir::temp().filePath(QStringLiteral("tst_flowlayout.pdf")));
        const FlowLayout flow(pdf, bodyFont());
        const QString domain = QStringLiteral("kec-sumber.cirebonkab.go.id");
        const double width = flow.textWidth(QStringLiteral("kec-sumber.cirebonkab.g"));
        auto lines = flow.layout({TextRun::words(domain)}, width);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).first().text, QStringLiteral("kec-sumber.cirebonkab."));
        QCOMPARE(lines.at(1).first().text, QStringLiteral("go.id"));

        const QString server = QStringLiteral("srv-simrs-arjawinangun");
        lines =
            flow.layout({TextRun::words(server)}, flow.textWidth(QStringLiteral("srv-simrs-arja")));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).first().text, QStringLiteral("srv-simrs-"));
        QCOMPARE(lines.at(1).first().text, QStringLiteral("arjawinangun"));
    }

    void wordsThatFitAreNeverCut()
    {
        QImage image(100, 100, QImage::Format_RGB32);
        const FlowLayout flow(image, bodyFont());
        const auto lines =
            flow.layout({TextRun::words(QStringLiteral("Sumber, 3 Februari 2026"))}, 10000);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().first().text, QStringLiteral("Sumber, 3 Februari 2026"));
    }

    // Issue 17 point 11: a paragraph does not end on a lone word; the line before gives its
    // last word, and the paragraph takes no more lines for it.
    void aParagraphDoesNotEndOnALoneWord()
    {
        QImage image(100, 100, QImage::Format_RGB32);
        const FlowLayout flow(image, bodyFont());
        const QString text =
            QStringLiteral("Demikian pemberitahuan ini kami sampaikan atas "
                           "perhatian dan kerja samanya kami ucapkan terima kasih");
        // A width at which the last word stands alone without the rule.
        const double words = flow.textWidth(text.left(text.lastIndexOf(QLatin1Char(' '))));
        const double width = words + flow.textWidth(QStringLiteral(" ")) * 0.5;
        const auto lines = flow.layout({TextRun::words(text)}, width);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.last().size(), 1);
        QCOMPARE(lines.last().first().text, QStringLiteral("terima kasih"));
        for (const FlowLayout::Line &line : lines)
            QVERIFY(FlowLayout::lineWidth(line) <= width);
        // A line break the text asks for, or a cut word's rest, is left as it is.
        const auto asked = flow.layout({TextRun::words(QStringLiteral("Kepada\nYth."))}, width);
        QCOMPARE(asked.size(), 2);
        QCOMPARE(asked.last().first().text, QStringLiteral("Yth."));
    }

    // Issue 24 point 6: 5,000 characters without a space took 17 s, 7,000 more than a minute.
    // Now the time is linear in the length: ten times the word takes about ten times as long
    // (a quadratic cut would take a hundred times), and 100,000 characters well under a second.
    void aHundredThousandCharacterWordLaysOutInLinearTime()
    {
        QPdfWriter pdf(QDir::temp().filePath(QStringLiteral("tst_flowlayout.pdf")));
        const FlowLayout flow(pdf, bodyFont());
        const double width = lineWidthOf(pdf);
        const QString unit = QStringLiteral("SRV-KESBANGPOL1420901x");
        const QString small = unit.repeated(10'000 / unit.size());
        const QString large = unit.repeated(100'000 / unit.size() + 1).left(100'000);
        (void)layoutMs(flow, small, width); // fonts loaded, caches warm
        const qint64 smallMs = std::max<qint64>(1, layoutMs(flow, small.toLower(), width));
        QList<FlowLayout::Line> lines;
        const qint64 largeMs = layoutMs(flow, large, width, &lines);
        qInfo("10,000 characters: %lld ms; 100,000 characters: %lld ms, %lld lines", smallMs,
              largeMs, static_cast<long long>(lines.size()));
        QCOMPARE(joined(lines), large);
        for (const FlowLayout::Line &line : lines)
            QVERIFY(FlowLayout::lineWidth(line) <= width + 0.01);
        QVERIFY2(largeMs < 1000, qPrintable(QStringLiteral("%1 ms").arg(largeMs)));
        QVERIFY2(largeMs <= 30 * smallMs + 100,
                 qPrintable(QStringLiteral("%1 ms against %2 ms").arg(largeMs).arg(smallMs)));
    }
};

QTEST_MAIN(TestFlowLayout)
#include "tst_flowlayout.moc"
