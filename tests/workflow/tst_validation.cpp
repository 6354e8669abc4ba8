// The field contract of refusals: each step's validate…() lists every problem of a form at
// once (so a page marks all its bad fields), names fields a page can map (servers.<n>.<field>
// for a server's row) and writes nothing; the step itself refuses with the first.
#include "TestDatabase.h"
#include "TestEnvironment.h"
#include "WorkflowFixture.h"
#include "domain/FormField.h"

#include <QtTest>

using namespace kolokasi;
using namespace kolokasi::test;

namespace {
QStringList fieldsOf(const QList<Error> &errors)
{
    QStringList fields;
    for (const Error &error : errors)
        fields.append(error.field);
    return fields;
}

qint64 count(Database &db, const char *table)
{
    return Query(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)))
        .scalar()
        ->toLongLong();
}
} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private:
    WorkflowSession m_s;

    RequestWorkflow flow() { return m_s.flow(); }

private Q_SLOTS:
    void initTestCase() { prepareTestEnvironment(); }
    void init() { KOLOKASI_VERIFY_OK(m_s.start()); }
    void cleanup() { m_s.stop(); }

    void serverFieldsNameTheirRow()
    {
        QCOMPARE(FormField::ofServer(2, FormField::kRack), QStringLiteral("servers.2.rack"));
        QCOMPARE(FormField::ofServer(3), QStringLiteral("servers.3"));
        const ServerFieldName parsed =
            FormField::parseServer(QStringLiteral("servers.2.ip_address"));
        QCOMPARE(parsed.position, 2);
        QCOMPARE(parsed.name, FormField::kIpAddress);
        QCOMPARE(FormField::parseServer(QStringLiteral("servers.4")).position, 4);
        QVERIFY(FormField::parseServer(QStringLiteral("servers.4")).name.isEmpty());
        QCOMPARE(FormField::parseServer(QStringLiteral("domain")).position, 0);
        QCOMPARE(FormField::parseServer(QStringLiteral("servers.x.rack")).position, 0);
    }

    void aLetterListsEveryProblem()
    {
        // GIVEN a letter without subject and two bad servers
        RequestLetter letter = m_s.driver().letter(
            {makeServer(QString()), makeServer(QStringLiteral("srv-b"), 0, -5)});
        letter.request.subject.clear();
        // WHEN it is checked, THEN every bad field is named and nothing is stored
        const QStringList fields = fieldsOf(flow().validateLetter(letter));
        QCOMPARE(
            fields,
            (QStringList{QStringLiteral("servers.1.name"), QStringLiteral("servers.2.rack_units"),
                         QStringLiteral("servers.2.power_w"), QStringLiteral("subject")}));
        QCOMPARE(count(m_s.db(), "requests"), 0);
        // AND the step refuses with the first
        const auto refused = flow().registerLetter(letter);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("servers.1.name"));
        QVERIFY(flow().validateLetter(m_s.driver().letter()).isEmpty());
    }

    void anApplicationListsEveryProblem()
    {
        const qint64 id = m_s.driver().registerLetter(m_s.driver().letter());
        m_s.driver().advanceTo(id, 3);
        Application form = m_s.driver().application();
        form.contactPhone = QStringLiteral("12");
        form.domain = QStringLiteral("not a domain");
        form.unitAddress.clear();
        form.permanent = false;
        const QStringList fields = fieldsOf(flow().validateApplication(id, form));
        QCOMPARE(fields, (QStringList{FormField::kUnitAddress, FormField::kContactPhone,
                                      FormField::kDomain, FormField::kValidUntil}));
        QCOMPARE(count(m_s.db(), "applications"), 0);
        QVERIFY(flow().validateApplication(id, m_s.driver().application()).isEmpty());
    }

    void aDispositionAndACancellationNeedTheirText()
    {
        QCOMPARE(fieldsOf(flow().validateDisposition({0, {}, QStringLiteral(" "), {}, 0})),
                 QStringList{FormField::kToWhom});
        QCOMPARE(fieldsOf(flow().validateCancellation({})), QStringList{FormField::kReason});
        QVERIFY(flow().validateCancellation(QStringLiteral("batal")).isEmpty());
    }

    void aCapacityVerdictAgainstTheLinesNeedsANote()
    {
        const qint64 id = m_s.driver().registerLetter(m_s.driver().letter());
        m_s.driver().advanceTo(id, 2);
        QCOMPARE(fieldsOf(flow().validateCapacityCheck(id, {false, {}})),
                 QStringList{FormField::kNote});
        QVERIFY(flow().validateCapacityCheck(id, {true, {}}).isEmpty());
        QCOMPARE(count(m_s.db(), "capacity_checks"), 0);
    }

    void aHandoverListsEveryDifferenceOfEveryServer()
    {
        // GIVEN two servers delivered with three differences and a bad receiver NIP
        const qint64 id = m_s.driver().registerLetter(m_s.driver().letter(
            {makeServer(QStringLiteral("srv-a")), makeServer(QStringLiteral("srv-b"), 1, 300)}, 2));
        m_s.driver().advanceTo(id, 7);
        Handover handover = m_s.driver().handover(id);
        handover.servers[0].spec.ram = QStringLiteral("32 GB");
        handover.servers[0].spec.psu = QStringLiteral("1 x 500 W");
        handover.servers[1].spec.storage = QStringLiteral("1 x 480 GB SSD");
        handover.receiverNip = QStringLiteral("123");
        // WHEN checked, THEN each difference and the NIP are named
        const QStringList fields = fieldsOf(flow().validateHandover(id, handover));
        QCOMPARE(fields,
                 (QStringList{QStringLiteral("servers.1.ram"), QStringLiteral("servers.1.psu"),
                              QStringLiteral("servers.2.storage"), FormField::kReceiverNip}));
        // AND a missing delivered spec names the row
        handover.servers.removeLast();
        QVERIFY(
            fieldsOf(flow().validateHandover(id, handover)).contains(QStringLiteral("servers.2")));
        QCOMPARE(count(m_s.db(), "handovers"), 0);
        QVERIFY(flow().validateHandover(id, m_s.driver().handover(id)).isEmpty());
        // AND a party's PPPK number (digits 13-14 no month) is accepted, a bad one named
        Handover contract = m_s.driver().handover(id);
        contract.giverName = QStringLiteral("RIZKY FAUZAN, S.Kom");
        contract.giverNip = QStringLiteral("19920315 202121 2 001");
        QVERIFY(flow().validateHandover(id, contract).isEmpty());
        contract.giverNip = QStringLiteral("19920315 202121 7 001");
        QCOMPARE(fieldsOf(flow().validateHandover(id, contract)),
                 QStringList{FormField::kGiverNip});
    }

    void anApprovalWithoutABlockNamesTheServerRow()
    {
        const qint64 id = m_s.driver().registerLetter(m_s.driver().letter(
            {makeServer(QStringLiteral("srv-a")), makeServer(QStringLiteral("srv-b"), 1, 300)}, 2));
        m_s.driver().advanceTo(id, 4);
        Approval approval = m_s.driver().approval(id);
        QVERIFY(flow().validateApproval(id, approval).isEmpty());
        approval.blocks.removeLast();
        approval.reasons.clear();
        QCOMPARE(fieldsOf(flow().validateApproval(id, approval)),
                 (QStringList{FormField::kReasons, QStringLiteral("servers.2")}));
        QCOMPARE(count(m_s.db(), "approvals"), 0);
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
