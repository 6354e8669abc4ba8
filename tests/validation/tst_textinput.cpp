// TextInput: the one rule for free text in forms and imports. Bidi overrides and isolates,
// C0/C1 controls and DEL are refused (naming the character); a single-line field also refuses
// line breaks; every field has a stated length limit. Required::text applies it.
#include "validation/Required.h"
#include "validation/TextInput.h"

#include <QtTest>

using namespace kolokasi;

class TestTextInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesWhatWouldGarbleAPrintout_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("multiLine");
        QTest::addColumn<QString>("code");
        const QString ok;
        QTest::newRow("plain") << QStringLiteral("RSUD Arjawinangun") << false << ok;
        QTest::newRow("Indonesian punctuation")
            << QStringLiteral("Jl. Sunan Drajat No. 15, Sumber – Cirebon") << false << ok;
        QTest::newRow("right-to-left override")
            << QStringLiteral("\u202eRSUD Arjawinangun") << false << "invalid_text";
        QTest::newRow("left-to-right embedding")
            << QStringLiteral("a\u202ab") << false << "invalid_text";
        QTest::newRow("first strong isolate")
            << QStringLiteral("a\u2068b\u2069") << true << "invalid_text";
        QTest::newRow("escape sequence")
            << QStringLiteral("srv\x1b[2Jsimpus") << false << "invalid_text";
        QTest::newRow("C1 control") << QStringLiteral("a\u0085b") << true << "invalid_text";
        QTest::newRow("DEL") << QStringLiteral("a\x7f") << false << "invalid_text";
        QTest::newRow("line feed, one line")
            << QStringLiteral("Dinas\nKesehatan") << false << "invalid_text";
        QTest::newRow("carriage return, one line")
            << QStringLiteral("Dinas\rKesehatan") << false << "invalid_text";
        QTest::newRow("carriage return, notes")
            << QStringLiteral("a\r\nb") << true << "invalid_text";
        QTest::newRow("line feed, notes")
            << QStringLiteral("Kapasitas tersedia.\nRak R01.") << true << ok;
        QTest::newRow("line separator") << QStringLiteral("a\u2028b") << false << "invalid_text";
        QTest::newRow("tab") << QStringLiteral("a\tb") << false << "invalid_text";
        QTest::newRow("at the line limit")
            << QString(TextInput::kLineLimit, QLatin1Char('x')) << false << ok;
        QTest::newRow("over the line limit")
            << QString(TextInput::kLineLimit + 1, QLatin1Char('x')) << false << "too_long";
        QTest::newRow("a note over the line limit")
            << QString(TextInput::kLineLimit + 1, QLatin1Char('x')) << true << ok;
    }

    void refusesWhatWouldGarbleAPrintout()
    {
        QFETCH(QString, text);
        QFETCH(bool, multiLine);
        QFETCH(QString, code);
        const auto lines = multiLine ? TextInput::Lines::Multi : TextInput::Lines::Single;
        const Status checked =
            TextInput::check(text, QStringLiteral("name"), QStringLiteral("Unit name"), lines,
                             multiLine ? TextInput::kNoteLimit : TextInput::kLineLimit);
        const Status required =
            Required::text(text, QStringLiteral("name"), QStringLiteral("Unit name"), lines);
        for (const Status &status : {checked, required}) {
            if (code.isEmpty()) {
                QVERIFY2(status.ok(), status.ok() ? "" : qPrintable(status.error().message));
                continue;
            }
            QVERIFY(!status.ok());
            QCOMPARE(status.error().code, code);
            QCOMPARE(status.error().field, QStringLiteral("name"));
            QVERIFY2(status.error().message.contains(QLatin1String("Unit name")),
                     qPrintable(status.error().message));
            if (code == QLatin1String("too_long")) // the limit is stated
                QVERIFY2(status.error().message.contains(QString::number(TextInput::kLineLimit)),
                         qPrintable(status.error().message));
        }
    }

    void namesTheRefusedCharacter()
    {
        const Status refused =
            TextInput::check(QStringLiteral("\u202eABC"), {}, QStringLiteral("Name"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("U+202E")),
                 qPrintable(refused.error().message));
    }
};

QTEST_GUILESS_MAIN(TestTextInput)
#include "tst_textinput.moc"
