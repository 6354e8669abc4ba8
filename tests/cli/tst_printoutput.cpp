// `kolokasi print --output` never destroys a file: not the database, not an earlier PDF; and
// what it writes is private to its owner (issue 7, points 1 and 2).
#include "KolokasiProcess.h"
#include "RequestFixture.h"
#include "ResultAssertions.h"
#include "TestEnvironment.h"
#include "store/Database.h"

#include <QTimeZone>
#include <QtTest>

using namespace kolokasi;

namespace {
QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("missing");
}
} // namespace

class TestPrintOutput : public QObject
{
    Q_OBJECT

private:
    test::KolokasiProcess m_kolokasi{QStringLiteral(KOLOKASI_EXECUTABLE)};
    QString m_database;
    qint64 m_request = 0;

    test::ProcessRun print(const QStringList &arguments)
    {
        return m_kolokasi.run(
            QStringList{QStringLiteral("--database"), m_database, QStringLiteral("print")} +
            arguments);
    }

    QString home(const QString &name) const { return m_kolokasi.homePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareTestEnvironment();
        m_database = home(QStringLiteral("c.sqlite"));
        const FixedClock clock(QDateTime(QDate(2026, 11, 25), QTime(4, 0), QTimeZone::utc()));
        auto db = Database::open(DatabaseLocation::sqlite(m_database),
                                 Database::OpenMode::CreateIfMissing, clock);
        KOLOKASI_VERIFY_OK(db);
        KOLOKASI_VERIFY_OK(test::RequestFixture::createAgency(*db.value()));
        auto request = test::RequestFixture(*db.value()).upToStep(5).create();
        KOLOKASI_VERIFY_OK(request);
        m_request = *request;
    }

    void neverWritesOverTheDatabase_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("register over the database") << QStringList{QStringLiteral("register")};
        QTest::newRow("failing print over the database") << QStringList{
            QStringLiteral("pengajuan"), QStringLiteral("--request"), QStringLiteral("999")};
        QTest::newRow("form over the database") << QStringList{
            QStringLiteral("pengajuan"), QStringLiteral("--request"), QString::number(m_request)};
    }

    void neverWritesOverTheDatabase()
    {
        QFETCH(QStringList, arguments);
        const QByteArray before = contentOf(m_database);
        const test::ProcessRun run = print(arguments << QStringLiteral("--output") << m_database);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("is a database")) && run.err.contains(m_database),
                 qPrintable(run.err));
        QCOMPARE(contentOf(m_database), before);
        auto db =
            Database::open(DatabaseLocation::sqlite(m_database), Database::OpenMode::ReadOnly);
        KOLOKASI_VERIFY_OK(db);
    }

    void aFailedReprintKeepsTheEarlierPdf()
    {
        const QString pdf = home(QStringLiteral("pengajuan.pdf"));
        const test::ProcessRun first =
            print({QStringLiteral("pengajuan"), QStringLiteral("--request"),
                   QString::number(m_request), QStringLiteral("--output"), pdf});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const QByteArray earlier = contentOf(pdf);
        QVERIFY(earlier.startsWith("%PDF"));

        const test::ProcessRun failed =
            print({QStringLiteral("pengajuan"), QStringLiteral("--request"), QStringLiteral("999"),
                   QStringLiteral("--output"), pdf});
        QCOMPARE(failed.exitCode, 1);
        QCOMPARE(contentOf(pdf), earlier);
    }

    void writesPdfsOnlyItsOwnerMayRead()
    {
        // GIVEN an earlier world-readable file at the path (the persetujuan carries a password)
        const QString pdf = home(QStringLiteral("persetujuan.pdf"));
        QFile earlier(pdf);
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        earlier.write("old");
        earlier.close();
        QVERIFY(earlier.setPermissions(earlier.permissions() | QFileDevice::ReadOther |
                                       QFileDevice::ReadGroup));

        const test::ProcessRun run = m_kolokasi.run(
            {QStringLiteral("--database"), m_database, QStringLiteral("print"),
             QStringLiteral("persetujuan"), QStringLiteral("--request"), QString::number(m_request),
             QStringLiteral("--admin-password-stdin"), QStringLiteral("--output"), pdf},
            "rahasia\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(contentOf(pdf).startsWith("%PDF"));
        QCOMPARE(QFileInfo(pdf).permissions(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                   QFileDevice::ReadUser | QFileDevice::WriteUser);
    }
};

QTEST_GUILESS_MAIN(TestPrintOutput)
#include "tst_printoutput.moc"
