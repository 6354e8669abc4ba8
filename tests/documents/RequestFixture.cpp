#include "RequestFixture.h"

#include "services/DataCentreService.h"
#include "store/Database.h"
#include "store/Query.h"
#include "store/RequestRepository.h"
#include "services/SettingsService.h"
#include "store/UnitRepository.h"

#include <QTimeZone>

namespace kolokasi::test {

namespace {
const QString kDecidedAt = QStringLiteral("2026-11-25T02:00:00Z");
const QString kHandedOverAt = QStringLiteral("2026-11-25T03:30:00Z");

void bindAll(Query &query, const QVariantMap &values)
{
    for (auto it = values.begin(); it != values.end(); ++it)
        query.bind(it.key(), it.value());
}

Result<qint64> insert(Database &db, const QString &sql, const QVariantMap &values)
{
    Query query(db, sql + QStringLiteral(" RETURNING id"));
    bindAll(query, values);
    return query.insertedId();
}

Status exec(Database &db, const QString &sql, const QVariantMap &values)
{
    Query query(db, sql);
    bindAll(query, values);
    return query.exec();
}

Result<qint64> idOf(Database &db, const QString &sql, const QVariantMap &values)
{
    Query query(db, sql);
    bindAll(query, values);
    auto value = query.scalar();
    if (!value.ok())
        return value.error();
    return value->toLongLong();
}
} // namespace

RequestFixture &RequestFixture::hosting()
{
    m_hosting = true;
    return *this;
}

RequestFixture &RequestFixture::servers(int count)
{
    m_servers = count;
    return *this;
}

RequestFixture &RequestFixture::upToStep(int step)
{
    m_step = step;
    return *this;
}

RequestFixture &RequestFixture::rejected()
{
    m_rejected = true;
    return *this;
}

RequestFixture &RequestFixture::tag(int tag)
{
    m_tag = tag;
    return *this;
}

Status RequestFixture::createAgency(Database &db)
{
    SettingsService settings(db);
    AgencyProfile profile{kGovernment,
                          kOffice,
                          QStringLiteral("BIDANG TEKNOLOGI INFORMATIKA"),
                          QStringLiteral("Jln. Sunan Drajat No.15"),
                          QStringLiteral("(0231) 8330580"),
                          QStringLiteral("diskominfo@cirebonkab.go.id"),
                          QStringLiteral("diskominfo.cirebonkab.go.id"),
                          QStringLiteral("Sumber"),
                          {}};
    if (Status saved = settings.saveAgencyProfile(profile); !saved.ok())
        return saved;
    if (Status saved =
            settings.saveSignatory({Signatory::kHeadOfDivision, kHeadName, kHeadNip,
                                    QStringLiteral("Kepala Bidang Teknologi Informatika")});
        !saved.ok())
        return saved;
    if (Status saved =
            settings.saveSignatory({Signatory::kDataCentreOfficer, kReceiverName, kReceiverNip,
                                    QStringLiteral("Personil Data Center")});
        !saved.ok())
        return saved;
    // The agency's numbering pattern (here the built-in one, chosen explicitly).
    if (Status saved = settings.setValue(QStringLiteral("numbering/default"),
                                         QStringLiteral("050/{seq:4}/{code}/Aptika/{year}"));
        !saved.ok())
        return saved;
    if (Status saved =
            settings.setValue(QStringLiteral("documents/remote_access"),
                              QStringLiteral("SSH port 2222 melalui VPN vpn.cirebonkab.go.id"));
        !saved.ok())
        return saved;
    DataCentreService dc(db);
    auto noc = dc.createNoc({0, kNoc, QStringLiteral("Gedung Diskominfo Lt. 2"), 0, {}});
    if (!noc.ok())
        return noc.error();
    auto rack = dc.createRack({0, noc->id, kRack, 42, 6000, 0, {}, {}});
    if (!rack.ok())
        return rack.error();
    return {};
}

Result<qint64> RequestFixture::create()
{
    auto id = createUnitAndRequest();
    if (!id.ok())
        return id;
    using Step = std::pair<int, std::function<Status()>>;
    const QList<Step> steps{
        {1, [&] { return createServers(*id); }},
        {3, [&] { return createCapacityCheck(*id); }},
        {4, [&] { return createApplication(*id); }},
        {5, [&] { return createApproval(*id); }},
        {6, [&] { return createReport(*id, 6, QStringLiteral("Surat pemberitahuan dikirim")); }},
        {8, [&] { return createHandover(*id); }},
        {9,
         [&] {
             return createReport(*id, 9, QStringLiteral("Aplikasi dapat diakses dari internet"));
         }},
    };
    for (const Step &step : steps) {
        if (step.first > m_step || (m_rejected && step.first > 5))
            break;
        if (Status done = step.second(); !done.ok())
            return done.error();
        const QString status = m_rejected && step.first == 5 ? QStringLiteral("closed_rejected")
                               : step.first == 9             ? QStringLiteral("completed")
                                                             : QStringLiteral("open");
        if (Status moved = setStep(*id, step.first, status); !moved.ok())
            return moved.error();
    }
    return id;
}

Result<qint64> RequestFixture::createUnitAndRequest()
{
    auto unit = UnitRepository(m_db).create(
        {0, unitOf(m_tag), QStringLiteral("DINKES%1").arg(m_tag), kUnitAddress, kPhone, {}, 0});
    if (!unit.ok())
        return unit.error();
    m_unitId = unit->id;
    const QString nip =
        m_tag == 1 ? kOfficerNip
                   : QStringLiteral("1973100819920320%1").arg(m_tag, 2, 10, QLatin1Char('0'));
    auto officer = UnitRepository(m_db).createOfficer(
        {0, unit->id, kOfficerName, nip, QStringLiteral("Kepala Dinas"), {}, {}, 0});
    if (!officer.ok())
        return officer.error();
    m_officerId = officer->id;
    Request request;
    request.unitId = unit->id;
    request.serviceType = m_hosting ? ServiceType::Hosting : ServiceType::Colocation;
    request.letterNumber = QStringLiteral("445/%1/Dinkes/2026").arg(100 + m_tag);
    request.letterDate = QDate(2026, 11, 20);
    request.subject = QStringLiteral("Permohonan Co-location Server SIMPUS");
    request.receivedAt = QDateTime(QDate(2026, 11, 24), QTime(1, 0), QTimeZone::utc());
    request.needs = {2 * m_servers, 450 * m_servers, 20, m_servers};
    auto created = RequestRepository(m_db).create(request);
    if (!created.ok())
        return created.error();
    return created->id;
}

Status RequestFixture::createServers(qint64 requestId)
{
    for (int i = 1; i <= m_servers; ++i) {
        auto server = insert(
            m_db,
            QStringLiteral("INSERT INTO servers (request_id, position, name, rack_units, power_w) "
                           "VALUES (:r, :p, :n, 2, 450)"),
            {{QStringLiteral(":r"), requestId},
             {QStringLiteral(":p"), i},
             {QStringLiteral(":n"), serverOf(i)}});
        if (!server.ok())
            return server.error();
        Status spec =
            exec(m_db,
                 QStringLiteral(
                     "INSERT INTO server_specs (server_id, kind, processor, ram, motherboard, "
                     "storage, psu) VALUES (:s, 'requested', 'Intel Xeon Silver 4310', "
                     "'32 GB DDR4', 'Supermicro X12DPi', '2 x 960 GB SSD', '2 x 800 W')"),
                 {{QStringLiteral(":s"), *server}});
        if (!spec.ok())
            return spec;
    }
    return {};
}

Status RequestFixture::createCapacityCheck(qint64 requestId)
{
    Status check = exec(
        m_db,
        QStringLiteral(
            "INSERT INTO capacity_checks (request_id, checked_at, checked_by, available, note) "
            "VALUES (:r, '2026-11-24T03:00:00Z', 'Asep Saepudin', 1, 'Rak R01 cukup')"),
        {{QStringLiteral(":r"), requestId}});
    if (!check.ok())
        return check;
    const QList<std::tuple<QString, double, double>> items{
        {QStringLiteral("server"), m_servers, 10},
        {QStringLiteral("power"), 450.0 * m_servers, 4000},
        {QStringLiteral("ups"), 450.0 * m_servers, 6000},
        {QStringLiteral("genset"), 450.0 * m_servers, 20000},
        {QStringLiteral("bandwidth"), 20, 500},
        {QStringLiteral("space"), 2.0 * m_servers, 30},
        {QStringLiteral("public_ip"), m_servers, 200}};
    for (const auto &[resource, needed, free] : items) {
        Status item = exec(
            m_db,
            QStringLiteral(
                "INSERT INTO capacity_check_items (request_id, resource, needed, free, available) "
                "VALUES (:r, :res, :n, :f, 1)"),
            {{QStringLiteral(":r"), requestId},
             {QStringLiteral(":res"), resource},
             {QStringLiteral(":n"), needed},
             {QStringLiteral(":f"), free}});
        if (!item.ok())
            return item;
    }
    return {};
}

Status RequestFixture::createApplication(qint64 requestId)
{
    return exec(
        m_db,
        QStringLiteral(
            "INSERT INTO applications (request_id, officer_id, unit_address, contact_phone, "
            "domain, "
            "domain_active_date, permanent, valid_until, filled_at) VALUES (:r, :o, :a, :p, :d, "
            "'2026-12-01', 0, '2027-12-31', '2026-11-24T07:00:00Z')"),
        {{QStringLiteral(":r"), requestId},
         {QStringLiteral(":o"), m_officerId},
         {QStringLiteral(":a"), kUnitAddress},
         {QStringLiteral(":p"), kPhone},
         {QStringLiteral(":d"), domainOf(m_tag)}});
}

Status RequestFixture::createApproval(qint64 requestId)
{
    Status approval =
        exec(m_db,
             QStringLiteral(
                 "INSERT INTO approvals (request_id, approved, location, reasons, decided_by, "
                 "decided_at) VALUES (:r, :a, 'Data Center Diskominfo', :why, 'kabid', :at)"),
             {{QStringLiteral(":r"), requestId},
              {QStringLiteral(":a"), m_rejected ? 0 : 1},
              {QStringLiteral(":why"),
               m_rejected ? QStringLiteral("Rak penuh sampai akhir tahun")
                          : QStringLiteral("Kapasitas rak, listrik dan IP publik tersedia")},
              {QStringLiteral(":at"), kDecidedAt}});
    if (!approval.ok() || m_rejected)
        return approval;
    auto noc = idOf(m_db, QStringLiteral("SELECT id FROM nocs WHERE name = :n"),
                    {{QStringLiteral(":n"), kNoc}});
    auto rack = idOf(m_db, QStringLiteral("SELECT id FROM racks WHERE name = :n"),
                     {{QStringLiteral(":n"), kRack}});
    if (!noc.ok() || !rack.ok())
        return noc.ok() ? rack.error() : noc.error();
    for (int i = 1; i <= m_servers; ++i) {
        auto server = idOf(
            m_db, QStringLiteral("SELECT id FROM servers WHERE request_id = :r AND position = :p"),
            {{QStringLiteral(":r"), requestId}, {QStringLiteral(":p"), i}});
        if (!server.ok())
            return server.error();
        const QString domain =
            i == 1 ? domainOf(m_tag) : QStringLiteral("api%1.%2").arg(i).arg(domainOf(m_tag));
        QVariantMap values{{QStringLiteral(":s"), *server},
                           {QStringLiteral(":noc"), *noc},
                           {QStringLiteral(":d"), domain},
                           {QStringLiteral(":at"), kDecidedAt}};
        values.insert(QStringLiteral(":rack"), m_hosting ? QVariant() : QVariant(*rack));
        values.insert(QStringLiteral(":u"),
                      m_hosting ? QVariant() : QVariant(1 + (m_tag - 1) * 8 + (i - 1) * 2));
        values.insert(QStringLiteral(":h"), m_hosting ? QVariant() : QVariant(2));
        values.insert(QStringLiteral(":note"),
                      m_hosting ? QStringLiteral("VM Cluster 1") : QString());
        values.insert(QStringLiteral(":sn"),
                      m_hosting ? QVariant()
                                : QVariant(QStringLiteral("SN-%1-%2").arg(m_tag).arg(i)));
        values.insert(QStringLiteral(":tb"),
                      m_hosting ? QVariant() : QVariant(QStringLiteral("Dell PowerEdge R650")));
        values.insert(QStringLiteral(":user"),
                      m_hosting ? QVariant() : QVariant(QStringLiteral("admin_simpus")));
        auto placement =
            insert(m_db,
                   QStringLiteral("INSERT INTO placements (server_id, noc_id, rack_id, first_u, "
                                  "height_u, location_note, domain, "
                                  "serial_number, type_brand, host_admin_user, created_at) VALUES "
                                  "(:s, :noc, :rack, :u, :h, :note, :d, "
                                  ":sn, :tb, :user, :at)"),
                   values);
        if (!placement.ok())
            return placement.error();
        Status ip =
            exec(m_db,
                 QStringLiteral("INSERT INTO ip_addresses (placement_id, address, assigned_at) "
                                "VALUES (:p, :a, :at)"),
                 {{QStringLiteral(":p"), *placement},
                  {QStringLiteral(":a"), ipOf(m_tag, i)},
                  {QStringLiteral(":at"), kDecidedAt}});
        if (!ip.ok())
            return ip;
    }
    return {};
}

Status RequestFixture::createReport(qint64 requestId, int step, const QString &note)
{
    return exec(
        m_db,
        QStringLiteral("INSERT INTO step_reports (request_id, step, reported_at, note) VALUES (:r, "
                       ":s, :at, :n)"),
        {{QStringLiteral(":r"), requestId},
         {QStringLiteral(":s"), step},
         {QStringLiteral(":at"), step == 9 ? QStringLiteral("2026-11-25T06:00:00Z") : kDecidedAt},
         {QStringLiteral(":n"), note}});
}

Status RequestFixture::createHandover(qint64 requestId)
{
    Status handover = exec(
        m_db,
        QStringLiteral(
            "INSERT INTO handovers (request_id, handed_over_at, giver_name, giver_nip, "
            "receiver_name, receiver_nip, "
            "receiver_unit) VALUES (:r, :at, :g, :gn, :rn, :rnip, 'Bidang Teknologi Informatika')"),
        {{QStringLiteral(":r"), requestId},
         {QStringLiteral(":at"), kHandedOverAt},
         {QStringLiteral(":g"), kOfficerName},
         {QStringLiteral(":gn"),
          m_tag == 1 ? kOfficerNip
                     : QStringLiteral("1973100819920320%1").arg(m_tag, 2, 10, QLatin1Char('0'))},
         {QStringLiteral(":rn"), kReceiverName},
         {QStringLiteral(":rnip"), kReceiverNip}});
    if (!handover.ok())
        return handover;
    const QList<std::pair<QString, QVariantMap>> statements{
        {QStringLiteral(
             "INSERT INTO server_specs (server_id, kind, processor, ram, motherboard, storage, "
             "psu, mismatch_note) "
             "SELECT id, 'delivered', 'Intel Xeon Silver 4310', CASE WHEN position = 2 THEN '64 GB "
             "DDR4' "
             "ELSE '32 GB DDR4' END, 'Supermicro X12DPi', '2 x 960 GB SSD', '2 x 800 W', CASE WHEN "
             "position = 2 THEN 'RAM lebih besar dari permintaan, diterima' END FROM servers WHERE "
             "request_id = :r"),
         {{QStringLiteral(":r"), requestId}}},
        {QStringLiteral("UPDATE placements SET status = 'active' WHERE server_id IN "
                        "(SELECT id FROM servers WHERE request_id = :r)"),
         {{QStringLiteral(":r"), requestId}}},
        {QStringLiteral("UPDATE ip_addresses SET status = 'active' WHERE placement_id IN (SELECT "
                        "p.id FROM placements p "
                        "JOIN servers s ON s.id = p.server_id WHERE s.request_id = :r)"),
         {{QStringLiteral(":r"), requestId}}},
        {QStringLiteral("INSERT INTO assets (register_number, placement_id, request_id, unit_id, "
                        "officer_id, service_type, "
                        "installed_on, permanent, valid_until, status) SELECT 'REG/2026/' || "
                        "CAST(p.id AS TEXT), p.id, "
                        ":r, :u, :o, :t, '2026-11-25', 0, '2027-12-31', 'active' FROM placements p "
                        "JOIN servers s ON s.id = p.server_id WHERE s.request_id = :r2"),
         {{QStringLiteral(":r"), requestId},
          {QStringLiteral(":r2"), requestId},
          {QStringLiteral(":u"), m_unitId},
          {QStringLiteral(":o"), m_officerId},
          {QStringLiteral(":t"),
           m_hosting ? QStringLiteral("hosting") : QStringLiteral("colocation")}}},
    };
    for (const auto &[sql, values] : statements) {
        if (Status done = exec(m_db, sql, values); !done.ok())
            return done;
    }
    return {};
}

Status RequestFixture::setStep(qint64 requestId, int step, const QString &status)
{
    return exec(m_db, QStringLiteral("UPDATE requests SET step = :s, status = :st WHERE id = :r"),
                {{QStringLiteral(":s"), step},
                 {QStringLiteral(":st"), status},
                 {QStringLiteral(":r"), requestId}});
}

Result<qint64> RequestFixture::createWithdrawal(Database &db, qint64 placementRequestId)
{
    auto asset = idOf(db, QStringLiteral("SELECT MIN(id) FROM assets WHERE request_id = :r"),
                      {{QStringLiteral(":r"), placementRequestId}});
    auto unit = idOf(db, QStringLiteral("SELECT unit_id FROM requests WHERE id = :r"),
                     {{QStringLiteral(":r"), placementRequestId}});
    if (!asset.ok() || !unit.ok())
        return asset.ok() ? unit.error() : asset.error();
    Request request;
    request.kind = RequestKind::Withdrawal;
    request.unitId = *unit;
    request.subject = QStringLiteral("Permohonan Pencabutan Co-location SIMPUS");
    request.receivedAt = QDateTime(QDate(2026, 11, 26), QTime(1, 0), QTimeZone::utc());
    auto created = RequestRepository(db).create(request);
    if (!created.ok())
        return created.error();
    Status withdrawal = exec(
        db,
        QStringLiteral(
            "INSERT INTO withdrawals (request_id, asset_id, reasons, approved, decided_by, "
            "decided_at) VALUES (:r, :a, :why, 1, 'kabid', '2026-11-26T02:00:00Z')"),
        {{QStringLiteral(":r"), created->id},
         {QStringLiteral(":a"), *asset},
         {QStringLiteral(":why"), QStringLiteral("Aplikasi dipindahkan ke pusat data nasional")}});
    if (!withdrawal.ok())
        return withdrawal.error();
    return created->id;
}

} // namespace kolokasi::test
