// Editing settings from the window on both engines: a second admin's newer change is refused
// as stale (agency profile, signatories, numbering patterns), the logo round trip, holiday
// lists imported all or nothing, working days, and a pattern change that keeps the sequence.
#include "ResultAssertions.h"
#include "TestDatabase.h"
#include "TestEnvironment.h"
#include "calendar/WorkingCalendar.h"
#include "documents/LogoImage.h"
#include "interchange/HolidayList.h"
#include "store/ConnectionTest.h"
#include "store/DocumentNumbering.h"
#include "services/SettingsService.h"

#include <QBuffer>
#include <QImage>
#include <QtTest>

using namespace kolokasi;

class TestSettingsEdits : public QObject
{
    Q_OBJECT

private:
    test::PerTestDatabase m_database;

    static AgencyProfile cirebon()
    {
        AgencyProfile profile;
        profile.governmentName = QStringLiteral("PEMERINTAH KABUPATEN CIREBON");
        profile.officeName = QStringLiteral("DINAS KOMUNIKASI DAN INFORMATIKA");
        profile.place = QStringLiteral("Sumber");
        return profile;
    }

    static QByteArray pngOfSize(int width, int height)
    {
        QImage image(width, height, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    }

private Q_SLOTS:
    void initTestCase() { test::prepareTestEnvironment(); }

    void init() { KOLOKASI_VERIFY_OK(m_database.start()); }
    void cleanup() { m_database.stop(); }

    void aProfileEditIsSavedWithTheVersionsItWasReadWith()
    {
        SettingsService settings(m_database.db());
        SettingRows read;
        KOLOKASI_VERIFY_OK(settings.agencyProfile(read));
        KOLOKASI_VERIFY_OK(settings.saveAgencyProfile(cirebon(), read));
        AgencyProfile edited = *settings.agencyProfile(read);
        edited.address = QStringLiteral("Jln. Sunan Drajat No.15");
        KOLOKASI_VERIFY_OK(settings.saveAgencyProfile(edited, read));
        QCOMPARE(settings.agencyProfile()->address, edited.address);
        QCOMPARE(settings.agencyProfile()->place, QStringLiteral("Sumber"));
    }

    void aSecondAdminsNewerProfileIsNeverOverwritten()
    {
        // GIVEN both admins read the profile
        SettingsService mine(m_database.db());
        KOLOKASI_VERIFY_OK(mine.saveAgencyProfile(cirebon()));
        SettingRows myRead;
        AgencyProfile myEdit = *mine.agencyProfile(myRead);
        auto other = m_database.fixture().open();
        KOLOKASI_VERIFY_OK(other);
        SettingsService theirs(**other);
        SettingRows theirRead;
        AgencyProfile theirEdit = *theirs.agencyProfile(theirRead);
        // WHEN the other admin saves first, then I save
        theirEdit.phone = QStringLiteral("(0231) 8330580");
        KOLOKASI_VERIFY_OK(theirs.saveAgencyProfile(theirEdit, theirRead));
        myEdit.address = QStringLiteral("Jln. Sunan Drajat No.15");
        const Status refused = mine.saveAgencyProfile(myEdit, myRead);
        // THEN mine is refused as stale and theirs stands, nothing of mine half-saved
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("stale"));
        QCOMPARE(mine.agencyProfile()->phone, theirEdit.phone);
        QCOMPARE(mine.agencyProfile()->address, QString());
    }

