// Every list query runs on an index: EXPLAIN QUERY PLAN (SQLite) of each statement a list
// executes, on a generated database, must not scan a large table from end to end. Guards the
// indexes of migration 003 and the one-query-per-list register.
#include "ResultAssertions.h"
#include "TestDatabase.h"
#include "TestEnvironment.h"
#include "register/AssetHistory.h"
#include "register/AssetRegister.h"
#include "store/bulk/BulkGenerator.h"
#include "store/PlacementRepository.h"
#include "store/PrintDataRepository.h"
#include "store/Query.h"
#include "store/RequestSummaryRepository.h"
#include "store/WithdrawalRepository.h"
#include "workflow/RequestDossierReader.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QtTest>

#include <functional>

using namespace kolokasi;
using namespace kolokasi::test;

namespace {
// Tables that grow with the register; a full scan of one of them is what this test refuses.
const QStringList kLargeTables = {
    QStringLiteral("assets"),         QStringLiteral("placements"),
    QStringLiteral("ip_addresses"),   QStringLiteral("servers"),
    QStringLiteral("server_specs"),   QStringLiteral("requests"),
    QStringLiteral("request_events"), QStringLiteral("audit_log"),
    QStringLiteral("documents"),      QStringLiteral("capacity_check_items"),
    QStringLiteral("review_items"),   QStringLiteral("withdrawals"),
    QStringLiteral("racks"),          QStringLiteral("asset_search"),
    QStringLiteral("request_search")};

struct Statement
{
    QString sql;
    QList<QPair<QString, QVariant>> values;
};

// alias -> table, from the FROM and JOIN clauses of a statement.
QHash<QString, QString> aliasesOf(const QString &sql)
{
    static const QRegularExpression source(
        QStringLiteral("\\b(?:FROM|JOIN)\\s+([a-z_]+)(?:\\s+(?:AS\\s+)?([a-z_]+))?"),
        QRegularExpression::CaseInsensitiveOption);
    static const QStringList keywords = {QStringLiteral("on"),    QStringLiteral("where"),
                                         QStringLiteral("join"),  QStringLiteral("left"),
                                         QStringLiteral("inner"), QStringLiteral("order"),
                                         QStringLiteral("group"), QStringLiteral("limit")};
    QHash<QString, QString> aliases;
    for (auto it = source.globalMatch(sql); it.hasNext();) {
        const auto match = it.next();
        const QString table = match.captured(1).toLower();
        aliases.insert(table, table);
        const QString alias = match.captured(2).toLower();
        if (!alias.isEmpty() && !keywords.contains(alias))
            aliases.insert(alias, table);
    }
    return aliases;
}
} // namespace

class TestQueryPlans : public QObject
{
    Q_OBJECT

private:
    TestDatabase m_fixture;
    std::unique_ptr<Database> m_db;
    GenerationSummary m_generated;

    /// The statements `work` runs, in order.
    static QList<Statement> statementsOf(const std::function<void()> &work)
    {
        QList<Statement> seen;
        Query::setObserver(
            [&seen](const QString &sql, const QList<QPair<QString, QVariant>> &values) {
                seen.append({sql, values});
            });
        work();
        Query::setObserver({});
        return seen;
    }

