#include "BulkGenerator.h"

#include "store/Database.h"
#include "store/DocumentNumbering.h"
#include "store/Query.h"
#include "store/StoredValues.h"

#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>

#include <memory>

namespace kolokasi {

namespace {

const QStringList kAgencies = {
    QStringLiteral("Dinas Kesehatan|Dinkes"),
    QStringLiteral("Dinas Pendidikan|Disdik"),
    QStringLiteral("Dinas Pekerjaan Umum dan Tata Ruang|DPUTR"),
    QStringLiteral("Dinas Perhubungan|Dishub"),
    QStringLiteral("Dinas Sosial|Dinsos"),
    QStringLiteral("Dinas Kependudukan dan Pencatatan Sipil|Disdukcapil"),
    QStringLiteral("Dinas Penanaman Modal dan PTSP|DPMPTSP"),
    QStringLiteral("Dinas Pertanian|Distan"),
    QStringLiteral("Dinas Perikanan dan Peternakan|Diskanak"),
    QStringLiteral("Dinas Lingkungan Hidup|DLH"),
    QStringLiteral("Dinas Tenaga Kerja|Disnaker"),
    QStringLiteral("Dinas Pariwisata|Disparbud"),
    QStringLiteral("Dinas Koperasi dan UKM|Diskopukm"),
    QStringLiteral("Dinas Perdagangan dan Perindustrian|Disdagin"),
    QStringLiteral("Dinas Perumahan dan Permukiman|Disperkim"),
    QStringLiteral("Dinas Pemuda dan Olahraga|Dispora"),
    QStringLiteral("Dinas Arsip dan Perpustakaan|Dispusip"),
    QStringLiteral("Dinas Pemberdayaan Masyarakat dan Desa|DPMD"),
    QStringLiteral("Badan Perencanaan Pembangunan Daerah|Bappelitbangda"),
    QStringLiteral("Badan Pengelolaan Keuangan dan Aset Daerah|BPKAD"),
    QStringLiteral("Badan Pendapatan Daerah|Bapenda"),
    QStringLiteral("Badan Kepegawaian dan Pengembangan SDM|BKPSDM"),
    QStringLiteral("Badan Penanggulangan Bencana Daerah|BPBD"),
    QStringLiteral("Badan Kesatuan Bangsa dan Politik|Kesbangpol"),
    QStringLiteral("Inspektorat Daerah|Inspektorat"),
    QStringLiteral("Sekretariat Daerah|Setda"),
    QStringLiteral("Sekretariat DPRD|Setwan"),
    QStringLiteral("Satuan Polisi Pamong Praja|Satpol PP"),
    QStringLiteral("RSUD Arjawinangun|RSUD Arjawinangun"),
    QStringLiteral("RSUD Waled|RSUD Waled")};

const QStringList kDistricts = {
    QStringLiteral("Arjawinangun"), QStringLiteral("Astanajapura"),  QStringLiteral("Babakan"),
    QStringLiteral("Beber"),        QStringLiteral("Ciledug"),       QStringLiteral("Ciwaringin"),
    QStringLiteral("Depok"),        QStringLiteral("Dukupuntang"),   QStringLiteral("Gebang"),
    QStringLiteral("Gegesik"),      QStringLiteral("Gempol"),        QStringLiteral("Greged"),
    QStringLiteral("Gunungjati"),   QStringLiteral("Jamblang"),      QStringLiteral("Kaliwedi"),
    QStringLiteral("Kapetakan"),    QStringLiteral("Karangsembung"), QStringLiteral("Karangwareng"),
    QStringLiteral("Kedawung"),     QStringLiteral("Klangenan"),     QStringLiteral("Lemahabang"),
    QStringLiteral("Losari"),       QStringLiteral("Mundu"),         QStringLiteral("Pabedilan"),
    QStringLiteral("Pabuaran"),     QStringLiteral("Palimanan"),     QStringLiteral("Pangenan"),
    QStringLiteral("Panguragan"),   QStringLiteral("Pasaleman"),     QStringLiteral("Plered"),
    QStringLiteral("Plumbon"),      QStringLiteral("Sedong"),        QStringLiteral("Sumber"),
    QStringLiteral("Suranenggala"), QStringLiteral("Susukan"),       QStringLiteral("Talun"),
    QStringLiteral("Tengahtani"),   QStringLiteral("Waled"),         QStringLiteral("Weru"),
    QStringLiteral("Plumbon Barat")};

const QStringList kFirstNames = {
    QStringLiteral("Ahmad"),  QStringLiteral("Siti"),      QStringLiteral("Budi"),
    QStringLiteral("Dewi"),   QStringLiteral("Agus"),      QStringLiteral("Rina"),
    QStringLiteral("Hendra"), QStringLiteral("Nurhayati"), QStringLiteral("Dedi"),
    QStringLiteral("Yanti"),  QStringLiteral("Asep"),      QStringLiteral("Euis"),
    QStringLiteral("Iwan"),   QStringLiteral("Lilis")};
const QStringList kLastNames = {
    QStringLiteral("Suryana"),   QStringLiteral("Rahmawati"), QStringLiteral("Hidayat"),
    QStringLiteral("Kurniasih"), QStringLiteral("Saputra"),   QStringLiteral("Permana"),
    QStringLiteral("Wulandari"), QStringLiteral("Setiawan"),  QStringLiteral("Maulana"),
    QStringLiteral("Fitriani"),  QStringLiteral("Gunawan"),   QStringLiteral("Susanti")};

const QStringList kApplications = {
    QStringLiteral("simpeg"),    QStringLiteral("sipd"),       QStringLiteral("ekinerja"),
    QStringLiteral("sirup"),     QStringLiteral("jdih"),       QStringLiteral("ppid"),
    QStringLiteral("satudata"),  QStringLiteral("sipkd"),      QStringLiteral("emonev"),
    QStringLiteral("siskeudes"), QStringLiteral("epuskesmas"), QStringLiteral("dapodik"),
    QStringLiteral("lapor"),     QStringLiteral("sakip"),      QStringLiteral("webportal"),
    QStringLiteral("mail")};

const QStringList kModels = {
    QStringLiteral("Dell PowerEdge R740"),          QStringLiteral("HPE ProLiant DL380 Gen10"),
    QStringLiteral("Lenovo ThinkSystem SR650"),     QStringLiteral("Dell PowerEdge R650"),
    QStringLiteral("HPE ProLiant DL360 Gen10"),     QStringLiteral("Supermicro SuperServer 1029P"),
    QStringLiteral("Huawei FusionServer 2288H V5"), QStringLiteral("Inspur NF5280M5")};
// The one model every hundredth asset has: a search for it matches 1 % of the register.
const QString kRareModel = QStringLiteral("Fujitsu Primergy RX2540 M5");
constexpr int kRareEvery = 100;

const QStringList kProcessors = {
    QStringLiteral("Intel Xeon Silver 4210R"), QStringLiteral("Intel Xeon Gold 6230"),
    QStringLiteral("AMD EPYC 7302P"), QStringLiteral("Intel Xeon E-2234")};
const QStringList kMemory = {QStringLiteral("32 GB DDR4"), QStringLiteral("64 GB DDR4"),
                             QStringLiteral("128 GB DDR4")};
const QStringList kStorage = {QStringLiteral("2 x 960 GB SSD"), QStringLiteral("4 x 2 TB SAS"),
                              QStringLiteral("2 x 480 GB SSD + 4 x 4 TB SATA")};

constexpr int kRackHeight = 42;
constexpr int kRacksPerNoc = 5000;
constexpr int kRackPowerBudgetW = 8000;
constexpr int kTwelve = 12;
constexpr int kLongHistoryEvents = 400;
const QString kActor = QStringLiteral("generator");

/// A prepared statement executed many times: values are given in the order of the SQL's
/// placeholders.
class Statement
{
public:
    Statement(const Database &db, const QString &sql) : m_query(db, sql)
    {
        static const QRegularExpression placeholder(QStringLiteral(":[a-z_0-9]+"));
        for (auto it = placeholder.globalMatch(sql); it.hasNext();)
            m_names << it.next().captured(0);
    }

