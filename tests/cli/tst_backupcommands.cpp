// `kolokasi --database F backup OUT` and `restore IN` as scripts call them: exit codes, one
// sentence on refusal, the replaced database kept aside, nothing changed by a bad backup.
#include "KolokasiProcess.h"
#include "TestEnvironment.h"

#include <QCryptographicHash>
#include <QDir>
#include <QtTest>

using namespace kolokasi;

namespace {
QByteArray fingerprint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return "missing";
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}
} // namespace

class TestBackupCommands : public QObject
{
    Q_OBJECT

private:
    test::KolokasiProcess m_kolokasi{QStringLiteral(KOLOKASI_EXECUTABLE)};
    QTemporaryDir m_folder;
    QString path(const QString &name) const { return m_folder.filePath(name); }

private slots:
    void initTestCase()
    {
        test::prepareTestEnvironment();
        QVERIFY(m_folder.isValid());
        const auto demo =
            m_kolokasi.run({QStringLiteral("--database"), path(QStringLiteral("dc.sqlite")),
                            QStringLiteral("demo")});
        QCOMPARE(demo.exitCode, 0);
    }

    void backupThenRestoreKeepsTheReplacedDatabase()
    {
        const auto backup =
            m_kolokasi.run({QStringLiteral("--database"), path(QStringLiteral("dc.sqlite")),
                            QStringLiteral("backup"), path(QStringLiteral("copy.sqlite"))});
        QCOMPARE(backup.exitCode, 0);
        QVERIFY2(backup.out.contains(QStringLiteral("copy.sqlite")), qPrintable(backup.out));
        QCOMPARE(QFile::permissions(path(QStringLiteral("copy.sqlite"))) & 0x0777,
                 QFileDevice::ReadUser | QFileDevice::WriteUser);

        const auto restore =
            m_kolokasi.run({QStringLiteral("--database"), path(QStringLiteral("dc.sqlite")),
                            QStringLiteral("restore"), path(QStringLiteral("copy.sqlite"))});
        QCOMPARE(restore.exitCode, 0);
        const QStringList aside =
            QDir(m_folder.path())
                .entryList({QStringLiteral("dc.before-restore-*.sqlite")}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QVERIFY2(restore.out.contains(aside.first()), qPrintable(restore.out));
        const auto info =
            m_kolokasi.run({QStringLiteral("--database"), path(QStringLiteral("dc.sqlite")),
                            QStringLiteral("info")});
        QCOMPARE(info.exitCode, 0);
    }

    void badBackupIsRefusedWithOneSentence()
    {
        QFile text(path(QStringLiteral("register.csv")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("Nama Server;Unit\n");
        text.close();
        const QByteArray before = fingerprint(path(QStringLiteral("dc.sqlite")));
        const auto restore =
            m_kolokasi.run({QStringLiteral("--database"), path(QStringLiteral("dc.sqlite")),
                            QStringLiteral("restore"), path(QStringLiteral("register.csv"))});
        QCOMPARE(restore.exitCode, 1);
        QVERIFY2(restore.err.contains(QStringLiteral("register.csv is not a Kolokasi backup")),
                 qPrintable(restore.err));
        QCOMPARE(restore.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(fingerprint(path(QStringLiteral("dc.sqlite"))), before);
    }

    void backupNeverOverwritesADatabase()
    {
        const QByteArray before = fingerprint(path(QStringLiteral("dc.sqlite")));
        const auto backup =
            m_kolokasi.run({QStringLiteral("--database"), path(QStringLiteral("dc.sqlite")),
                            QStringLiteral("backup"), path(QStringLiteral("dc.sqlite"))});
        QCOMPARE(backup.exitCode, 1);
        QCOMPARE(fingerprint(path(QStringLiteral("dc.sqlite"))), before);
    }

    void wrongUsageSaysHow()
    {
        const auto restore =
            m_kolokasi.run({QStringLiteral("--database"), path(QStringLiteral("dc.sqlite")),
                            QStringLiteral("restore")});
        QCOMPARE(restore.exitCode, 2);
        QVERIFY(
            restore.err.contains(QStringLiteral("Usage: kolokasi --database LOCATION restore IN")));
    }
};

QTEST_GUILESS_MAIN(TestBackupCommands)
#include "tst_backupcommands.moc"
