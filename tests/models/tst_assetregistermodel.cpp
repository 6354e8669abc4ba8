// The asset register model, headless, over a generated register of 100,000 assets: lazy pages
// from the one register query, the count, sort and filters in SQL, the overdue and expired
// words; every change checked by QAbstractItemModelTester. Correctness, not timing (the
// timing is tests/bench's).
#include "../workflow/WorkflowFixture.h"
#include "AssetRegisterModel.h"
#include "ResultAssertions.h"
#include "TestDatabase.h"
#include "TestEnvironment.h"
#include "common/Clock.h"
#include "register/AssetRegister.h"
#include "store/bulk/BulkGenerator.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace kolokasi;
using namespace kolokasi::test;

namespace {
constexpr int kAssets = 100000;
} // namespace

class TestAssetRegisterModel : public QObject
{
    Q_OBJECT

private:
    FixedClock m_clock{QDateTime(QDate(2026, 11, 25), QTime(9, 0))};
    TestDatabase m_fixture;
    std::unique_ptr<Database> m_db;

    QString text(const QAbstractItemModel &model, int row, int column)
    {
        return model.data(model.index(row, column)).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        prepareTestEnvironment();
        QVERIFY2(m_fixture.setupError().isEmpty(), qPrintable(m_fixture.setupError()));
        auto db = m_fixture.open(m_clock);
        KOLOKASI_VERIFY_OK(db);
        m_db = std::move(db).value();
        GenerationSize size;
        size.assets = kAssets;
        size.requests = kAssets / 5;
        KOLOKASI_VERIFY_OK(BulkGenerator(*m_db).fill(size));
    }
    void cleanupTestCase() { m_db.reset(); }

    void opensOnTheFirstPageAndFetchesMoreAsTheViewScrolls()
    {
        // WHEN the model opens on the whole register
        AssetRegisterModel model(*m_db, m_clock);
        // THEN it holds one page and knows the count of every asset
        QVERIFY(model.lastError().isEmpty());
        QCOMPARE(model.totalCount(), kAssets);
        QCOMPARE(model.rowCount(), AssetRegisterModel::kPageSize);
        QCOMPARE(model.columnCount(), int(AssetRegisterModel::ColumnCount));
        QVERIFY(model.canFetchMore({}));
        // (the tester fetches on its own when attached: it comes after the first look)
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // and the rows are in register-number order, as the first page of the core's query
        RegisterPage first;
        first.limit = 3;
        const auto lines = must(AssetRegister(*m_db).page({}, first), "page");
        for (int row = 0; row < 3; ++row)
            QCOMPARE(text(model, row, AssetRegisterModel::RegisterNumberColumn),
                     lines[row].asset.registerNumber);

        // WHEN the view scrolls twice
        const int before = model.rowCount();
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        model.fetchMore({});
        // THEN two more pages arrive, without overlap
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(model.rowCount(), before + 2 * AssetRegisterModel::kPageSize);
        QSet<QString> numbers;
        for (int row = 0; row < model.rowCount(); ++row)
            numbers.insert(text(model, row, AssetRegisterModel::RegisterNumberColumn));
        QCOMPARE(numbers.size(), model.rowCount());
    }

    void sortsInSqlByAnyColumnButTheSpec()
    {
        AssetRegisterModel model(*m_db, m_clock);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // WHEN sorted by unit, descending
        model.sort(AssetRegisterModel::UnitColumn, Qt::DescendingOrder);
        // THEN the first rows carry the last unit name of all 100,000, in order
        RegisterPage byUnit;
        byUnit.sortBy = RegisterColumn::Unit;
        byUnit.descending = true;
        byUnit.limit = 1;
        const auto last = must(AssetRegister(*m_db).page({}, byUnit), "page");
        QCOMPARE(text(model, 0, AssetRegisterModel::UnitColumn), last.first().unitName);
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(text(model, row - 1, AssetRegisterModel::UnitColumn) >=
                    text(model, row, AssetRegisterModel::UnitColumn));
        QCOMPARE(model.order().sortBy, RegisterColumn::Unit);
        // the spec is not a column of the query: asking to sort by it changes nothing
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.sort(AssetRegisterModel::SpecColumn);
        QCOMPARE(reset.size(), 0);
        QVERIFY(!AssetRegisterModel::isSortable(AssetRegisterModel::SpecColumn));
    }

    void searchAndFiltersNarrowTheRowsAndTheCount()
    {
        AssetRegisterModel model(*m_db, m_clock);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // WHEN the admin searches for the brand one asset in a hundred has
        AssetFilter filter;
        filter.search = QStringLiteral("primergy");
        model.setFilter(filter);
        // THEN one in a hundred is left, every shown row names it
        QCOMPARE(model.totalCount(), kAssets / 100);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(text(model, row, AssetRegisterModel::TypeBrandColumn)
                        .contains(QStringLiteral("Primergy"), Qt::CaseInsensitive));
        // WHEN the sort changes, THEN the search holds
        model.sort(AssetRegisterModel::ServerNameColumn);
        QCOMPARE(model.totalCount(), kAssets / 100);

        // WHEN only assets overdue for review are asked for
        model.setFilter(AssetRegister::onlyReviewOverdue({}, m_clock.today()));
        QVERIFY(model.totalCount() > 0);
        QCOMPARE(model.totalCount(), must(AssetRegister(*m_db).count(model.filter()), "count"));
        // THEN each says so in words, not in colour alone
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(
                model.data(model.index(row, 0), AssetRegisterModel::ReviewOverdueRole).toBool());
            QVERIFY(text(model, row, AssetRegisterModel::LastReviewColumn)
                        .endsWith(QStringLiteral("(overdue)")));
        }

        // WHEN only expired assets are asked for, THEN each shows "expired" by its date
        model.setFilter(AssetRegister::onlyExpired({}, m_clock.today()));
        QVERIFY(model.totalCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(text(model, row, AssetRegisterModel::ValidUntilColumn)
                        .endsWith(QStringLiteral("(expired)")));

        // WHEN nothing matches, THEN the model is empty and asks for nothing more
        filter.search = QStringLiteral("zqxjvw");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void showsTheLocationPowerAndStatusOfALine()
    {
        AssetRegisterModel model(*m_db, m_clock);
        const RegisterEntry &entry = model.entryAt(0);
        QCOMPARE(model.data(model.index(0, 0), AssetRegisterModel::IdRole).toLongLong(),
                 entry.asset.id);
        QCOMPARE(model.data(model.index(0, 0), AssetRegisterModel::RequestIdRole).toLongLong(),
                 entry.asset.requestId);
        if (entry.placement.rackId > 0)
            QVERIFY(text(model, 0, AssetRegisterModel::LocationColumn)
                        .startsWith(entry.nocName + QStringLiteral(" / ") + entry.rackName +
                                    QStringLiteral(" / U")));
        QCOMPARE(text(model, 0, AssetRegisterModel::StatusColumn),
                 entry.asset.status == AssetStatus::Active ? QStringLiteral("Active")
                                                           : QStringLiteral("Withdrawn"));
        QVERIFY(model
                    .data(model.index(0, AssetRegisterModel::StatusColumn),
                          AssetRegisterModel::StatusColourRole)
                    .isValid());
    }
};

QTEST_GUILESS_MAIN(TestAssetRegisterModel)
#include "tst_assetregistermodel.moc"
