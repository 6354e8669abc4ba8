// The Unit & Pejabat page's models, headless: units found by a search and the officers of
// one unit, retired ones only on request and then named; checked by QAbstractItemModelTester.
#include "../workflow/WorkflowFixture.h"
#include "OfficerTableModel.h"
#include "TestDatabase.h"
#include "TestEnvironment.h"
#include "UnitListModel.h"
#include "store/UnitRepository.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace kolokasi;
using namespace kolokasi::test;

class TestPeopleModels : public QObject
{
    Q_OBJECT

private:
    WorkflowSession m_s;

    static QString text(const QAbstractItemModel &model, int row, int column)
    {
        return model.data(model.index(row, column)).toString();
    }

private Q_SLOTS:
    void initTestCase() { prepareTestEnvironment(); }
    void init() { KOLOKASI_VERIFY_OK(m_s.start()); }
    void cleanup() { m_s.stop(); }

    void unitsAreFoundAndRetiredOnesNamed()
    {
        // GIVEN the fixture's unit and a retired one
        Unit tourism;
        tourism.name = QStringLiteral("Dinas Pariwisata");
        tourism.shortName = QStringLiteral("Disparta");
        tourism = must(UnitRepository(m_s.db()).create(tourism), "unit");
        must(UnitRepository(m_s.db()).retire(tourism.id, tourism.rowVersion), "retire");
        UnitListModel model(m_s.db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        // WHEN listed in service THEN only the fixture's unit shows
        model.setSearch(QString(), false);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(text(model, 0, UnitListModel::NameColumn), m_s.dc.unit.name);
        QCOMPARE(model.index(0, 0).data(UnitListModel::IdRole).toLongLong(), m_s.dc.unit.id);
        // WHEN retired ones are asked for THEN the retired unit is named and greyed
        model.setSearch(QStringLiteral("disparta"), true);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(text(model, 0, UnitListModel::StateColumn), QStringLiteral("Retired"));
        QVERIFY(model.index(0, UnitListModel::StateColumn).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.rowOf(tourism.id), 0);
        // AND the kit's column descriptors give headers, the name's tooltip and a good load
        QVERIFY(model.loadStatus().ok());
        QCOMPARE(model.headerData(UnitListModel::CodeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Code"));
        QCOMPARE(model.index(0, UnitListModel::NameColumn).data(Qt::ToolTipRole).toString(),
                 tourism.name);
        QVERIFY(!model.index(0, UnitListModel::CodeColumn).data(Qt::ToolTipRole).isValid());
        QCOMPARE(model.columnCount(), int(UnitListModel::ColumnCount));
    }

    void officersShowTheirKindAndGroupedNumber()
    {
        Officer contract;
        contract.unitId = m_s.dc.unit.id;
        contract.name = QStringLiteral("RIZKY FAUZAN, S.Kom");
        contract.nip = QStringLiteral("199203152021212001");
        contract.kind = EmployeeKind::Pppk;
        contract = must(UnitRepository(m_s.db()).createOfficer(contract), "officer");
        OfficerTableModel model(m_s.db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        QVERIFY(model.setUnit(m_s.dc.unit.id, false).ok());
        QCOMPARE(model.rowCount(), 2);
        const int row = model.rowOf(contract.id);
        QCOMPARE(text(model, row, OfficerTableModel::KindColumn), QStringLiteral("PPPK"));
        QCOMPARE(text(model, row, OfficerTableModel::NumberColumn),
                 QStringLiteral("19920315 202121 2 001"));

        must(UnitRepository(m_s.db()).retireOfficer(contract.id, contract.rowVersion), "retire");
        QVERIFY(model.reload().ok());
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.setUnit(m_s.dc.unit.id, true).ok());
        QCOMPARE(text(model, model.rowOf(contract.id), OfficerTableModel::StateColumn),
                 QStringLiteral("Retired"));
        QVERIFY(model.setUnit(0, true).ok());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestPeopleModels)
#include "tst_peoplemodels.moc"