    Status exec(const QVariantList &values)
    {
        bindAll(values);
        return m_query.exec();
    }

    Result<qint64> insert(const QVariantList &values)
    {
        bindAll(values);
        return m_query.insertedId();
    }

private:
    void bindAll(const QVariantList &values)
    {
        for (qsizetype i = 0; i < m_names.size(); ++i)
            m_query.bind(m_names.at(i), values.value(i));
    }

    Query m_query;
    QStringList m_names;
};

QVariant null()
{
    return QVariant(QMetaType(QMetaType::QString));
}

/// A place in a rack, handed out bottom to top, rack after rack.
struct RackSlotChoice
{
    qint64 nocId = 0;
    qint64 rackId = 0;
    int firstU = 0;
};

/// The states a request not holding assets is generated in, round-robin: open at each step
/// before the handover, and each way of closing.
enum class OtherState
{
    Open1,
    Open2,
    Open3,
    Open4,
    Open5,
    Open6,
    Open7,
    NoCapacity,
    Rejected,
    Cancelled
};
constexpr int kOtherStates = 10;

class Generator
{
public:
    explicit Generator(Database &db) : m_db(db), m_random(20261127), m_today(db.clock().today()) {}

    Result<GenerationSummary> run(const GenerationSize &size);

private:
    Status prepare();
    Status facility(const GenerationSize &size);
    Status openNoc();
    Status unitsAndOfficers();
    Result<RackSlotChoice> rackSlot(int heightU);
    Result<qint64> request(int unit, bool colocation, const QDateTime &received, int servers,
                           const QString &status, int step, const QString &closeReason);
    Status steps(qint64 requestId, int unit, const QDateTime &received, int upToStep,
                 bool approved);
    Status event(qint64 requestId, int step, const QString &action, const QDateTime &at,
                 const QString &details);
    Status audit(const QDateTime &at, const QString &action, const QString &entity, qint64 id,
                 const QString &details);
    Result<QList<qint64>> servers(qint64 requestId, int count, int unit, bool delivered);
    Result<qint64> placement(qint64 serverId, int unit, bool colocation, const QString &status,
                             const QDateTime &at, int heightU);
    Status completedRequest(int index, int servers, int unit);
    Status otherRequest(int index, OtherState state);
    Status withdrawal(qint64 assetId, int unit, const QDate &day);
    Status documents(qint64 requestId, const QDate &day);
    Status moveSequencesForward();
    Status reviews();

    int pick(int n) { return int(m_random.bounded(quint32(n))); }
    QDateTime at(const QDate &day, int hour) const
    {
        return QDateTime(day, QTime(hour, 0), QTimeZone::utc());
    }
    QString instant(const QDateTime &t) const { return stored::instant(t); }

    Database &m_db;
    QRandomGenerator m_random;
    QDate m_today;
    QHash<QString, std::shared_ptr<Statement>> m_sql;
    GenerationSummary m_summary;

    QList<qint64> m_nocIds;
    QList<qint64> m_unitIds;
    QStringList m_unitSlugs;
    QList<QList<qint64>> m_officerIds; // per unit
    qint64 m_publicPool = 0;
    qint64 m_privatePool = 0;
    qint64 m_currentRack = 0;
    int m_nextU = kRackHeight + 1; // forces a first rack
    int m_assetCount = 0;
    int m_addressCount = 0;
    struct ActiveAsset
    {
        qint64 id;
        int unit;
        QDate installedOn;
    };
    QList<ActiveAsset> m_activeAssets;
    QHash<QPair<QString, int>, int> m_sequences; // (doc type, year) -> last value
    QHash<int, int> m_assetsPerYear;
    QHash<QString, QString> m_patterns;
    qint64 m_lastReview = 0;
    qint64 m_previousReview = 0;

