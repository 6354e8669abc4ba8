// Agency profile, signatories, holidays and office hours, on both engines.
#include "ResultAssertions.h"
#include "TestDatabase.h"
#include "TestEnvironment.h"
#include "services/SettingsService.h"

#include <QtTest>

using namespace kolokasi;

class TestSettings : public QObject
{
    Q_OBJECT

private:
    test::PerTestDatabase m_database;

private Q_SLOTS:
    void initTestCase() { test::prepareTestEnvironment(); }

    void init() { KOLOKASI_VERIFY_OK(m_database.start()); }
    void cleanup() { m_database.stop(); }

    void valuesFallBackUntilSetAndCanBeReplaced()
    {
        SettingsService settings(m_database.db());
        QCOMPARE(*settings.value(QStringLiteral("x/y"), QStringLiteral("fallback")), QStringLiteral("fallback"));
        KOLOKASI_VERIFY_OK(settings.setValue(QStringLiteral("x/y"), QStringLiteral("one")));
        KOLOKASI_VERIFY_OK(settings.setValue(QStringLiteral("x/y"), QStringLiteral("two")));
        QCOMPARE(*settings.value(QStringLiteral("x/y")), QStringLiteral("two"));
        KOLOKASI_VERIFY_OK(settings.setValue(QStringLiteral("x/y"), QString()));
        QCOMPARE(*settings.value(QStringLiteral("x/y"), QStringLiteral("fallback")), QStringLiteral("fallback"));
    }

    void theAgencyProfileRoundTrips()
    {
        AgencyProfile profile;
        profile.governmentName = QStringLiteral("PEMERINTAH KABUPATEN CIREBON");
        profile.officeName = QStringLiteral("DINAS KOMUNIKASI DAN INFORMATIKA");
        profile.divisionName = QStringLiteral("BIDANG TEKNOLOGI INFORMATIKA");
        profile.address = QStringLiteral("Jln. Sunan Drajat No.15");
        profile.phone = QStringLiteral("(0231) 8330580");
        profile.place = QStringLiteral("Sumber");
        profile.logoPng = QByteArray("\x89PNG\r\n\x1a\n-not-really", 20);
        KOLOKASI_VERIFY_OK(SettingsService(m_database.db()).saveAgencyProfile(profile));
        const auto stored = SettingsService(m_database.db()).agencyProfile();
        KOLOKASI_VERIFY_OK(stored);
        QCOMPARE(stored->governmentName, profile.governmentName);
        QCOMPARE(stored->officeName, profile.officeName);
        QCOMPARE(stored->divisionName, profile.divisionName);
        QCOMPARE(stored->address, profile.address);
        QCOMPARE(stored->phone, profile.phone);
        QCOMPARE(stored->place, profile.place);
        QCOMPARE(stored->logoPng, profile.logoPng);
    }

    void theAgencyProfileNeedsItsNames()
    {
        AgencyProfile profile;
        profile.officeName = QStringLiteral("DINAS KOMUNIKASI DAN INFORMATIKA");
        const Status refused = SettingsService(m_database.db()).saveAgencyProfile(profile);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("government_name"));
        QCOMPARE(SettingsService(m_database.db()).agencyProfile()->officeName, QString()); // nothing half-saved
    }

    void signatoriesAreKeptByRole()
    {
        SettingsService settings(m_database.db());
        QCOMPARE(settings.signatory(Signatory::kHeadOfOffice).error().code, QStringLiteral("not_found"));
        KOLOKASI_VERIFY_OK(settings.saveSignatory({Signatory::kHeadOfOffice, QStringLiteral("SUGENG DARSONO, SH, MM"),
                                                   QStringLiteral("19620718 198603 1 003"),
                                                   QStringLiteral("Plt. Kepala Dinas Komunikasi dan Informatika")}));
        KOLOKASI_VERIFY_OK(settings.saveSignatory({Signatory::kHeadOfOffice, QStringLiteral("SUGENG DARSONO, SH, MM"),
                                                   QStringLiteral("196207181986031003"),
                                                   QStringLiteral("Kepala Dinas Komunikasi dan Informatika")}));
        const auto head = settings.signatory(Signatory::kHeadOfOffice);
        KOLOKASI_VERIFY_OK(head);
        QCOMPARE(head->nip, QStringLiteral("196207181986031003"));
        QCOMPARE(head->position, QStringLiteral("Kepala Dinas Komunikasi dan Informatika"));
        QCOMPARE(settings.signatories()->size(), 1);
    }

    void aSignatoryNeedsAValidNip()
    {
        const Status refused = SettingsService(m_database.db()).saveSignatory(
                {Signatory::kHeadOfDivision, QStringLiteral("X"), QStringLiteral("12345"), QStringLiteral("Kepala Bidang")});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("nip_length"));
        QCOMPARE(refused.error().field, QStringLiteral("nip"));
    }

    void holidaysShapeTheWorkingCalendar()
    {
        SettingsService settings(m_database.db());
        KOLOKASI_VERIFY_OK(settings.addHoliday(QDate(2026, 12, 25), QStringLiteral("Hari Raya Natal")));
        KOLOKASI_VERIFY_OK(settings.addHoliday(QDate(2026, 12, 24), QStringLiteral("Cuti bersama Natal")));
        const Status twice = settings.addHoliday(QDate(2026, 12, 25), QStringLiteral("Natal"));
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().code, QStringLiteral("duplicate"));
        QCOMPARE(twice.error().field, QStringLiteral("day"));
        KOLOKASI_VERIFY_OK(settings.saveOfficeHours(QTime(8, 0), QTime(16, 0)));

        const auto calendar = settings.workingCalendar();
        KOLOKASI_VERIFY_OK(calendar);
        QVERIFY(!calendar->isWorkingDay(QDate(2026, 12, 25)));
        QVERIFY(!calendar->isWorkingDay(QDate(2026, 12, 24)));
        QCOMPARE(calendar->workingDaySeconds(), qint64(8 * 3600));

        KOLOKASI_VERIFY_OK(settings.removeHoliday(QDate(2026, 12, 24)));
        QVERIFY(settings.workingCalendar()->isWorkingDay(QDate(2026, 12, 24)));
        QCOMPARE(settings.removeHoliday(QDate(2026, 12, 24)).error().code, QStringLiteral("not_found"));
    }

    void officeHoursMustMakeSense()
    {
        const Status refused = SettingsService(m_database.db()).saveOfficeHours(QTime(16, 0), QTime(8, 0));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("office_hours_invalid"));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
