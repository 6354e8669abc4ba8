#include "TestDatabase.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace kolokasi::test {

bool TestDatabase::isPostgres()
{
    return qEnvironmentVariable("KOLOKASI_TEST_BACKEND") == QLatin1String("postgresql");
}

TestDatabase::TestDatabase()
{
    if (!isPostgres()) {
        m_location = DatabaseLocation::sqlite(m_folder.filePath(QStringLiteral("test.sqlite")));
        return;
    }
    const QString urlFile = qEnvironmentVariable("KOLOKASI_TEST_PG_URL_FILE");
    QFile file(urlFile);
    if (urlFile.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        m_setupError = QStringLiteral("PostgreSQL test server not running: no URL file %1 "
                                      "(start the tests with ctest so the fixture starts it)").arg(urlFile);
        return;
    }
    const auto admin = DatabaseLocation::parse(QString::fromUtf8(file.readAll()).trimmed());
    if (!admin.ok()) {
        m_setupError = admin.error().message;
        return;
    }
    m_admin = *admin;
    m_location = m_admin;
    m_location.databaseName = QStringLiteral("kolokasi_test_%1")
            .arg(QUuid::createUuid().toString(QUuid::Id128).left(16));
    m_setupError = adminExec(QStringLiteral("CREATE DATABASE %1").arg(m_location.databaseName));
}

TestDatabase::~TestDatabase()
{
    if (isPostgres() && m_setupError.isEmpty())
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_location.databaseName));
}

// Test plumbing only: CREATE/DROP DATABASE takes no bound values and is not the store's job.
QString TestDatabase::adminExec(const QString &sql) const
{
    const QString name = QStringLiteral("kolokasi-test-admin-") + QUuid::createUuid().toString();
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(m_admin.host);
        db.setPort(m_admin.port);
        db.setUserName(m_admin.user);
        db.setDatabaseName(m_admin.databaseName);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(sql))
                error = query.lastError().text();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

Result<std::unique_ptr<Database>> TestDatabase::open(const Clock &clock) const
{
    if (!m_setupError.isEmpty())
        return Error{QStringLiteral("test_setup"), m_setupError, QString()};
    return Database::open(m_location, Database::OpenMode::CreateIfMissing, clock);
}

Status PerTestDatabase::start(const Clock &clock)
{
    m_fixture = std::make_unique<TestDatabase>();
    auto db = m_fixture->open(clock);
    if (!db.ok())
        return db.error();
    m_db = std::move(db).value();
    return {};
}

void PerTestDatabase::stop()
{
    m_db.reset(); // closes the connection before the fixture drops the database
    m_fixture.reset();
}

} // namespace kolokasi::test