    Statement &sql(const QString &name) { return *m_sql.value(name); }
};

Status Generator::prepare()
{
    const QList<QPair<QString, QString>> statements = {
        {QStringLiteral("noc"),
         QStringLiteral(
             "INSERT INTO nocs (name, location) VALUES (:name, :location) RETURNING id")},
        {QStringLiteral("rack"),
         QStringLiteral("INSERT INTO racks (noc_id, name, height_u, power_budget_w) "
                        "VALUES (:noc, :name, :height, :power) RETURNING id")},
        {QStringLiteral("unit"),
         QStringLiteral("INSERT INTO units (name, short_name, address, phone, email, created_at) "
                        "VALUES (:name, :short, :address, :phone, :email, :at) RETURNING id")},
        {QStringLiteral("officer"),
         QStringLiteral("INSERT INTO officers (unit_id, name, nip, position, phone) "
                        "VALUES (:unit, :name, :nip, :position, :phone) RETURNING id")},
        {QStringLiteral("request"),
         QStringLiteral(
             "INSERT INTO requests (kind, service_type, unit_id, letter_number, letter_date, "
             "subject, "
             "received_at, step, status, needed_rack_units, needed_power_w, needed_bandwidth_mbps, "
             "needed_public_ips, closed_at, close_reason, created_by) VALUES (:kind, :type, :unit, "
             ":letter, :letter_date, :subject, :received, :step, :status, :units, :power, "
             ":bandwidth, "
             ":ips, :closed, :reason, :by) RETURNING id")},
        {QStringLiteral("disposition"),
         QStringLiteral("INSERT INTO dispositions (request_id, disposed_on, to_whom, note) "
                        "VALUES (:id, :on, :to, :note)")},
        {QStringLiteral("check"),
         QStringLiteral("INSERT INTO capacity_checks (request_id, checked_at, checked_by, "
                        "available, note) VALUES (:id, :at, :by, :available, :note)")},
        {QStringLiteral("check_item"),
         QStringLiteral(
             "INSERT INTO capacity_check_items (request_id, resource, needed, free, available) "
             "VALUES (:id, :resource, :needed, :free, :available)")},
        {QStringLiteral("application"),
         QStringLiteral(
             "INSERT INTO applications (request_id, officer_id, unit_address, contact_phone, "
             "domain, "
             "permanent, valid_until, filled_at) VALUES (:id, :officer, :address, :phone, :domain, "
             ":permanent, :until, :at)")},
        {QStringLiteral("approval"),
         QStringLiteral("INSERT INTO approvals (request_id, approved, location, reasons, "
                        "decided_by, decided_at) VALUES (:id, :approved, :location, "
                        ":reasons, :by, :at)")},
        {QStringLiteral("report"),
         QStringLiteral("INSERT INTO step_reports (request_id, step, reported_at, note) "
                        "VALUES (:id, :step, :at, :note)")},
        {QStringLiteral("handover"),
         QStringLiteral("INSERT INTO handovers (request_id, handed_over_at, giver_name, giver_nip, "
                        "receiver_name, "
                        "receiver_unit) VALUES (:id, :at, :giver, :nip, :receiver, :unit)")},
        {QStringLiteral("server"),
         QStringLiteral("INSERT INTO servers (request_id, position, name, rack_units, power_w) "
                        "VALUES (:id, :position, :name, :units, :power) RETURNING id")},
        {QStringLiteral("spec"),
         QStringLiteral("INSERT INTO server_specs (server_id, kind, processor, ram, motherboard, "
                        "storage, psu) "
                        "VALUES (:server, :kind, :processor, :ram, :board, :storage, :psu)")},
        {QStringLiteral("placement"),
         QStringLiteral(
             "INSERT INTO placements (server_id, noc_id, rack_id, first_u, height_u, "
             "location_note, "
             "domain, serial_number, type_brand, host_admin_user, status, created_at) VALUES "
             "(:server, "
             ":noc, :rack, :first, :height, :note, :domain, :serial, :type, :user, :status, :at) "
             "RETURNING id")},
        {QStringLiteral("address"),
         QStringLiteral("INSERT INTO ip_addresses (placement_id, pool_id, address, status, "
                        "assigned_at) VALUES (:placement, :pool, :address, :status, :at)")},
        {QStringLiteral("asset"),
         QStringLiteral(
             "INSERT INTO assets (register_number, placement_id, request_id, unit_id, officer_id, "
             "service_type, installed_on, permanent, valid_until, last_reviewed_on) VALUES "
             "(:number, "
             ":placement, :request, :unit, :officer, :type, :installed, :permanent, :until, "
             ":reviewed) "
             "RETURNING id")},
        {QStringLiteral("event"),
         QStringLiteral("INSERT INTO request_events (request_id, step, action, actor, at, details) "
                        "VALUES (:id, :step, :action, :actor, :at, :details)")},
        {QStringLiteral("correction"),
         QStringLiteral(
             "INSERT INTO request_events (request_id, step, action, actor, at, field, old_value, "
             "new_value, reason) VALUES (:id, :step, 'correction', :actor, :at, :field, :old, "
             ":new, "
             ":reason)")},
        {QStringLiteral("document_event"),
         QStringLiteral(
             "INSERT INTO request_events (request_id, step, action, actor, at, field, new_value) "
             "VALUES (:id, 9, 'document', :actor, :at, :type, :number)")},
        {QStringLiteral("audit"),
         QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_id, details) "
                        "VALUES (:at, :actor, :action, :entity, :entity_id, :details)")},
        {QStringLiteral("document"),
         QStringLiteral("INSERT INTO documents (doc_type, number, request_id, issued_at, "
                        "issued_by) VALUES (:type, :number, :request, :at, :by)")},
        {QStringLiteral("sequence"),
         QStringLiteral("INSERT INTO document_sequences (doc_type, year, last_value) "
                        "VALUES (:type, :year, :value)")},
        {QStringLiteral("withdrawal"),
         QStringLiteral(
             "INSERT INTO withdrawals (request_id, asset_id, reasons, approved, decided_by, "
             "decided_at, "
             "completed_at) VALUES (:id, :asset, :reasons, 1, :by, :decided, :completed)")},
        {QStringLiteral("withdraw_asset"),
         QStringLiteral("UPDATE assets SET status = 'withdrawn', withdrawn_on = :day, "
                        "withdrawal_request_id = :request, "
                        "row_version = row_version + 1 WHERE id = :id")},
        {QStringLiteral("release_placement"),
         QStringLiteral("UPDATE placements SET status = 'released', released_at = :at WHERE id = "
                        "(SELECT placement_id FROM assets WHERE id = :asset)")},
        {QStringLiteral("release_addresses"),
         QStringLiteral(
             "UPDATE ip_addresses SET status = 'released', released_at = :at WHERE placement_id = "
             "(SELECT placement_id FROM assets WHERE id = :asset)")},
        {QStringLiteral("review"),
         QStringLiteral("INSERT INTO reviews (reviewed_on, reviewer, note, started_at, "
                        "finished_at, finished_by) "
                        "VALUES (:on, :reviewer, :note, :started, :finished, :by) RETURNING id")},
        {QStringLiteral("review_item"),
         QStringLiteral("INSERT INTO review_items (review_id, asset_id, matches, note) "
                        "VALUES (:review, :asset, :matches, :note)")},
    };
    for (const auto &[name, text] : statements)
        m_sql.insert(name, std::make_shared<Statement>(m_db, text));
    for (const QString &type : {QStringLiteral("pengajuan"), QStringLiteral("persetujuan"),
                                QStringLiteral("serah-terima")}) {
        auto pattern = DocumentNumbering(m_db).patternFor(type);
        if (!pattern.ok())
            return pattern.error();
        m_patterns.insert(type, *pattern);
    }
    return {};
}

