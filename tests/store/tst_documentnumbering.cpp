// Document numbers on both engines: patterns, per-type per-year sequences, the same number on
// every reprint, and no number issued twice when two connections allocate at the same time.
#include "Concurrently.h"
#include "ResultAssertions.h"
#include "TestDatabase.h"
#include "TestEnvironment.h"
#include "store/DocumentNumbering.h"
#include "store/Query.h"
#include "store/RequestRepository.h"
#include "services/SettingsService.h"
#include "store/UnitRepository.h"

#include <QSet>
#include <QtTest>

using namespace kolokasi;

class TestDocumentNumbering : public QObject
{
    Q_OBJECT

private:
    test::PerTestDatabase m_database;
    const QDate m_today{2026, 11, 25};

    qint64 makeRequest()
    {
        static int count = 0;
        const auto unit = UnitRepository(m_database.db()).create({0, QStringLiteral("Unit %1").arg(++count), {}, {}, {}, {}, 0});
        Request request;
        request.unitId = unit->id;
        request.subject = QStringLiteral("Permohonan co-location");
        return RequestRepository(m_database.db()).create(request)->id;
    }

private Q_SLOTS:
    void initTestCase() { test::prepareTestEnvironment(); }

    void init() { KOLOKASI_VERIFY_OK(m_database.start()); }
    void cleanup() { m_database.stop(); }

    void patternsAreFilledIn_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("number");
        QTest::newRow("domain example") << QStringLiteral("050/{seq:4}/Aptika/{year}") << QStringLiteral("050/0012/Aptika/2026");
        QTest::newRow("unpadded") << QStringLiteral("{seq}/{code}/{year}") << QStringLiteral("12/PSJ/2026");
        QTest::newRow("months") << QStringLiteral("050/{seq:3}/{roman_month}/{month}/{year}") << QStringLiteral("050/012/XI/11/2026");
    }

    void patternsAreFilledIn()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, number);
        QCOMPARE(DocumentNumbering::applyPattern(pattern, 12, m_today, DocumentNumbering::codeOf(QStringLiteral("persetujuan"))),
                 number);
    }

    void aPatternNeedsSequenceAndYear()
    {
        QVERIFY(DocumentNumbering::validatePattern(QStringLiteral("050/{seq:4}/Aptika/{year}")).ok());
        QCOMPARE(DocumentNumbering::validatePattern(QStringLiteral("050/{seq:4}/Aptika")).error().code, QStringLiteral("pattern_invalid"));
        QCOMPARE(DocumentNumbering::validatePattern(QStringLiteral("050/Aptika/{year}")).error().code, QStringLiteral("pattern_invalid"));
    }

    void aReprintKeepsItsNumber()
    {
        const qint64 request = makeRequest();
        DocumentNumbering numbering(m_database.db());
        const auto first = numbering.issueForRequest(QStringLiteral("persetujuan"), request, m_today);
        KOLOKASI_VERIFY_OK(first);
        QCOMPARE(first->number, QStringLiteral("050/0001/PSJ/Aptika/2026"));
        const auto again = numbering.issueForRequest(QStringLiteral("persetujuan"), request, m_today.addDays(3));
        KOLOKASI_VERIFY_OK(again);
        QCOMPARE(again->number, first->number);
        QCOMPARE(Query(m_database.db(), QStringLiteral("SELECT COUNT(*) FROM request_events WHERE action = 'document'")).scalar()->toInt(), 1);
    }

    void sequencesArePerTypeAndPerYear()
    {
        KOLOKASI_VERIFY_OK(SettingsService(m_database.db()).setValue(QStringLiteral("numbering/pengajuan"), QStringLiteral("{seq:4}/PENG/{year}")));
        DocumentNumbering numbering(m_database.db());
        const qint64 a = makeRequest(), b = makeRequest();
        QCOMPARE(numbering.issueForRequest(QStringLiteral("pengajuan"), a, m_today)->number, QStringLiteral("0001/PENG/2026"));
        QCOMPARE(numbering.issueForRequest(QStringLiteral("pengajuan"), b, m_today)->number, QStringLiteral("0002/PENG/2026"));
        QCOMPARE(numbering.issueForRequest(QStringLiteral("persetujuan"), a, m_today)->number, QStringLiteral("050/0001/PSJ/Aptika/2026"));
        QCOMPARE(numbering.issue(QStringLiteral("pengajuan"), QDate(2027, 1, 2))->number, QStringLiteral("0001/PENG/2027"));
    }

    void aNumberIsNeverIssuedTwiceEvenWhenPatternsClash()
    {
        // GIVEN two types sharing one pattern without {code}
        SettingsService settings(m_database.db());
        KOLOKASI_VERIFY_OK(settings.setValue(QStringLiteral("numbering/register"), QStringLiteral("050/{seq:4}/Aptika/{year}")));
        KOLOKASI_VERIFY_OK(settings.setValue(QStringLiteral("numbering/rak"), QStringLiteral("050/{seq:4}/Aptika/{year}")));
        DocumentNumbering numbering(m_database.db());
        // WHEN both sequences reach 1
        const auto first = numbering.issue(QStringLiteral("register"), m_today);
        const auto second = numbering.issue(QStringLiteral("rak"), m_today);
        // THEN the second skips to a number nobody has
        KOLOKASI_VERIFY_OK(first);
        KOLOKASI_VERIFY_OK(second);
        QCOMPARE(first->number, QStringLiteral("050/0001/Aptika/2026"));
        QCOMPARE(second->number, QStringLiteral("050/0002/Aptika/2026"));
    }

    void anUnknownRequestIsRefused()
    {
        const auto refused = DocumentNumbering(m_database.db()).issueForRequest(QStringLiteral("pengajuan"), 4242, m_today);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("not_found"));
        QCOMPARE(Query(m_database.db(), QStringLiteral("SELECT COUNT(*) FROM documents")).scalar()->toInt(), 0);
    }

    void twoConnectionsNeverGetTheSameNumber()
    {
        // Each thread opens its own connection (a connection belongs to its thread).
        constexpr int kPerThread = 25;
        const DatabaseLocation location = m_database.fixture().location();
        QStringList numbers[2];
        const QStringList failures = test::runTogether([&](int index) -> QString {
            auto db = Database::open(location, Database::OpenMode::ExistingOnly);
            if (!db.ok())
                return db.error().message;
            DocumentNumbering numbering(*db.value());
            for (int i = 0; i < kPerThread; ++i) {
                auto issued = numbering.issue(QStringLiteral("register"), QDate(2026, 11, 25));
                if (!issued.ok())
                    return issued.error().message;
                numbers[index] << issued->number;
            }
            return {};
        });
        QCOMPARE(failures, QStringList({QString(), QString()}));
        const QStringList all = numbers[0] + numbers[1];
        QCOMPARE(all.size(), 2 * kPerThread);
        QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), 2 * kPerThread);
        QCOMPARE(Query(m_database.db(), QStringLiteral("SELECT MAX(last_value) FROM document_sequences")).scalar()->toInt(), 2 * kPerThread);
    }
};

QTEST_GUILESS_MAIN(TestDocumentNumbering)
#include "tst_documentnumbering.moc"
