// Every file Kolokasi writes is written whole or not at all, private to its owner, and never
// over a database (issue 7, points 1 and 2, and "Also").
#include "ResultAssertions.h"
#include "TestDatabase.h"
#include "TestEnvironment.h"
#include "common/AtomicFileWriter.h"

#include <QtTest>

using namespace kolokasi;

namespace {
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadUser | QFileDevice::WriteUser;

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("missing");
}

void putFile(const QString &path, const QByteArray &content, QFileDevice::Permissions permissions)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    QVERIFY(file.setPermissions(permissions));
}

Status writeText(QIODevice &device, const QByteArray &text)
{
    device.write(text);
    return {};
}
} // namespace

class TestAtomicFileWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_folder;

private Q_SLOTS:
    void initTestCase() { test::prepareTestEnvironment(); }

    void writesAPrivateFileOverAnOpenOne()
    {
        // GIVEN an earlier, world-readable file at the path
        const QString path = m_folder.filePath(QStringLiteral("persetujuan.pdf"));
        putFile(path, "earlier",
                QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                    QFileDevice::WriteUser | QFileDevice::ReadOther | QFileDevice::ReadGroup);
        // WHEN it is written again
        KOLOKASI_VERIFY_OK(
            AtomicFileWriter::write(path, [](QIODevice &out) { return writeText(out, "new"); }));
        // THEN it holds the new content, readable by its owner only
        QCOMPARE(contentOf(path), QByteArray("new"));
        QCOMPARE(QFileInfo(path).permissions(), kOwnerOnly);
    }

    void aFailedWriteLeavesTheEarlierFile()
    {
        const QString path = m_folder.filePath(QStringLiteral("earlier.pdf"));
        putFile(path, "the earlier PDF", kOwnerOnly);
        const Status failed = AtomicFileWriter::write(path, [](QIODevice &out) -> Status {
            out.write("half a docu");
            return Error{QStringLiteral("render"), QStringLiteral("the layout failed"), {}};
        });
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, QStringLiteral("render"));
        QCOMPARE(contentOf(path), QByteArray("the earlier PDF"));
        QCOMPARE(QDir(m_folder.path())
                     .entryList({QStringLiteral("earlier.pdf*")}, QDir::Files | QDir::Hidden)
                     .size(),
                 1);
    }

    void aFailedWriteCreatesNothing()
    {
        const QString path = m_folder.filePath(QStringLiteral("never.pdf"));
        const Status failed = AtomicFileWriter::write(path, [](QIODevice &) -> Status {
            return Error{QStringLiteral("render"), QStringLiteral("the layout failed"), {}};
        });
        QVERIFY(!failed.ok());
        QVERIFY(!QFileInfo::exists(path));
    }

    void neverWritesOverADatabase()
    {
        // GIVEN an open database
        const QString database = m_folder.filePath(QStringLiteral("dc.sqlite"));
        auto db =
            Database::open(DatabaseLocation::sqlite(database), Database::OpenMode::CreateIfMissing);
        KOLOKASI_VERIFY_OK(db);
        const QByteArray before = contentOf(database);
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            // WHEN output is aimed at it or its companions
            const Status refused = AtomicFileWriter::write(
                database + suffix, [](QIODevice &out) { return writeText(out, "%PDF-1.4"); });
            // THEN it is refused with the file named, and the database is as it was
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code, QStringLiteral("output_is_database"));
            QVERIFY(refused.error().message.contains(QStringLiteral("dc.sqlite") + suffix));
            QCOMPARE(refused.error().field, QStringLiteral("output"));
        }
        QCOMPARE(contentOf(database), before);
        // AND a closed SQLite file is not overwritten either
        db.value().reset();
        QVERIFY(AtomicFileWriter::refusesPath(database));
        QVERIFY(!AtomicFileWriter::refusesPath(m_folder.filePath(QStringLiteral("register.pdf"))));
    }

    void refusesAMissingFolderByName()
    {
        const QString path = m_folder.filePath(QStringLiteral("no/such/folder/out.pdf"));
        const Status refused = AtomicFileWriter::checkWritable(path);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("output_folder_missing"));
        QVERIFY(refused.error().message.contains(QStringLiteral("folder")));
        QVERIFY(!QFileInfo::exists(m_folder.filePath(QStringLiteral("no"))));
    }
};

QTEST_GUILESS_MAIN(TestAtomicFileWriter)
#include "tst_atomicfilewriter.moc"