Result<GenerationSummary> Generator::run(const GenerationSize &size)
{
    if (Status prepared = prepare(); !prepared.ok())
        return prepared.error();
    if (Status made = facility(size); !made.ok())
        return made.error();
    if (Status made = unitsAndOfficers(); !made.ok())
        return made.error();
    if (Status made = reviews(); !made.ok())
        return made.error();
    // Requests: a twentieth are withdrawals of installed assets, three quarters of the rest hold
    // the assets (completed), the others are open at every step or closed every way.
    const int withdrawals = qMin(size.assets / 20, size.requests / 20);
    const int placementRequests = qMax(1, size.requests - withdrawals);
    const int completed = qMax(1, qMin(size.assets, placementRequests * 3 / 4));
    int assetsLeft = size.assets;
    for (int i = 0; i < completed; ++i) {
        const int requestsLeft = completed - i;
        int servers = 1;
        if (i == 0 && assetsLeft >= kTwelve + requestsLeft - 1)
            servers = kTwelve;
        else if (i >= 3) {
            const int average = assetsLeft / requestsLeft;
            servers = requestsLeft == 1 ? assetsLeft
                                        : qBound(1, 1 + pick(qMax(1, 2 * average - 1)),
                                                 assetsLeft - (requestsLeft - 1));
        }
        if (Status made = completedRequest(i, servers, pick(int(m_unitIds.size()))); !made.ok())
            return made.error();
        assetsLeft -= servers;
    }
    for (int i = 0; i < placementRequests - completed; ++i) {
        if (Status made = otherRequest(i, OtherState(i % kOtherStates)); !made.ok())
            return made.error();
    }
    for (int i = 0; i < withdrawals && !m_activeAssets.isEmpty(); ++i) {
        const ActiveAsset asset = m_activeAssets.takeAt(pick(int(m_activeAssets.size())));
        const QDate day = qMin(m_today.addDays(-1), asset.installedOn.addDays(200 + pick(700)));
        if (Status made = withdrawal(asset.id, asset.unit, day); !made.ok())
            return made.error();
    }
    if (Status moved = moveSequencesForward(); !moved.ok())
        return moved.error();
    return m_summary;
}

Status Generator::facility(const GenerationSize &size)
{
    Q_UNUSED(size)
    // More NOCs are opened as racks fill them (rackSlot).
    if (Status opened = openNoc(); !opened.ok())
        return opened;
    Statement pool(
        m_db, QStringLiteral(
                  "INSERT INTO ip_pools (name, cidr, is_public) VALUES (:name, :cidr, :public) "
                  "RETURNING id"));
    auto publicPool = pool.insert({QStringLiteral("Publik"), QStringLiteral("36.64.0.0/12"), 1});
    auto privatePool =
        pool.insert({QStringLiteral("Jaringan dalam"), QStringLiteral("10.0.0.0/8"), 0});
    if (!publicPool.ok() || !privatePool.ok())
        return publicPool.ok() ? privatePool.error() : publicPool.error();
    m_publicPool = *publicPool;
    m_privatePool = *privatePool;
    Statement resource(m_db, QStringLiteral("INSERT INTO facility_resources (kind, name, capacity) "
                                            "VALUES (:kind, :name, :capacity)"));
    for (const auto &[kind, capacity] :
         {std::pair{QStringLiteral("ups"), 2.0e6}, std::pair{QStringLiteral("genset"), 3.0e6},
          std::pair{QStringLiteral("bandwidth"), 1.0e5}}) {
        if (Status made =
                resource.exec({kind, kind.toUpper() + QStringLiteral(" utama"), capacity});
            !made.ok())
            return made;
    }
    return {};
}

Status Generator::unitsAndOfficers()
{
    QStringList units;
    for (const QString &agency : kAgencies)
        units << agency;
    for (const QString &district : kDistricts)
        units << QStringLiteral("Kecamatan %1|Kec. %1").arg(district);
    int nipSerial = 0;
    for (const QString &unit : units) {
        const QString name = unit.section(QLatin1Char('|'), 0, 0);
        const QString shortName = unit.section(QLatin1Char('|'), 1, 1);
        QString slug = shortName.toLower();
        slug.remove(QRegularExpression(QStringLiteral("[^a-z]")));
        auto id =
            sql(QStringLiteral("unit"))
                .insert({name, shortName,
                         QStringLiteral("Jl. Sunan Kalijaga No. %1, Sumber").arg(pick(200) + 1),
                         QStringLiteral("0231-32%1").arg(pick(9000) + 1000),
                         slug + QStringLiteral("@cirebonkab.go.id"),
                         instant(at(m_today.addYears(-9), 2))});
        if (!id.ok())
            return id.error();
        m_unitIds << *id;
        m_unitSlugs << slug;
        QList<qint64> officers;
        for (int i = 0; i < 3; ++i) {
            ++nipSerial;
            const QDate born(1965 + pick(30), 1 + pick(12), 1 + pick(28));
            const QString nip = QStringLiteral("%1%2%3%4%5")
                                    .arg(born.toString(QStringLiteral("yyyyMMdd")))
                                    .arg(born.year() + 24 + pick(5))
                                    .arg(1 + pick(12), 2, 10, QLatin1Char('0'))
                                    .arg(1 + pick(2))
                                    .arg(nipSerial % 1000, 3, 10, QLatin1Char('0'));
            auto officer =
                sql(QStringLiteral("officer"))
                    .insert({m_unitIds.last(),
                             kFirstNames.at(pick(int(kFirstNames.size()))) + QLatin1Char(' ') +
                                 kLastNames.at(pick(int(kLastNames.size()))),
                             nip,
                             i == 0 ? QStringLiteral("Kepala Sub Bagian Umum")
                                    : QStringLiteral("Pranata Komputer"),
                             QStringLiteral("08%1").arg(1100000000 + pick(899999999))});
            if (!officer.ok())
                return officer.error();
            officers << *officer;
        }
        m_officerIds << officers;
    }
    m_summary.units = int(units.size());
    m_summary.officers = int(units.size()) * 3;
    return {};
}

