// `kolokasi print` as users script it: the built executable against an SQLite file filled
// by RequestFixture. Exit status and message for every refusal, PDFs for the documents.
#include "PdfInspector.h"
#include "RequestFixture.h"
#include "ResultAssertions.h"
#include "KolokasiProcess.h"
#include "TestEnvironment.h"
#include "register/ReviewProcess.h"
#include "store/Database.h"

#include <QTimeZone>
#include <QtTest>

using namespace kolokasi;
using test::PdfInspector;
using test::RequestFixture;

class TestPrintCommand : public QObject
{
    Q_OBJECT

private:
    test::KolokasiProcess m_kolokasi{QStringLiteral(KOLOKASI_EXECUTABLE)};
    QString m_database;
    qint64 m_approved = 0;  // reached step 5
    qint64 m_completed = 0; // reached step 9
    qint64 m_review = 0;    // its asset found not matching

    test::ProcessRun print(const QStringList &arguments, const QByteArray &input = {}, bool withDatabase = true)
    {
        QStringList all;
        if (withDatabase)
            all << QStringLiteral("--database") << m_database;
        return m_kolokasi.run(all << QStringLiteral("print") << arguments, input);
    }

    QString out(const QString &name) const { return m_kolokasi.homePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareTestEnvironment();
        m_database = m_kolokasi.homePath(QStringLiteral("dc.sqlite"));
        const FixedClock clock(QDateTime(QDate(2026, 11, 25), QTime(4, 0), QTimeZone::utc()));
        auto db = Database::open(DatabaseLocation::sqlite(m_database),
                                 Database::OpenMode::CreateIfMissing, clock);
        KOLOKASI_VERIFY_OK(db);
        db.value()->setActor(QStringLiteral("admin"));
        KOLOKASI_VERIFY_OK(RequestFixture::createAgency(*db.value()));
        auto approved = RequestFixture(*db.value()).upToStep(5).create();
        auto completed = RequestFixture(*db.value()).tag(2).upToStep(9).create();
        KOLOKASI_VERIFY_OK(approved);
        KOLOKASI_VERIFY_OK(completed);
        m_approved = *approved;
        m_completed = *completed;
        ReviewProcess review(*db.value());
        auto started = review.start(clock.today(), QStringLiteral("Budi Santoso"));
        KOLOKASI_VERIFY_OK(started);
        auto progress = review.progress(started->id);
        KOLOKASI_VERIFY_OK(progress);
        KOLOKASI_VERIFY_OK(review.mark(started->id, progress->lines.first().entry.asset.id,
                                       ReviewFinding::DoesNotMatch,
                                       QStringLiteral("Ditemukan di rak R02"), 0));
        m_review = started->id;
    }

    void printsTheReviewReport()
    {
        const QString file = out(QStringLiteral("peninjauan.pdf"));
        const test::ProcessRun run =
            print({QStringLiteral("peninjauan"), QStringLiteral("--review"),
                   QString::number(m_review), QStringLiteral("--paper"), QStringLiteral("A4"),
                   QStringLiteral("--output"), file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("Printed peninjauan number")),
                 qPrintable(run.out));
        const PdfInspector pdf(file);
        QVERIFY(pdf.pageSize().width() > pdf.pageSize().height());
        const QString text = pdf.plainText();
        QVERIFY(text.contains(QLatin1String("LAPORAN PENINJAUAN ASET REGISTER SERVER")));
        QVERIFY(text.contains(QLatin1String("Ditemukan di rak R02")));
        QVERIFY(text.contains(QLatin1String("Tidak sesuai : 1 aset")));
    }

