#pragma once

#include "store/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace kolokasi::test {

/// A fresh, empty database for one test, on the backend the test run asks for
/// (KOLOKASI_TEST_BACKEND=sqlite|postgresql). SQLite: a file in a temporary folder.
/// PostgreSQL: a new database on the fixture's server (KOLOKASI_TEST_PG_URL_FILE),
/// dropped again when this object goes.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    static bool isPostgres();
    /// Empty if the database could be made; else why not (the test must fail with it).
    QString setupError() const { return m_setupError; }
    const DatabaseLocation &location() const { return m_location; }
    /// Opens (and migrates) the database; fails the calling test on error.
    Result<std::unique_ptr<Database>> open(const Clock &clock = Clock::system()) const;

private:
    QString adminExec(const QString &sql) const;

    QTemporaryDir m_folder;
    DatabaseLocation m_location;
    DatabaseLocation m_admin;
    QString m_setupError;
};

/// A fresh database for each test function: `start()` in init(), `stop()` in cleanup().
class PerTestDatabase
{
public:
    /// Makes and opens a new empty database; the error says why not.
    Status start(const Clock &clock = Clock::system());
    void stop();
    Database &db() { return *m_db; }
    const TestDatabase &fixture() const { return *m_fixture; }

private:
    std::unique_ptr<TestDatabase> m_fixture;
    std::unique_ptr<Database> m_db;
};

} // namespace kolokasi::test