// Two finished reviews (an unfinished one would stop a new review from starting).
Status Generator::reviews()
{
    const auto finishedReview = [this](const QDate &day) {
        const QString reviewer = QStringLiteral("Tim Pusat Data");
        return sql(QStringLiteral("review"))
            .insert({stored::date(day), reviewer, QStringLiteral("Peninjauan tahunan"),
                     stored::instant(QDateTime(day, QTime(8, 0), QTimeZone::utc())),
                     stored::instant(QDateTime(day.addDays(2), QTime(9, 0), QTimeZone::utc())),
                     reviewer});
    };
    auto previous = finishedReview(m_today.addMonths(-14));
    auto last = finishedReview(m_today.addMonths(-2));
    if (!previous.ok() || !last.ok())
        return previous.ok() ? last.error() : previous.error();
    m_previousReview = *previous;
    m_lastReview = *last;
    return {};
}

Status Generator::openNoc()
{
    static const QStringList names = {QStringLiteral("NOC Utama"), QStringLiteral("NOC Cadangan")};
    const int index = int(m_nocIds.size());
    const QString name =
        index < names.size() ? names.at(index) : QStringLiteral("NOC Gedung %1").arg(index - 1);
    auto id = sql(QStringLiteral("noc"))
                  .insert({name, QStringLiteral("Kantor Diskominfo, lantai %1").arg(index + 1)});
    if (!id.ok())
        return id.error();
    m_nocIds << *id;
    m_summary.nocs = int(m_nocIds.size());
    return {};
}

Result<RackSlotChoice> Generator::rackSlot(int heightU)
{
    // Two units at the top stay free for patch panels, as admins keep them.
    if (m_nextU + heightU - 1 > kRackHeight - 2) {
        const int rackIndex = m_summary.racks;
        if (rackIndex > 0 && rackIndex % kRacksPerNoc == 0) {
            if (Status opened = openNoc(); !opened.ok())
                return opened.error();
        }
        const qint64 nocId = m_nocIds.last();
        auto id = sql(QStringLiteral("rack"))
                      .insert({nocId,
                               QStringLiteral("R%1").arg(rackIndex % kRacksPerNoc + 1, 4, 10,
                                                         QLatin1Char('0')),
                               kRackHeight, kRackPowerBudgetW});
        if (!id.ok())
            return id.error();
        ++m_summary.racks;
        m_currentRack = *id;
        m_nextU = 1;
    }
    RackSlotChoice slot{m_nocIds.last(), m_currentRack, m_nextU};
    m_nextU += heightU;
    return slot;
}

Result<qint64> Generator::request(int unit, bool colocation, const QDateTime &received, int servers,
                                  const QString &status, int step, const QString &closeReason)
{
    auto id =
        sql(QStringLiteral("request"))
            .insert({QStringLiteral("placement"),
                     colocation ? QStringLiteral("colocation") : QStringLiteral("hosting"),
                     m_unitIds.at(unit),
                     QStringLiteral("005/%1/%2/%3")
                         .arg(pick(900) + 100)
                         .arg(m_unitSlugs.at(unit))
                         .arg(received.date().year()),
                     stored::date(received.date().addDays(-2)),
                     QStringLiteral("Permohonan %1 server %2")
                         .arg(colocation ? QStringLiteral("kolokasi") : QStringLiteral("hosting"))
                         .arg(servers),
                     instant(received), step, status, colocation ? servers * 2 : 0, servers * 400,
                     10 * servers, pick(2),
                     closeReason.isEmpty() && status == QLatin1String("open")
                         ? null()
                         : QVariant(instant(received.addDays(4))),
                     closeReason.isEmpty() ? null() : QVariant(closeReason), kActor});
    if (!id.ok())
        return id.error();
    ++m_summary.requests;
    if (Status logged = event(*id, 1, QStringLiteral("register_letter"), received, {});
        !logged.ok())
        return logged.error();
    if (Status logged =
            audit(received, QStringLiteral("create"), QStringLiteral("request"), *id, {});
        !logged.ok())
        return logged.error();
    return id;
}

Status Generator::event(qint64 requestId, int step, const QString &action, const QDateTime &when,
                        const QString &details)
{
    return sql(QStringLiteral("event"))
        .exec({requestId, step, action, kActor, instant(when),
               details.isEmpty() ? null() : QVariant(details)});
}

Status Generator::audit(const QDateTime &when, const QString &action, const QString &entity,
                        qint64 id, const QString &details)
{
    return sql(QStringLiteral("audit"))
        .exec({instant(when), kActor, action, entity, QString::number(id),
               details.isEmpty() ? null() : QVariant(details)});
}