    void printsADocumentOfARequestToPdf()
    {
        const test::ProcessRun run = print({QStringLiteral("serah-terima"), QStringLiteral("--request"), QString::number(m_completed),
                               QStringLiteral("--paper"), QStringLiteral("F4"), QStringLiteral("--output"), out(QStringLiteral("bast.pdf"))});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("Printed serah-terima number")), qPrintable(run.out + run.err));
        const PdfInspector pdf(out(QStringLiteral("bast.pdf")));
        QVERIFY(qAbs(pdf.pageSize().height() - 935.43) < 1);
        QVERIFY(pdf.plainText().contains(QLatin1String("Pada hari ini, Rabu tanggal dua puluh lima")));
    }

    void printsTheTypedPasswordOnTheApproval()
    {
        const test::ProcessRun run = print({QStringLiteral("persetujuan"), QStringLiteral("--request"), QString::number(m_approved),
                               QStringLiteral("--admin-password-stdin"), QStringLiteral("--output"), out(QStringLiteral("psj.pdf"))},
                              "Sandi-123\n");
        QCOMPARE(run.exitCode, 0);
        QVERIFY(PdfInspector(out(QStringLiteral("psj.pdf"))).plainText().contains(QLatin1String("Password : Sandi-123")));
    }

    void printsListsAndBlankForms_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("withDatabase");
        QTest::addColumn<QString>("expected");
        QTest::newRow("register") << QStringList{QStringLiteral("register"), QStringLiteral("--status"), QStringLiteral("active")}
                                  << true << QStringLiteral("ASET REGISTER");
        QTest::newRow("rak of a noc") << QStringList{QStringLiteral("rak"), QStringLiteral("--noc"), RequestFixture::kNoc}
                                      << true << QStringLiteral("Rak R01");
        QTest::newRow("one rak") << QStringList{QStringLiteral("rak"), QStringLiteral("--rack"), RequestFixture::kRack}
                                 << true << QStringLiteral("Rak R01");
        QTest::newRow("blank form") << QStringList{QStringLiteral("pencabutan"), QStringLiteral("--blank")} << true
                                    << QStringLiteral("PEMERINTAH KABUPATEN CIREBON");
        QTest::newRow("blank form, default database") << QStringList{QStringLiteral("pengajuan"), QStringLiteral("--blank")}
                                                      << false << QStringLiteral("FORM. PENGAJUAN");
    }

    void printsListsAndBlankForms()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, withDatabase);
        QFETCH(QString, expected);
        const QString file = out(QStringLiteral("%1.pdf").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'))));
        const test::ProcessRun run = print(arguments << QStringLiteral("--output") << file, {}, withDatabase);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(PdfInspector(file).plainText().contains(expected));
        // Printing a blank form made no database in the user's data folder.
        QVERIFY(!QFile::exists(m_kolokasi.homePath(QStringLiteral("data/kolokasi/kolokasi.sqlite"))));
    }

    // The workflow's own demo data (written through its API) prints without a refusal.
    void printsEveryDocumentOfTheDemoRequest()
    {
        const QString demo = m_kolokasi.homePath(QStringLiteral("demo.sqlite"));
        const test::ProcessRun filled = m_kolokasi.run({QStringLiteral("--database"), demo, QStringLiteral("demo")});
        QVERIFY2(filled.exitCode == 0, qPrintable(filled.err));
        const QString saved = m_database;
        m_database = demo;
        for (const QString &name : {QStringLiteral("kapasitas"), QStringLiteral("pengajuan"), QStringLiteral("persetujuan"),
                                    QStringLiteral("pemberitahuan"), QStringLiteral("serah-terima"),
                                    QStringLiteral("laporan-selesai")}) {
            const QString file = out(QStringLiteral("demo-%1.pdf").arg(name));
            const test::ProcessRun run = print({name, QStringLiteral("--request"), QStringLiteral("1"), QStringLiteral("--output"), file});
            QVERIFY2(run.exitCode == 0, qPrintable(name + QLatin1String(": ") + run.err));
            QVERIFY(PdfInspector(file).plainText().contains(QLatin1String("Nomor")));
        }
        const test::ProcessRun list = print({QStringLiteral("register"), QStringLiteral("--output"), out(QStringLiteral("demo-register.pdf"))});
        m_database = saved;
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    }

    void refuses_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString pdf = m_kolokasi.homePath(QStringLiteral("refused.pdf"));
        QTest::newRow("unknown request") << QStringList{QStringLiteral("pengajuan"), QStringLiteral("--request"), QStringLiteral("999"),
                                                        QStringLiteral("--output"), pdf}
                                         << 1 << QStringLiteral("999");
        QTest::newRow("not reached") << QStringList{QStringLiteral("serah-terima"), QStringLiteral("--request"), QString::number(m_approved),
                                                    QStringLiteral("--output"), pdf}
                                     << 1 << QStringLiteral("has not been handed over");
        QTest::newRow("unknown document") << QStringList{QStringLiteral("kwitansi"), QStringLiteral("--output"), pdf} << 2
                                          << QStringLiteral("Unknown document: kwitansi");
        QTest::newRow("unwritable output")
            << QStringList{QStringLiteral("pengajuan"), QStringLiteral("--request"),
                           QString::number(m_approved), QStringLiteral("--output"),
                           QStringLiteral("/nonexistent/folder/x.pdf")}
            << 1 << QStringLiteral("/nonexistent/folder does not exist");
        QTest::newRow("bad paper") << QStringList{QStringLiteral("pengajuan"), QStringLiteral("--request"), QString::number(m_approved),
                                                  QStringLiteral("--paper"), QStringLiteral("Letter"), QStringLiteral("--output"), pdf}
                                   << 2 << QStringLiteral("Unknown paper size Letter");
        QTest::newRow("no request") << QStringList{QStringLiteral("pengajuan"), QStringLiteral("--output"), pdf} << 2
                                    << QStringLiteral("--request");
        QTest::newRow("blank report") << QStringList{QStringLiteral("kapasitas"), QStringLiteral("--blank"), QStringLiteral("--output"), pdf}
                                      << 2 << QStringLiteral("blank version");
        QTest::newRow("bad status") << QStringList{QStringLiteral("register"), QStringLiteral("--status"), QStringLiteral("gone"),
                                                   QStringLiteral("--output"), pdf}
                                    << 2 << QStringLiteral("Unknown status gone");
        QTest::newRow("unknown noc") << QStringList{QStringLiteral("rak"), QStringLiteral("--noc"), QStringLiteral("NOC X"),
                                                    QStringLiteral("--output"), pdf}
                                     << 1 << QStringLiteral("NOC X");
        QTest::newRow("no review") << QStringList{QStringLiteral("peninjauan"), QStringLiteral("--output"), pdf}
                                   << 2 << QStringLiteral("--review");
        QTest::newRow("unknown review") << QStringList{QStringLiteral("peninjauan"), QStringLiteral("--review"),
                                                       QStringLiteral("999"), QStringLiteral("--output"), pdf}
                                        << 1 << QStringLiteral("no review number 999");
        QTest::newRow("no printer") << QStringList{QStringLiteral("pengajuan"), QStringLiteral("--request"), QString::number(m_approved)}
                                    << 1 << QStringLiteral("no default printer");
    }

    void refuses()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const test::ProcessRun run = print(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!QFile::exists(m_kolokasi.homePath(QStringLiteral("refused.pdf"))));
    }
};

QTEST_GUILESS_MAIN(TestPrintCommand)
#include "tst_printcommand.moc"