    /// The EXPLAIN QUERY PLAN lines of one statement, with its values bound.
    QStringList planOf(const Statement &statement) const
    {
        QSqlQuery explain(m_db->connection());
        if (!explain.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + statement.sql))
            return {QStringLiteral("cannot explain: ") + explain.lastError().text()};
        for (const auto &[name, value] : statement.values)
            explain.bindValue(name, value);
        if (!explain.exec())
            return {QStringLiteral("cannot explain: ") + explain.lastError().text()};
        QStringList lines;
        while (explain.next())
            lines << explain.value(3).toString();
        return lines;
    }

    /// The large tables a plan reads from end to end ("SCAN t", or a virtual table scanned without
    /// a constraint), except those in `scannable`.
    QStringList fullScans(const Statement &statement, const QStringList &scannable) const
    {
        static const QRegularExpression scan(
            QStringLiteral("^SCAN (\\S+)(?: VIRTUAL TABLE INDEX \\d+:(\\S*))?"));
        const QHash<QString, QString> aliases = aliasesOf(statement.sql);
        QStringList found;
        for (const QString &line : planOf(statement)) {
            if (line.startsWith(QLatin1String("cannot explain")))
                return {line};
            const auto match = scan.match(line);
            if (!match.hasMatch())
                continue;
            const QString table =
                aliases.value(match.captured(1).toLower(), match.captured(1).toLower());
            const bool constrainedVirtual =
                line.contains(QLatin1String("VIRTUAL TABLE")) && !match.captured(2).isEmpty();
            if (kLargeTables.contains(table) && !constrainedVirtual && !scannable.contains(table))
                found << line;
        }
        return found;
    }

    /// Fails when a statement `work` runs scans a large table not in `scannable`.
    void verifyIndexed(const std::function<void()> &work, const QStringList &scannable = {})
    {
        const QList<Statement> statements = statementsOf(work);
        QVERIFY2(!statements.isEmpty(), "the list ran no statement");
        for (const Statement &statement : statements) {
            const QStringList scans = fullScans(statement, scannable);
            QVERIFY2(scans.isEmpty(),
                     qPrintable(QStringLiteral("%1\n  in: %2")
                                    .arg(scans.join(QStringLiteral("; ")), statement.sql)));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        prepareTestEnvironment();
        QVERIFY2(m_fixture.setupError().isEmpty(), qPrintable(m_fixture.setupError()));
        auto db = m_fixture.open();
        KOLOKASI_VERIFY_OK(db);
        m_db = std::move(db.value());
        QVERIFY(m_db->dialect().isSQLite());
        auto generated = BulkGenerator(*m_db).fill({3000, 600});
        KOLOKASI_VERIFY_OK(generated);
        m_generated = *generated;
    }

    void cleanupTestCase()
    {
        Query::setObserver({});
        m_db.reset();
    }

    void theDetectorSeesAFullScan()
    {
        // GIVEN a statement that filters on a column without an index
        const Statement unindexed{QStringLiteral("SELECT id FROM assets a WHERE a.note = :note"),
                                  {{QStringLiteral(":note"), QStringLiteral("x")}}};
        // THEN it is reported, so the other tests do not pass by seeing nothing
        QCOMPARE(fullScans(unindexed, {}).size(), 1);
        QVERIFY(fullScans(unindexed, {QStringLiteral("assets")}).isEmpty());
    }

    void wholeRegisterReadsEachJoinedRowByIndex()
    {
        // Only the register itself is read whole; each line's placement, server, spec and
        // addresses are looked up (the quadratic address scan of before migration 003).
        verifyIndexed([this] { KOLOKASI_VERIFY_OK(AssetRegister(*m_db).entries()); },
                      {QStringLiteral("assets")});
    }

    void registerPagesSortedByEveryColumn()
    {
        for (int column = 0; column <= int(RegisterColumn::LastReviewedOn); ++column) {
            RegisterPage page;
            page.sortBy = RegisterColumn(column);
            page.limit = 50;
            verifyIndexed([&] { KOLOKASI_VERIFY_OK(AssetRegister(*m_db).page({}, page)); },
                          {QStringLiteral("assets")});
        }
    }

    void searchUsesTheTrigramIndexForEverySort()
    {
        AssetFilter filter;
        filter.search = QStringLiteral("primergy");
        for (int column = 0; column <= int(RegisterColumn::LastReviewedOn); ++column) {
            RegisterPage page;
            page.sortBy = RegisterColumn(column);
            page.limit = 50;
            verifyIndexed([&] {
                const auto lines = AssetRegister(*m_db).page(filter, page);
                KOLOKASI_VERIFY_OK(lines);
                QVERIFY(!lines->isEmpty());
            });
        }
        verifyIndexed([&] { KOLOKASI_VERIFY_OK(AssetRegister(*m_db).count(filter)); });
    }

    void filtersUseIndexes()
    {
        const QDate today = m_db->clock().today();
        AssetFilter byUnit;
        byUnit.unitId = 1;
        AssetFilter byNoc;
        byNoc.nocId = 1;
        byNoc.search = QStringLiteral("Dinkes");
        for (const AssetFilter &filter : {byUnit, byNoc, AssetRegister::onlyExpired({}, today),
                                          AssetRegister::onlyExpiringWithin({}, 90, today),
                                          AssetRegister::onlyReviewOverdue(byUnit, today)}) {
            verifyIndexed([&] {
                KOLOKASI_VERIFY_OK(AssetRegister(*m_db).page(
                    filter, {RegisterColumn::RegisterNumber, false, 0, 50}));
            });
            verifyIndexed([&] { KOLOKASI_VERIFY_OK(AssetRegister(*m_db).count(filter)); });
        }
    }

    void requestRecordsReadByIndex()
    {
        // The approval of a 12-server request, the long history and the withdrawal (pencabutan).
        QVERIFY(m_generated.twelveServerRequestId > 0 && m_generated.withdrawalRequestId > 0);
        for (qint64 id : {m_generated.twelveServerRequestId, m_generated.longHistoryRequestId,
                          m_generated.withdrawalRequestId})
            verifyIndexed([&] { KOLOKASI_VERIFY_OK(RequestDossierReader(*m_db).read(id)); });
        verifyIndexed([&] {
            KOLOKASI_VERIFY_OK(
                PlacementRepository(*m_db).ofRequest(m_generated.twelveServerRequestId));
        });
        verifyIndexed([&] { KOLOKASI_VERIFY_OK(WithdrawalRepository(*m_db).openForAsset(1)); });
    }

    void rackElevationsOfANoc()
    {
        // The racks of the NOC are the list; what sits in them is found through the rack index.
        verifyIndexed(
            [&] {
                KOLOKASI_VERIFY_OK(
                    PrintDataRepository(*m_db).rackElevations(QStringLiteral("NOC Utama"), {}));
            },
            {QStringLiteral("racks")});
        verifyIndexed([&] { KOLOKASI_VERIFY_OK(PlacementRepository(*m_db).liveInRack(1)); });
    }

    void dashboardListsReadTheirFirstRowsByIndex()
    {
        // The Dasbor's validity list (its first rows and count) and the overdue-for-review
        // count read the indexes of migration 016, never every asset.
        const QDate today = m_db->clock().today();
        const AssetRegister assets(*m_db);
        verifyIndexed([&] {
            const auto first = assets.firstValidityEndingWithin(30, today, 25);
            KOLOKASI_VERIFY_OK(first);
            QVERIFY(!first->isEmpty());
        });
        verifyIndexed([&] {
            KOLOKASI_VERIFY_OK(
                assets.count(AssetRegister::onlyValidityEndingWithin({}, 30, today)));
        });
        verifyIndexed([&] {
            KOLOKASI_VERIFY_OK(assets.count(AssetRegister::onlyReviewOverdue({}, today)));
        });
    }

    void requestSearchUsesTheTrigramIndex()
    {
        // A word that matches nothing, one that matches many, and a short one (LIKE on the
        // search text): the request list's page and count never read every request.
        for (const QString &text : {QStringLiteral("zqxjvw"), QStringLiteral("/2025"),
                                    QStringLiteral("dinkes 12")}) {
            RequestListQuery query;
            query.search = text;
            query.limit = 200;
            verifyIndexed(
                [&] { KOLOKASI_VERIFY_OK(RequestSummaryRepository(*m_db).page(query)); });
            verifyIndexed(
                [&] { KOLOKASI_VERIFY_OK(RequestSummaryRepository(*m_db).count(query)); });
        }
    }

    void assetHistoryReadByIndex()
    {
        // The asset's dialog: its line, its request's history, its reviews and pencabutan.
        verifyIndexed([&] { KOLOKASI_VERIFY_OK(AssetHistoryReader(*m_db).read(1)); });
    }
};

QTEST_GUILESS_MAIN(TestQueryPlans)
#include "tst_queryplans.moc"