// Records of steps 2 up to `upToStep` (at most 7; the handover is the caller's), with history.
Status Generator::steps(qint64 requestId, int unit, const QDateTime &received, int upToStep,
                        bool approved)
{
    Status done;
    const QDateTime checked = received.addSecs(3600);
    const QDateTime filled = received.addDays(1);
    if (upToStep >= 2) {
        done =
            sql(QStringLiteral("disposition"))
                .exec({requestId, stored::date(received.date()), QStringLiteral("Tim Pusat Data"),
                       QStringLiteral("Mohon diproses sesuai SOP")});
        if (done.ok())
            done = event(requestId, 2, QStringLiteral("dispose"), received.addSecs(600),
                         QStringLiteral("Tim Pusat Data"));
    }
    if (done.ok() && upToStep >= 3) {
        const bool available = upToStep > 3 || approved;
        done = sql(QStringLiteral("check"))
                   .exec({requestId, instant(checked), kActor, available ? 1 : 0,
                          available ? QStringLiteral("Kapasitas tersedia")
                                    : QStringLiteral("Rak penuh")});
        for (const QString &resource :
             {QStringLiteral("server"), QStringLiteral("power"), QStringLiteral("ups"),
              QStringLiteral("genset"), QStringLiteral("bandwidth"), QStringLiteral("space"),
              QStringLiteral("public_ip")}) {
            if (done.ok())
                done = sql(QStringLiteral("check_item"))
                           .exec({requestId, resource, 1 + pick(4), available ? 100 + pick(900) : 0,
                                  available ? 1 : 0});
        }
        if (done.ok())
            done = event(
                requestId, 3,
                available ? QStringLiteral("capacity_check") : QStringLiteral("close_no_capacity"),
                checked,
                available ? QStringLiteral("available") : QStringLiteral("closed_no_capacity"));
    }
    if (done.ok() && upToStep >= 4) {
        const bool permanent = pick(10) < 7;
        done = sql(QStringLiteral("application"))
                   .exec({requestId, m_officerIds.at(unit).at(pick(3)),
                          QStringLiteral("Jl. Sunan Kalijaga, Sumber"),
                          QStringLiteral("0231-321%1").arg(pick(900) + 100),
                          QStringLiteral("%1.%2.cirebonkab.go.id")
                              .arg(kApplications.at(pick(int(kApplications.size()))),
                                   m_unitSlugs.at(unit)),
                          permanent ? 1 : 0,
                          permanent ? null()
                                    : QVariant(stored::date(filled.date().addYears(1 + pick(3)))),
                          instant(filled)});
        if (done.ok())
            done = event(requestId, 4, QStringLiteral("fill_application"), filled, {});
    }
    if (done.ok() && upToStep >= 5) {
        const bool yes = upToStep > 5 || approved;
        done = sql(QStringLiteral("approval"))
                   .exec({requestId, yes ? 1 : 0, QStringLiteral("NOC Utama"),
                          yes ? QStringLiteral("Kapasitas mencukupi dan sesuai kebutuhan")
                              : QStringLiteral("Aplikasi dapat memakai layanan yang sudah ada"),
                          QStringLiteral("Kepala Bidang"), instant(filled.addSecs(3600))});
        if (done.ok())
            done = event(requestId, 5, yes ? QStringLiteral("approve") : QStringLiteral("reject"),
                         filled.addSecs(3600), {});
    }
    for (int step : {6, 7}) {
        if (done.ok() && upToStep >= step) {
            done = sql(QStringLiteral("report"))
                       .exec({requestId, step, instant(received.addDays(step - 4)),
                              QStringLiteral("Catatan langkah %1").arg(step)});
            if (done.ok())
                done = event(requestId, step,
                             step == 6 ? QStringLiteral("notify_unit") : QStringLiteral("deliver"),
                             received.addDays(step - 4), {});
        }
    }
    if (done.ok())
        done = audit(received.addDays(1), QStringLiteral("update"), QStringLiteral("request"),
                     requestId, QStringLiteral("step %1").arg(upToStep));
    return done;
}

Result<QList<qint64>> Generator::servers(qint64 requestId, int count, int unit, bool delivered)
{
    QList<qint64> ids;
    for (int i = 0; i < count; ++i) {
        auto id = sql(QStringLiteral("server"))
                      .insert({requestId, i + 1,
                               QStringLiteral("SRV-%1-%2")
                                   .arg(m_unitSlugs.at(unit).toUpper())
                                   .arg(requestId * 100 + i + 1),
                               1 + pick(3), 150 + 50 * pick(12)});
        if (!id.ok())
            return id.error();
        const QString processor = kProcessors.at(pick(int(kProcessors.size())));
        const QString memory = kMemory.at(pick(int(kMemory.size())));
        const QString storage = kStorage.at(pick(int(kStorage.size())));
        for (const QString &kind : {QStringLiteral("requested"), QStringLiteral("delivered")}) {
            if (kind == QLatin1String("delivered") && !delivered)
                break;
            if (Status made = sql(QStringLiteral("spec"))
                                  .exec({*id, kind, processor, memory, QStringLiteral("Intel C621"),
                                         storage, QStringLiteral("2 x 750 W")});
                !made.ok())
                return made.error();
        }
        ids << *id;
    }
    return ids;
}

Result<qint64> Generator::placement(qint64 serverId, int unit, bool colocation,
                                    const QString &status, const QDateTime &when, int heightU)
{
    RackSlotChoice slot{m_nocIds.first(), 0, 0};
    if (colocation) {
        auto chosen = rackSlot(heightU);
        if (!chosen.ok())
            return chosen.error();
        slot = *chosen;
    }
    const int number = m_assetCount + 1;
    const QString model =
        number % kRareEvery == 42 % kRareEvery ? kRareModel : kModels.at(pick(int(kModels.size())));
    auto id =
        sql(QStringLiteral("placement"))
            .insert(
                {serverId, slot.nocId,
                 slot.rackId > 0 ? QVariant(slot.rackId) : QVariant(QMetaType(QMetaType::LongLong)),
                 slot.rackId > 0 ? QVariant(slot.firstU) : QVariant(QMetaType(QMetaType::Int)),
                 slot.rackId > 0 ? QVariant(heightU) : QVariant(QMetaType(QMetaType::Int)),
                 colocation ? QStringLiteral("Rak %1").arg(slot.rackId)
                            : QStringLiteral("VM pada klaster virtualisasi"),
                 QStringLiteral("%1-%2.%3.cirebonkab.go.id")
                     .arg(kApplications.at(number % kApplications.size()))
                     .arg(serverId)
                     .arg(m_unitSlugs.at(unit)),
                 colocation ? QVariant(QStringLiteral("SN%1").arg(7000000 + serverId)) : null(),
                 model, QStringLiteral("admin%1").arg(serverId), status, instant(when)});
    if (!id.ok())
        return id.error();
    const QString addressStatus = status;
    ++m_addressCount;
    const int n = m_addressCount;
    if (Status made = sql(QStringLiteral("address"))
                          .exec({*id, m_privatePool,
                                 QStringLiteral("10.%1.%2.%3")
                                     .arg((n >> 16) & 255)
                                     .arg((n >> 8) & 255)
                                     .arg(n & 255),
                                 addressStatus, instant(when)});
        !made.ok())
        return made.error();
    if (pick(10) < 3) {
        const int p = 0x40000 + n; // inside 36.64.0.0/12
        if (Status made = sql(QStringLiteral("address"))
                              .exec({*id, m_publicPool,
                                     QStringLiteral("36.%1.%2.%3")
                                         .arg(64 + ((p >> 16) & 15))
                                         .arg((p >> 8) & 255)
                                         .arg(p & 255),
                                     addressStatus, instant(when)});
            !made.ok())
            return made.error();
    }
    if (Status logged = audit(when, QStringLiteral("create"), QStringLiteral("placement"), *id, {});
        !logged.ok())
        return logged.error();
    return id;
}

