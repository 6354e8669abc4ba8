#include "TestEnvironment.h"
#include "domain/Unit.h"
#include "domain/UnitHeadTitle.h"

#include <QtTest>

using namespace kolokasi;

class TestUnitHeadTitle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareTestEnvironment(); }

    void defaultFollowsTheKindOfUnit_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("head");
        QTest::newRow("kecamatan")
            << QStringLiteral("Kecamatan Sumber") << QStringLiteral("Camat Sumber");
        QTest::newRow("kecamatan, short")
            << QStringLiteral("Kec. Plumbon") << QStringLiteral("Camat Plumbon");
        QTest::newRow("kecamatan, upper case")
            << QStringLiteral("KECAMATAN WERU") << QStringLiteral("Camat WERU");
        QTest::newRow("kelurahan")
            << QStringLiteral("Kelurahan Tukmudal") << QStringLiteral("Lurah Tukmudal");
        QTest::newRow("RSUD") << QStringLiteral("RSUD Arjawinangun")
                              << QStringLiteral("Direktur RSUD Arjawinangun");
        QTest::newRow("rumah sakit") << QStringLiteral("Rumah Sakit Umum Daerah Waled")
                                     << QStringLiteral("Direktur Rumah Sakit Umum Daerah Waled");
        QTest::newRow("sekretariat daerah")
            << QStringLiteral("Sekretariat Daerah") << QStringLiteral("Sekretaris Daerah");
        QTest::newRow("sekretariat daerah of a region")
            << QStringLiteral("Sekretariat Daerah Kabupaten Cirebon")
            << QStringLiteral("Sekretaris Daerah Kabupaten Cirebon");
        QTest::newRow("sekretariat DPRD")
            << QStringLiteral("Sekretariat DPRD") << QStringLiteral("Sekretaris DPRD");
        QTest::newRow("setda") << QStringLiteral("Setda") << QStringLiteral("Sekretaris Daerah");
        QTest::newRow("inspektorat")
            << QStringLiteral("Inspektorat Daerah") << QStringLiteral("Inspektur Daerah");
        QTest::newRow("inspektorat alone")
            << QStringLiteral("Inspektorat") << QStringLiteral("Inspektur");
        QTest::newRow("dinas") << QStringLiteral("Dinas Kesehatan")
                               << QStringLiteral("Kepala Dinas Kesehatan");
        QTest::newRow("badan") << QStringLiteral("Badan Pendapatan Daerah")
                               << QStringLiteral("Kepala Badan Pendapatan Daerah");
        QTest::newRow("other") << QStringLiteral("Satuan Polisi Pamong Praja")
                               << QStringLiteral("Kepala Satuan Polisi Pamong Praja");
        QTest::newRow("a word that only starts alike")
            << QStringLiteral("Kecamatanku") << QStringLiteral("Kepala Kecamatanku");
        QTest::newRow("spaces") << QStringLiteral("  Kecamatan   Sumber ")
                                << QStringLiteral("Camat Sumber");
        QTest::newRow("empty") << QString() << QString();
    }

    void defaultFollowsTheKindOfUnit()
    {
        QFETCH(QString, unit);
        QFETCH(QString, head);
        QCOMPARE(UnitHeadTitle::defaultFor(unit), head);
    }

    void aStoredTitleWins()
    {
        Unit unit;
        unit.name = QStringLiteral("Dinas Kesehatan");
        QCOMPARE(UnitHeadTitle::of(unit), QStringLiteral("Kepala Dinas Kesehatan"));
        unit.headTitle = QStringLiteral("  Plt. Kepala Dinas Kesehatan ");
        QCOMPARE(UnitHeadTitle::of(unit), QStringLiteral("Plt. Kepala Dinas Kesehatan"));
    }
};

QTEST_GUILESS_MAIN(TestUnitHeadTitle)
#include "tst_unitheadtitle.moc"
