// The rule of the automatic backups: the newest 14 by the time in their name stay, files of
// any other name are never touched.
#include "TestEnvironment.h"
#include "backup/BackupRetention.h"

#include <QtTest>

using namespace kolokasi;

namespace {
QStringList dailyNames(int days)
{
    QStringList names;
    for (int day = 1; day <= days; ++day)
        names.append(
            QStringLiteral("kolokasi-202611%1-080000.sqlite").arg(day, 2, 10, QLatin1Char('0')));
    return names;
}
} // namespace

class TestBackupRetention : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::prepareTestEnvironment(); }

    void keepsTheNewestFourteen()
    {
        QStringList names = dailyNames(20);
        std::reverse(names.begin(), names.end()); // the order of a folder listing does not matter
        const QStringList removed = BackupRetention::toRemove(names);
        QCOMPARE(removed.size(), 6);
        for (int day = 1; day <= 6; ++day)
            QVERIFY(removed.contains(QStringLiteral("kolokasi-202611%1-080000.sqlite")
                                         .arg(day, 2, 10, QLatin1Char('0'))));
    }

    void keepsAllWhileThereAreFourteenOrFewer()
    {
        QCOMPARE(BackupRetention::toRemove(dailyNames(14)), QStringList());
        QCOMPARE(BackupRetention::toRemove({}), QStringList());
    }

    void neverTouchesOtherFiles()
    {
        QStringList names = dailyNames(16);
        names << QStringLiteral("sebelum-migrasi.sqlite") << QStringLiteral("kolokasi-lama.sqlite")
              << QStringLiteral("kolokasi-20261101-080000.sqlite-wal")
              << QStringLiteral("kolokasi.before-restore-20261101-080000.sqlite");
        const QStringList removed = BackupRetention::toRemove(names);
        QCOMPARE(removed, (QStringList{QStringLiteral("kolokasi-20261102-080000.sqlite"),
                                       QStringLiteral("kolokasi-20261101-080000.sqlite")}));
    }

    void ordersByTimeWithinADayAndAcrossEngines()
    {
        const QStringList names{QStringLiteral("kolokasi-20261105-235959.dump"),
                                QStringLiteral("kolokasi-20261106-000001.sqlite"),
                                QStringLiteral("kolokasi-20261105-080000.sqlite")};
        QCOMPARE(BackupRetention::newest(names), QStringLiteral("kolokasi-20261106-000001.sqlite"));
        QCOMPARE(BackupRetention::toRemove(names, 2),
                 QStringList{QStringLiteral("kolokasi-20261105-080000.sqlite")});
        QCOMPARE(BackupRetention::takenAt(names[0]),
                 QDateTime(QDate(2026, 11, 5), QTime(23, 59, 59)));
        QVERIFY(
            !BackupRetention::takenAt(QStringLiteral("kolokasi-2026115-080000.sqlite")).isValid());
    }
};

QTEST_GUILESS_MAIN(TestBackupRetention)
#include "tst_backupretention.moc"