Status Generator::completedRequest(int index, int serverCount, int unit)
{
    const QDateTime received = at(m_today.addDays(-30 - pick(2900)), 2 + pick(6));
    const bool colocation = pick(10) < 7;
    auto id = request(unit, colocation, received, serverCount, QStringLiteral("completed"), 9, {});
    if (!id.ok())
        return id.error();
    if (index == 1)
        m_summary.oneServerRequestId = *id;
    if (index == 0 && serverCount == kTwelve)
        m_summary.twelveServerRequestId = *id;
    if (Status done = steps(*id, unit, received, 7, true); !done.ok())
        return done;
    const QDateTime handedOver = received.addDays(4);
    auto serverIds = servers(*id, serverCount, unit, true);
    if (!serverIds.ok())
        return serverIds.error();
    Status done = sql(QStringLiteral("handover"))
                      .exec({*id, instant(handedOver), QStringLiteral("Pranata Komputer Unit"),
                             QStringLiteral("198501012010011001"), QStringLiteral("Tim Pusat Data"),
                             QStringLiteral("Diskominfo")});
    if (done.ok())
        done = event(*id, 8, QStringLiteral("handover"), handedOver, {});
    const bool permanent = pick(10) < 7;
    const QDate until = handedOver.date().addDays(365 + pick(3 * 365));
    const qint64 officer = m_officerIds.at(unit).at(pick(3));
    for (qint64 serverId : *serverIds) {
        if (!done.ok())
            return done;
        auto placementId = placement(serverId, unit, colocation, QStringLiteral("active"),
                                     handedOver, 1 + pick(2) + pick(2));
        if (!placementId.ok())
            return placementId.error();
        ++m_assetCount;
        // Reviews: a third never reviewed, a third only in the review before last (overdue), a
        // third recently.
        const int reviewed = pick(3);
        const bool installedBeforeLast = handedOver.date() < m_today.addMonths(-2);
        const bool installedBeforePrevious = handedOver.date() < m_today.addMonths(-14);
        const QDate reviewedOn = reviewed == 2 && installedBeforeLast       ? m_today.addMonths(-2)
                                 : reviewed == 1 && installedBeforePrevious ? m_today.addMonths(-14)
                                                                            : QDate();
        const int numberInYear = ++m_assetsPerYear[handedOver.date().year()];
        auto assetId =
            sql(QStringLiteral("asset"))
                .insert({QStringLiteral("AST-%1-%2")
                             .arg(handedOver.date().year())
                             .arg(numberInYear, 4, 10, QLatin1Char('0')),
                         *placementId, *id, m_unitIds.at(unit), officer,
                         colocation ? QStringLiteral("colocation") : QStringLiteral("hosting"),
                         stored::date(handedOver.date()), permanent ? 1 : 0,
                         permanent ? null() : QVariant(stored::date(until)),
                         reviewedOn.isValid() ? QVariant(stored::date(reviewedOn)) : null()});
        if (!assetId.ok())
            return assetId.error();
        if (reviewedOn.isValid())
            done = sql(QStringLiteral("review_item"))
                       .exec({reviewedOn == m_today.addMonths(-2) ? m_lastReview : m_previousReview,
                              *assetId, pick(20) == 0 ? 0 : 1, QStringLiteral("Sesuai")});
        if (done.ok())
            done =
                audit(handedOver, QStringLiteral("create"), QStringLiteral("asset"), *assetId, {});
        m_activeAssets.append({*assetId, unit, handedOver.date()});
    }
    if (done.ok())
        done = event(*id, 9, QStringLiteral("complete"), handedOver.addSecs(7200), {});
    if (done.ok())
        done = sql(QStringLiteral("report"))
                   .exec({*id, 9, instant(handedOver.addSecs(7200)),
                          QStringLiteral("Server sudah dapat diakses")});
    if (done.ok())
        done = documents(*id, handedOver.date());
    if (done.ok() && index == 2) {
        // A request corrected again and again: its history is long to open.
        m_summary.longHistoryRequestId = *id;
        for (int i = 0; i < kLongHistoryEvents && done.ok(); ++i)
            done = sql(QStringLiteral("correction"))
                       .exec({*id, 4, kActor, instant(handedOver.addSecs(60 * i)),
                              QStringLiteral("contact_phone"),
                              QStringLiteral("0231-32%1").arg(1000 + i),
                              QStringLiteral("0231-32%1").arg(1001 + i),
                              QStringLiteral("Nomor kontak berganti")});
    }
    m_summary.assets = m_assetCount;
    return done;
}

Status Generator::documents(qint64 requestId, const QDate &day)
{
    for (const QString &type : {QStringLiteral("pengajuan"), QStringLiteral("persetujuan"),
                                QStringLiteral("serah-terima")}) {
        int &sequence = m_sequences[{type, day.year()}];
        ++sequence;
        const QString number = DocumentNumbering::applyPattern(
            m_patterns.value(type), sequence, day, DocumentNumbering::codeOf(type));
        if (Status done = sql(QStringLiteral("document"))
                              .exec({type, number, requestId, instant(at(day, 3)), kActor});
            !done.ok())
            return done;
        if (Status done = sql(QStringLiteral("document_event"))
                              .exec({requestId, kActor, instant(at(day, 3)), type, number});
            !done.ok())
            return done;
    }
    return {};
}