    void aSecondAdminsNewerSignatoryIsNeverOverwritten()
    {
        SettingsService mine(m_database.db());
        Signatory head{Signatory::kHeadOfDivision, QStringLiteral("IRFAN ALFIANSYAH, ST"),
                       QStringLiteral("197503142000031002"),
                       QStringLiteral("Kepala Bidang Teknologi Informatika")};
        KOLOKASI_VERIFY_OK(mine.editSignatory(head)); // a new role: created
        Signatory myEdit = *mine.signatory(Signatory::kHeadOfDivision);
        QVERIFY(myEdit.rowVersion > 0);
        auto other = m_database.fixture().open();
        KOLOKASI_VERIFY_OK(other);
        Signatory theirEdit = *SettingsService(**other).signatory(Signatory::kHeadOfDivision);
        theirEdit.acting = QStringLiteral("Plt.");
        KOLOKASI_VERIFY_OK(SettingsService(**other).editSignatory(theirEdit));
        myEdit.rank = QStringLiteral("Pembina (IV/a)");
        const Status refused = mine.editSignatory(myEdit);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("stale"));
        QCOMPARE(mine.signatory(Signatory::kHeadOfDivision)->acting, QStringLiteral("Plt."));
        QCOMPARE(mine.signatory(Signatory::kHeadOfDivision)->rank, QString());
        // Creating a role someone else created meanwhile is refused too.
        QCOMPARE(mine.editSignatory(head).error().code, QStringLiteral("stale"));
    }

    void theLogoIsStoredAsPngAndReadBackByEveryConnection()
    {
        auto logo = LogoImage::fromData(pngOfSize(300, 400), QStringLiteral("lambang.png"));
        KOLOKASI_VERIFY_OK(logo);
        AgencyProfile profile = cirebon();
        profile.logoPng = *logo;
        SettingRows read;
        KOLOKASI_VERIFY_OK(SettingsService(m_database.db()).agencyProfile(read));
        KOLOKASI_VERIFY_OK(SettingsService(m_database.db()).saveAgencyProfile(profile, read));
        auto other = m_database.fixture().open();
        KOLOKASI_VERIFY_OK(other);
        const QByteArray stored = SettingsService(**other).agencyProfile()->logoPng;
        QCOMPARE(stored, *logo);
        QCOMPARE(QImage::fromData(stored).size(), QSize(300, 400));
    }

    void anSvgLogoIsDrawnIntoAPng()
    {
        const QByteArray svg("<svg xmlns='http://www.w3.org/2000/svg' width='30' height='40'>"
                             "<rect width='30' height='40' fill='green'/></svg>");
        auto logo = LogoImage::fromData(svg, QStringLiteral("lambang.svg"));
        KOLOKASI_VERIFY_OK(logo);
        const QImage image = QImage::fromData(*logo, "PNG");
        QCOMPARE(image.height(), LogoImage::kStoredHeightPixels);
        QCOMPARE(image.width(), LogoImage::kStoredHeightPixels * 3 / 4);
    }

    void aLargeLogoIsScaledDown()
    {
        auto logo = LogoImage::fromData(pngOfSize(1200, 1600), QStringLiteral("besar.png"));
        KOLOKASI_VERIFY_OK(logo);
        QCOMPARE(QImage::fromData(*logo).height(), LogoImage::kStoredHeightPixels);
    }

    void aFileThatIsNoPictureOrHugeIsRefusedByName()
    {
        const auto text = LogoImage::fromData("Tanggal;Nama\n", QStringLiteral("libur.csv"));
        QVERIFY(!text.ok());
        QCOMPARE(text.error().code, QStringLiteral("logo_invalid"));
        QVERIFY(text.error().message.contains(QStringLiteral("libur.csv")));
        const auto huge = LogoImage::fromData(QByteArray(LogoImage::kMaxFileBytes + 1, 'x'),
                                              QStringLiteral("scan.png"));
        QCOMPARE(huge.error().code, QStringLiteral("logo_too_large"));
        QVERIFY(huge.error().message.contains(QStringLiteral("scan.png")));
        QCOMPARE(LogoImage::fromFile(QStringLiteral("/nonexistent/lambang.png")).error().code,
                 QStringLiteral("logo_unreadable"));
    }

    void aGoodHolidayListIsImportedWhole()
    {
        const QByteArray csv(
            "Tanggal;Nama\n2026-01-01;Tahun Baru 2026 Masehi\n17/08/2026;Hari Kemerdekaan RI\n"
            "25-12-2026;Hari Raya Natal\n");
        auto reading = HolidayList::read(csv, QStringLiteral("libur-2026.csv"));
        KOLOKASI_VERIFY_OK(reading);
        QVERIFY(reading->problems.isEmpty());
        QCOMPARE(reading->holidays.size(), 3);
        SettingsService settings(m_database.db());
        KOLOKASI_VERIFY_OK(settings.addHoliday(QDate(2026, 1, 1), QStringLiteral("Tahun Baru")));
        QCOMPARE(*settings.addHolidays(reading->holidays), 2); // the one already listed stays
        QCOMPARE(settings.holidays()->size(), 3);
        QVERIFY(!settings.workingCalendar()->isWorkingDay(QDate(2026, 8, 17)));
    }

    void aBadHolidayListNamesEachBadLineAndImportsNothing()
    {
        const QByteArray csv(
            "Tanggal,Nama\n2026-01-01,Tahun Baru\n2026-02-30,Hari salah\n2026-03-19,\n"
            "2026-01-01,Tahun Baru lagi\n");
        auto reading = HolidayList::read(csv, QStringLiteral("libur.csv"));
        KOLOKASI_VERIFY_OK(reading);
        QCOMPARE(reading->problems.size(), 3);
        QVERIFY(reading->problems[0].contains(QStringLiteral("3")));
        QVERIFY(reading->problems[0].contains(QStringLiteral("2026-02-30")));
        QVERIFY(reading->problems[1].contains(QStringLiteral("4")));
        QVERIFY(reading->problems[2].contains(QStringLiteral("5")));
        // A list with a bad entry is refused whole by the store as well.
        SettingsService settings(m_database.db());
        const auto refused = settings.addHolidays(
            {{QDate(2026, 5, 1), QStringLiteral("Hari Buruh")}, {QDate(), QStringLiteral("?")}});
        QVERIFY(!refused.ok());
        QCOMPARE(settings.holidays()->size(), 0);
    }

    void anEmptyHolidayFileIsRefusedByName()
    {
        const auto empty = HolidayList::read("Tanggal;Nama\n", QStringLiteral("kosong.csv"));
        QVERIFY(!empty.ok());
        QVERIFY(empty.error().message.contains(QStringLiteral("kosong.csv")));
    }

    void workingDaysComeFromSettings()
    {
        SettingsService settings(m_database.db());
        const QDate saturday(2026, 11, 28);
        QVERIFY(!settings.workingCalendar()->isWorkingDay(saturday));
        KOLOKASI_VERIFY_OK(
            settings.setValue(SettingsService::kWorkingDaysKey,
                              *SettingsService::workingDaysText({1, 2, 3, 4, 5, 6})));
        QVERIFY(settings.workingCalendar()->isWorkingDay(saturday));
        QVERIFY(!SettingsService::workingDaysText({}).ok());
    }

    void aPatternChangeKeepsTheSequence()
    {
        Database &db = m_database.db();
        const QDate today(2026, 11, 25);
        DocumentNumbering numbering(db);
        KOLOKASI_VERIFY_OK(numbering.issue(QStringLiteral("register"), today));
        KOLOKASI_VERIFY_OK(numbering.issue(QStringLiteral("register"), today));
        const QString key = DocumentNumbering::patternKey(QStringLiteral("register"));
        const QString pattern = QStringLiteral("500.12.15/{seq:4}/{code}/{unit}/{year}");
        QCOMPARE(*numbering.previewNext(QStringLiteral("register"), pattern,
                                        QStringLiteral("Diskominfo"), today),
                 QStringLiteral("500.12.15/0003/REG/Diskominfo/2026"));
        SettingsService settings(db);
        auto read = settings.rows({key});
        KOLOKASI_VERIFY_OK(settings.saveRows(*read, {{key, pattern}}));
        QCOMPARE(numbering.issue(QStringLiteral("register"), today)->number,
                 QStringLiteral("500.12.15/0003/REG/Diskominfo/2026"));
        // The preview takes nothing: asking twice shows the same next number.
        QCOMPARE(*numbering.previewNext(QStringLiteral("register"), pattern, {}, today),
                 *numbering.previewNext(QStringLiteral("register"), pattern, {}, today));
        QCOMPARE(
            numbering
                .previewNext(QStringLiteral("register"), QStringLiteral("050/Aptika"), {}, today)
                .error()
                .code,
            QStringLiteral("pattern_invalid"));
    }

    void aSecondAdminsNewerPatternIsNeverOverwritten()
    {
        const QString key = DocumentNumbering::patternKey(QStringLiteral("persetujuan"));
        SettingsService mine(m_database.db());
        auto myRead = mine.rows({key});
        auto other = m_database.fixture().open();
        KOLOKASI_VERIFY_OK(other);
        SettingsService theirs(**other);
        auto theirRead = theirs.rows({key});
        KOLOKASI_VERIFY_OK(
            theirs.saveRows(*theirRead, {{key, QStringLiteral("050/{seq}/PSJ/{year}")}}));
        const Status refused = mine.saveRows(*myRead, {{key, QStringLiteral("500/{seq}/{year}")}});
        QCOMPARE(refused.error().code, QStringLiteral("stale"));
        QCOMPARE(refused.error().field, key);
        QCOMPARE(*mine.value(key), QStringLiteral("050/{seq}/PSJ/{year}"));
    }

    void aPostgresAddressKeepsItsSslModeButNeverAPasswordItWasNotGiven()
    {
        const auto parsed = DatabaseLocation::parse(
            QStringLiteral("postgresql://dc@db.local:5433/kolokasi?sslmode=require"));
        KOLOKASI_VERIFY_OK(parsed);
        QCOMPARE(parsed->sslMode, QStringLiteral("require"));
        QVERIFY(parsed->connectOptions().endsWith(QStringLiteral(";sslmode=require")));
        QCOMPARE(parsed->toText(),
                 QStringLiteral("postgresql://dc@db.local:5433/kolokasi?sslmode=require"));
        const auto wrong = DatabaseLocation::parse(
            QStringLiteral("postgresql://dc@db.local/kolokasi?sslmode=always"));
        QCOMPARE(wrong.error().field, QStringLiteral("sslmode"));
    }

    void aConnectionTestSaysWhyInOneSentence()
    {
        DatabaseLocation location = m_database.fixture().location();
        if (location.engine == DatabaseLocation::Engine::SQLite) {
            // Only a PostgreSQL server is tested: an SQLite location names the missing host.
            QCOMPARE(ConnectionTest::run(location).error().field, QStringLiteral("host"));
            return;
        }
        KOLOKASI_VERIFY_OK(ConnectionTest::run(location));
        DatabaseLocation missing = location;
        missing.databaseName = QStringLiteral("tidak_ada_db");
        QCOMPARE(ConnectionTest::run(missing).error().code,
                 QStringLiteral("connection_no_database"));
        DatabaseLocation nowhere = location;
        nowhere.host = QStringLiteral("127.0.0.1");
        nowhere.port = 1; // nothing listens there
        const Status unreachable = ConnectionTest::run(nowhere);
        QCOMPARE(unreachable.error().code, QStringLiteral("connection_unreachable"));
        QVERIFY(unreachable.error().message.contains(QStringLiteral("127.0.0.1:1")));
    }
};

QTEST_GUILESS_MAIN(TestSettingsEdits)
#include "tst_settingsedits.moc"