Status Generator::otherRequest(int index, OtherState state)
{
    const int unit = pick(int(m_unitIds.size()));
    const bool open = state <= OtherState::Open7;
    const QDateTime received =
        at(open ? m_today.addDays(-pick(20)) : m_today.addDays(-30 - pick(2900)), 1 + pick(7));
    int step = 1;
    QString status = QStringLiteral("open");
    QString reason;
    switch (state) {
    case OtherState::NoCapacity:
        step = 3;
        status = QStringLiteral("closed_no_capacity");
        reason = QStringLiteral("Rak penuh");
        break;
    case OtherState::Rejected:
        step = 5;
        status = QStringLiteral("closed_rejected");
        reason = QStringLiteral("Ditolak Kepala Bidang");
        break;
    case OtherState::Cancelled:
        step = 1 + index % 7;
        status = QStringLiteral("closed_cancelled");
        reason = QStringLiteral("Dibatalkan unit");
        break;
    default:
        step = int(state) + 1;
        break;
    }
    const int serverCount = 1 + pick(3);
    const bool colocation = pick(10) < 7;
    auto id = request(unit, colocation, received, serverCount, status, step, reason);
    if (!id.ok())
        return id.error();
    auto serverIds = servers(*id, serverCount, unit, false);
    if (!serverIds.ok())
        return serverIds.error();
    const bool refused = state == OtherState::NoCapacity || state == OtherState::Rejected;
    if (Status done = steps(*id, unit, received, step, !refused); !done.ok())
        return done;
    if (state == OtherState::Cancelled) {
        if (Status done = event(*id, step, QStringLiteral("cancel"), received.addDays(1), reason);
            !done.ok())
            return done;
    }
    // Approved and not yet installed: the rack units are reserved.
    if (open && step >= 5) {
        for (qint64 serverId : *serverIds) {
            auto reserved = placement(serverId, unit, colocation, QStringLiteral("reserved"),
                                      received.addDays(1), 1 + pick(2));
            if (!reserved.ok())
                return reserved.error();
        }
    }
    return {};
}

Status Generator::withdrawal(qint64 assetId, int unit, const QDate &day)
{
    const QDateTime received = at(day.addDays(-3), 3);
    auto id =
        sql(QStringLiteral("request"))
            .insert({QStringLiteral("withdrawal"), QStringLiteral("colocation"), m_unitIds.at(unit),
                     QStringLiteral("005/%1/Pencabutan/%2").arg(assetId).arg(day.year()),
                     stored::date(day.addDays(-5)), QStringLiteral("Pencabutan server"),
                     instant(received), 9, QStringLiteral("completed"), 0, 0, 0, 0,
                     instant(at(day, 4)), null(), kActor});
    if (!id.ok())
        return id.error();
    ++m_summary.requests;
    ++m_summary.withdrawnAssets;
    m_summary.withdrawalRequestId = *id;
    Status done = sql(QStringLiteral("withdrawal"))
                      .exec({*id, assetId, QStringLiteral("Aplikasi dipindahkan ke layanan cloud"),
                             QStringLiteral("Kepala Bidang"), instant(received.addDays(1)),
                             instant(at(day, 4))});
    if (done.ok())
        done = event(*id, 1, QStringLiteral("register_withdrawal"), received, {});
    if (done.ok())
        done = event(*id, 5, QStringLiteral("approve_withdrawal"), received.addDays(1),
                     QStringLiteral("Kepala Bidang"));
    if (done.ok())
        done = event(*id, 9, QStringLiteral("complete_withdrawal"), at(day, 4),
                     QStringLiteral("completed"));
    if (done.ok())
        done = sql(QStringLiteral("release_addresses")).exec({instant(at(day, 4)), assetId});
    if (done.ok())
        done = sql(QStringLiteral("release_placement")).exec({instant(at(day, 4)), assetId});
    if (done.ok())
        done = sql(QStringLiteral("withdraw_asset")).exec({stored::date(day), *id, assetId});
    if (done.ok())
        done = audit(at(day, 4), QStringLiteral("withdraw"), QStringLiteral("asset"), assetId,
                     stored::date(day));
    return done;
}

Status Generator::moveSequencesForward()
{
    for (auto it = m_sequences.cbegin(); it != m_sequences.cend(); ++it) {
        if (Status done =
                sql(QStringLiteral("sequence")).exec({it.key().first, it.key().second, it.value()});
            !done.ok())
            return done;
    }
    // The register numbers too: the next asset the workflow stores gets a fresh number.
    for (auto it = m_assetsPerYear.cbegin(); it != m_assetsPerYear.cend(); ++it) {
        if (Status done = sql(QStringLiteral("sequence"))
                              .exec({QStringLiteral("asset"), it.key(), it.value()});
            !done.ok())
            return done;
    }
    return {};
}

} // namespace

Result<GenerationSummary> BulkGenerator::fill(const GenerationSize &size)
{
    if (size.assets < 1 || size.requests < 1)
        return Error{QStringLiteral("invalid_size"), tr("Give at least one asset and one request."),
                     QStringLiteral("assets")};
    if (size.requests > size.assets * 4 + 100)
        return Error{QStringLiteral("invalid_size"),
                     tr("Give at most four requests per asset (plus 100)."),
                     QStringLiteral("requests")};
    // One big transaction: with SQLite's default 2 MB page cache it would spill and write the
    // same pages to the log again and again (up to 1 GB, taken only as the file grows); the
    // statement journals of the search triggers stay in memory instead of a temporary file.
    const bool sqlite = m_db.dialect().isSQLite();
    const QStringList bulk = {QStringLiteral("PRAGMA cache_size = -1048576"),
                              QStringLiteral("PRAGMA temp_store = MEMORY")};
    const QStringList usual = {QStringLiteral("PRAGMA cache_size = -2000"),
                               QStringLiteral("PRAGMA temp_store = DEFAULT")};
    for (const QString &pragma : sqlite ? bulk : QStringList()) {
        if (Status set = m_db.executeStatement(pragma); !set.ok())
            return set.error();
    }
    auto summary = m_db.transaction([&]() { return Generator(m_db).run(size); });
    for (const QString &pragma : sqlite ? usual : QStringList())
        m_db.executeStatement(pragma).ok();
    return summary;
}

} // namespace kolokasi
