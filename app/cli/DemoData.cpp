#include "DemoData.h"

#include "documents/DocumentService.h"

#include "common/StatusOf.h"
#include "domain/AgencyProfile.h"
#include "domain/Signatory.h"
#include "register/AssetRegister.h"
#include "services/DataCentreService.h"
#include "store/Database.h"
#include "store/DatabaseContents.h"
#include "store/DocumentNumbering.h"
#include "services/FacilityService.h"
#include "workflow/RequestList.h"
#include "services/SettingsService.h"
#include "services/MasterData.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QTimeZone>

#include <array>

namespace kolokasi {

namespace {
struct UnitSeed
{
    const char *name;
    const char *shortName;
    const char *officer;
    int gender; // NIP digit 15: 1 man, 2 woman
    const char *app;
};

// Real-sounding units (OPD) of Kabupaten Cirebon and the application each hosts.
constexpr std::array<UnitSeed, 25> kUnits{{
    {"Dinas Kesehatan", "Dinkes", "dr. Hj. NENG HASANAH, M.Kes", 2, "simpus"},
    {"RSUD Waled", "RSUD Waled", "dr. H. ASEP SUDRAJAT, Sp.PD", 1, "simrs-waled"},
    {"RSUD Arjawinangun", "RSUD Arjawinangun", "dr. RINI MARLINA, MARS", 2, "simrs-arjawinangun"},
    {"Kecamatan Sumber", "Kec. Sumber", "UJANG SUPRIATNA, S.Sos, M.Si", 1, "kec-sumber"},
    {"Kecamatan Plumbon", "Kec. Plumbon", "H. DEDI KURNIADI, S.IP", 1, "kec-plumbon"},
    {"Kecamatan Weru", "Kec. Weru", "ENDANG SRI WAHYUNI, S.E.", 2, "kec-weru"},
    {"Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah", "Bappelitbangda",
     "Ir. DADANG KURNIAWAN, M.T.", 1, "sippd"},
    {"Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "BKPSDM", "Drs. AHMAD SYAFEI, M.Si",
     1, "simpeg"},
    {"Badan Pengelolaan Keuangan dan Aset Daerah", "BPKAD", "YAYAT HIDAYAT, S.E., M.M.", 1,
     "sipkd"},
    {"Badan Pendapatan Daerah", "Bapenda", "RINA ROSMAWATI, S.E.", 2, "pajakonline"},
    {"Dinas Pendidikan", "Disdik", "H. ROSIDIN, S.Pd, M.Pd", 1, "ppdb"},
    {"Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil", "IWAN RIDWAN, S.H.", 1, "sikuat"},
    {"Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "DPMPTSP", "NURHAYATI, S.Sos", 2,
     "perizinan"},
    {"Dinas Perhubungan", "Dishub", "AGUS PRIYANTO, S.T.", 1, "atcs"},
    {"Dinas Sosial", "Dinsos", "SITI KHODIJAH, S.Sos", 2, "siks"},
    {"Dinas Pertanian", "Distan", "Ir. WAWAN SETIAWAN", 1, "simluhtan"},
    {"Dinas Lingkungan Hidup", "DLH", "DEDE SUHERMAN, S.T., M.T.", 1, "silh"},
    {"Dinas Pekerjaan Umum dan Penataan Ruang", "DPUTR", "HERI KUSNADI, S.T.", 1, "sijaka"},
    {"Sekretariat Daerah", "Setda", "Drs. MUHAMMAD TAUFIK", 1, "jdih"},
    {"Sekretariat DPRD", "Setwan", "LILIS SURYANI, S.H.", 2, "dprd"},
    {"Inspektorat Daerah", "Inspektorat", "ENCEP SAEPUDIN, S.E., Ak.", 1, "siwas"},
    {"Satuan Polisi Pamong Praja", "Satpol PP", "OMAN ROHMAN, S.Sos", 1, "trantibum"},
    {"Badan Penanggulangan Bencana Daerah", "BPBD", "JAJANG SUJANA, S.T.", 1, "siaga"},
    {"Dinas Koperasi dan Usaha Mikro", "Diskopum", "TATI SUMIATI, S.E.", 2, "umkm"},
    {"Dinas Perpustakaan dan Kearsipan", "Dispusip", "YANTI NURYANTI, S.IPI", 2, "perpustakaan"},
}};

struct Model
{
    const char *typeBrand;
    const char *processor;
    const char *ram;
    const char *motherboard;
    const char *storage;
    const char *psu;
    int rackUnits;
    int powerW;
};

constexpr std::array<Model, 4> kModels{{
    {"Dell PowerEdge R650", "Intel Xeon Silver 4314", "64 GB DDR4", "Dell 0R650", "2 x 960 GB SSD",
     "2 x 800 W", 1, 450},
    {"HPE ProLiant DL380 Gen10", "Intel Xeon Gold 5218", "128 GB DDR4", "HPE DL380 Gen10",
     "4 x 1,2 TB SAS", "2 x 800 W", 2, 550},
    {"Lenovo ThinkSystem SR650", "Intel Xeon Silver 4210R", "64 GB DDR4", "Lenovo SR650",
     "2 x 1,92 TB SSD", "2 x 750 W", 2, 500},
    {"Fujitsu Primergy RX2540 M5", "Intel Xeon Silver 4208", "32 GB DDR4", "Fujitsu D3384",
     "2 x 600 GB SAS", "2 x 450 W", 2, 350},
}};

QString text(const char *latin1)
{
    return QString::fromUtf8(latin1);
}

/// A valid 18-digit NIP for officer `i`: birth date, appointment 24+ years later, gender, serial.
QString nipFor(int i, int gender)
{
    const QDate birth(1968 + (i * 7) % 22, (i * 5) % 12 + 1, (i * 11) % 28 + 1);
    return QStringLiteral("%1%2%3%4%5")
        .arg(birth.toString(QStringLiteral("yyyyMMdd")))
        .arg(birth.year() + 24 + i % 4)
        .arg((i * 7) % 12 + 1, 2, 10, QLatin1Char('0'))
        .arg(gender)
        .arg(i % 9 + 1, 3, 10, QLatin1Char('0'));
}

/// A valid NI PPPK for officer `i`: birth date, appointment year 2021-2023, code 21, gender,
/// serial.
QString pppkNumberFor(int i, int gender)
{
    const QDate birth(1988 + (i * 3) % 9, (i * 7) % 12 + 1, (i * 13) % 28 + 1);
    return QStringLiteral("%1%2%3%4%5")
        .arg(birth.toString(QStringLiteral("yyyyMMdd")))
        .arg(2021 + i % 3)
        .arg(QStringLiteral("21"))
        .arg(gender)
        .arg(i % 7 + 1, 3, 10, QLatin1Char('0'));
}

// Contract (PPPK) IT staff of every third unit: name and gender digit.
constexpr std::array<std::pair<const char *, int>, 9> kContractStaff{{
    {"RIZKY FAUZAN, S.Kom", 1},
    {"NADIA PUSPITASARI, S.T.", 2},
    {"FIKRI HAIKAL, A.Md.Kom", 1},
    {"SALSABILA AZZAHRA, S.Kom", 2},
    {"GILANG RAMADHAN, S.T.", 1},
    {"AYU LESTARI, S.Kom", 2},
    {"BAYU PRATAMA, A.Md", 1},
    {"INTAN PERMATASARI, S.Si", 2},
    {"DIMAS ARDIANSYAH, S.Kom", 1},
}};

Status contractOfficer(MasterData &repository, qint64 unitId, int i)
{
    const auto &[name, gender] = kContractStaff[std::size_t(i / 3) % kContractStaff.size()];
    Officer staff;
    staff.unitId = unitId;
    staff.name = text(name);
    staff.kind = EmployeeKind::Pppk;
    staff.nip = pppkNumberFor(i, gender);
    staff.position = QStringLiteral("Pranata Komputer Ahli Pertama");
    staff.phone = QStringLiteral("0857%1").arg(30000000 + i * 7919);
    return statusOf(repository.createOfficer(staff));
}

QString domainOf(const QString &app)
{
    return app + QStringLiteral(".cirebonkab.go.id");
}

/// A neutral stand-in for the regional emblem, drawn here: a plain grey shield marked
/// "CONTOH LOGO", so no one mistakes a demo printout for the region's real coat of arms.
QByteArray placeholderEmblemPng()
{
    QImage image(360, 420, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath shield;
    shield.moveTo(20, 20);
    shield.lineTo(340, 20);
    shield.lineTo(340, 230);
    shield.quadTo(340, 340, 180, 400);
    shield.quadTo(20, 340, 20, 230);
    shield.closeSubpath();
    painter.setPen(QPen(QColor(60, 60, 60), 12));
    painter.setBrush(QColor(225, 225, 225));
    painter.drawPath(shield);
    painter.setPen(QPen(QColor(60, 60, 60), 6));
    painter.drawLine(QPointF(60, 150), QPointF(300, 150));
    QFont font(QStringLiteral("Liberation Sans"));
    font.setPixelSize(62);
    font.setBold(true);
    painter.setFont(font);
    painter.drawText(QRectF(20, 50, 320, 90), Qt::AlignCenter, QStringLiteral("CONTOH"));
    painter.drawText(QRectF(20, 170, 320, 90), Qt::AlignCenter, QStringLiteral("LOGO"));
    painter.end();
    QBuffer png;
    png.open(QIODevice::WriteOnly);
    image.save(&png, "PNG");
    return png.data();
}

} // namespace

QDateTime DemoData::startTime()
{
    return QDateTime(QDate(2025, 1, 6), QTime(1, 0), QTimeZone::utc());
}

Status DemoData::fillEmpty(Database &db, FixedClock &clock)
{
    db.setActor(QStringLiteral("demo"));
    // All or nothing: a kill half-way leaves the database empty, and a second demo started at
    // the same time waits and then finds it full.
    return DatabaseContents(db).fillIfEmpty([&] { return DemoData(db, clock).fill(); });
}

Status DemoData::fillEmpty(Database &db)
{
    const Clock &previousClock = db.clock();
    const QString previousActor = db.actor();
    FixedClock clock(startTime());
    db.setClock(clock);
    const Status filled = fillEmpty(db, clock);
    db.setClock(previousClock);
    db.setActor(previousActor);
    return filled;
}

Status DemoData::writeAgency(Database &db)
{
    FixedClock clock(startTime());
    return db.transaction([&] { return DemoData(db, clock).agency(); });
}

Status DemoData::fill()
{
    for (const auto part :
         {&DemoData::agency, &DemoData::dataCentre, &DemoData::units, &DemoData::history,
          &DemoData::completedWithdrawal, &DemoData::showcase, &DemoData::pendingWithdrawals}) {
        if (Status done = (this->*part)(); !done.ok())
            return done;
    }
    return {};
}

Status DemoData::agency()
{
    SettingsService settings(m_db);
    AgencyProfile profile;
    profile.governmentName = QStringLiteral("PEMERINTAH KABUPATEN CIREBON");
    profile.officeName = QStringLiteral("DINAS KOMUNIKASI DAN INFORMATIKA");
    profile.divisionName = QStringLiteral("BIDANG TEKNOLOGI INFORMATIKA");
    profile.address = QStringLiteral("Jln. Sunan Drajat No.15");
    profile.phone = QStringLiteral("(0231) 8330580");
    profile.email = QStringLiteral("diskominfo@cirebonkab.go.id");
    profile.website = QStringLiteral("diskominfo.cirebonkab.go.id");
    profile.place = QStringLiteral("Sumber");
    profile.logoPng = placeholderEmblemPng();
    if (Status saved = settings.saveAgencyProfile(profile); !saved.ok())
        return saved;
    // Letter numbers start with the archive classification code (Permendagri 83/2022: 500.12
    // is communication and informatics), then the sequence, the form's code, the office, the year.
    const QList<std::pair<QString, QString>> numbering{
        {DocumentNumbering::kSharedPatternKey,
         QStringLiteral("500.12.15/{seq:4}/{code}/{unit}/{year}")},
        {QStringLiteral("numbering/unit_code"), QStringLiteral("Diskominfo")}};
    for (const auto &[key, value] : numbering) {
        if (Status saved = settings.setValue(key, value); !saved.ok())
            return saved;
    }
    // The step-6 letter tells units how to reach their servers (Temanggung's reply letter).
    if (Status saved = settings.setValue(
            DocumentService::kRemoteAccessKey,
            QStringLiteral("SSH port 22 / RDP port 3389 melalui VPN vpn.cirebonkab.go.id"));
        !saved.ok())
        return saved;
    m_headOfDivision = QStringLiteral("Ir. HENDRA GUNAWAN, M.T.");
    m_dcOfficer = QStringLiteral("AHMAD FAUZI, S.T.");
    m_dcOfficerNip = QStringLiteral("198505122010011004");
    const QList<Signatory> signatories{
        {Signatory::kHeadOfOffice, QStringLiteral("SUGENG DARSONO, SH, MM"),
         QStringLiteral("196207181986031003"),
         QStringLiteral("Kepala Dinas Komunikasi dan Informatika Kabupaten Cirebon"),
         QStringLiteral("Pembina Utama Muda (IV/c)"), QStringLiteral("Plt.")},
        {Signatory::kHeadOfDivision,
         m_headOfDivision,
         QStringLiteral("197503142000031002"),
         QStringLiteral("Kepala Bidang Teknologi Informatika"),
         QStringLiteral("Pembina (IV/a)"),
         {}},
        {Signatory::kDataCentreOfficer,
         m_dcOfficer,
         m_dcOfficerNip,
         QStringLiteral("Personil Data Center"),
         QStringLiteral("Penata (III/c)"),
         {}}};
    for (const Signatory &signatory : signatories) {
        if (Status saved = settings.saveSignatory(signatory); !saved.ok())
            return saved;
    }
    const QList<std::pair<QDate, QString>> holidays{
        {QDate(2026, 1, 1), QStringLiteral("Tahun Baru Masehi")},
        {QDate(2026, 3, 20), QStringLiteral("Idul Fitri 1447 H")},
        {QDate(2026, 5, 1), QStringLiteral("Hari Buruh Internasional")},
        {QDate(2026, 5, 27), QStringLiteral("Idul Adha 1447 H")},
        {QDate(2026, 6, 1), QStringLiteral("Hari Lahir Pancasila")},
        {QDate(2026, 8, 17), QStringLiteral("Hari Kemerdekaan Republik Indonesia")},
        {QDate(2026, 12, 25), QStringLiteral("Hari Raya Natal")}};
    for (const auto &[day, name] : holidays) {
        if (Status saved = settings.addHoliday(day, name); !saved.ok())
            return saved;
    }
    return {};
}

Status DemoData::dataCentre()
{
    DataCentreService rooms(m_db);
    const QList<std::tuple<QString, QString, QString, int>> nocs{
        {QStringLiteral("NOC Utama"), QStringLiteral("Gedung Diskominfo Lantai 2, Sumber"),
         QStringLiteral("R"), 8},
        {QStringLiteral("NOC Cadangan"), QStringLiteral("Gedung Setda Lantai 1, Sumber"),
         QStringLiteral("C"), 4}};
    constexpr int kRacksPerRow = 4;
    for (const auto &[name, place, prefix, rackCount] : nocs) {
        auto noc = rooms.createNoc({0, name, place, 0, {}});
        if (!noc.ok())
            return noc.error();
        for (int r = 1; r <= rackCount; ++r) {
            const QString rackName = prefix + QStringLiteral("%1").arg(r, 2, 10, QLatin1Char('0'));
            // Four racks to a row: Baris A-1 ... A-4, B-1 ...
            const QString position = QStringLiteral("Baris %1-%2")
                                         .arg(QChar(u'A' + (r - 1) / kRacksPerRow))
                                         .arg((r - 1) % kRacksPerRow + 1);
            if (auto rack = rooms.createRack(
                    {0, noc->id, rackName, Rack::kDefaultHeightU, 4000, 0, position, {}});
                !rack.ok())
                return rack.error();
        }
    }
    FacilityService facility(m_db);
    const QList<FacilityResource> budgets{
        {0, QStringLiteral("ups"), QStringLiteral("UPS NOC Utama 40 kVA"), 32000, 0, {}},
        {0, QStringLiteral("ups"), QStringLiteral("UPS NOC Cadangan 20 kVA"), 16000, 0, {}},
        {0, QStringLiteral("genset"), QStringLiteral("Genset 150 kVA"), 120000, 0, {}},
        {0, QStringLiteral("bandwidth"), QStringLiteral("ISP Utama (fiber)"), 2000, 0, {}},
        {0, QStringLiteral("bandwidth"), QStringLiteral("ISP Cadangan"), 1000, 0, {}}};
    for (const FacilityResource &budget : budgets) {
        if (auto stored = facility.createResource(budget); !stored.ok())
            return stored.error();
    }
    const QList<IpPool> pools{{0,
                               QStringLiteral("Publik Utama"),
                               QStringLiteral("103.162.16.0/25"),
                               true,
                               QStringLiteral("103.162.16.1"),
                               QStringLiteral("ISP Utama (fiber)"),
                               0,
                               {}},
                              {0,
                               QStringLiteral("Publik Cadangan"),
                               QStringLiteral("103.162.17.0/26"),
                               true,
                               QStringLiteral("103.162.17.1"),
                               QStringLiteral("ISP Cadangan"),
                               0,
                               {}},
                              {0,
                               QStringLiteral("LAN Server"),
                               QStringLiteral("10.20.0.0/16"),
                               false,
                               QStringLiteral("10.20.0.1"),
                               {},
                               0,
                               {}}};
    for (const IpPool &pool : pools) {
        if (auto stored = facility.createPool(pool); !stored.ok())
            return stored.error();
    }
    return {};
}

Status DemoData::units()
{
    MasterData repository(m_db);
    for (int i = 0; i < int(kUnits.size()); ++i) {
        const UnitSeed &seed = kUnits[std::size_t(i)];
        auto unit = repository.create(
            {0,
             text(seed.name),
             text(seed.shortName),
             QStringLiteral("Komplek Perkantoran Pemkab Cirebon, Jl. Sunan Kalijaga, Sumber"),
             QStringLiteral("(0231) 832%1").arg(1000 + i * 37),
             {},
             0});
        if (!unit.ok())
            return unit.error();
        auto officer =
            repository.createOfficer({0,
                                      unit->id,
                                      text(seed.officer),
                                      nipFor(i, seed.gender),
                                      QStringLiteral("Kepala Sub Bagian Umum"),
                                      QStringLiteral("0812%1").arg(20000000 + i * 104729),
                                      {},
                                      0});
        if (!officer.ok())
            return officer.error();
        if (i % 3 == 0) {
            if (Status staff = contractOfficer(repository, unit->id, i); !staff.ok())
                return staff;
        }
        m_units.append({*unit, *officer, text(seed.app)});
    }
    return {};
}

Status DemoData::history()
{
    // One installed request per unit, every second Monday since February 2025.
    for (int i = 0; i < m_units.size(); ++i) {
        Plan plan;
        plan.unit = i;
        plan.app = m_units[i].app;
        plan.type = i % 4 == 3 ? ServiceType::Hosting : ServiceType::Colocation;
        plan.servers = plan.type == ServiceType::Hosting ? 1 + (i % 8 == 3 ? 1 : 0)
                                                         : (i % 3 == 0 || i % 5 == 4 ? 3 : 2);
        // Every fifth unit's placement is not permanent: some expired, some expiring soon.
        static const QList<QDate> kValidUntil{QDate(2026, 12, 31), QDate(2026, 11, 15),
                                              QDate(2026, 10, 31), QDate(2026, 12, 15),
                                              QDate(2027, 6, 30)};
        if (i % 5 == 2)
            plan.validUntil = kValidUntil[i / 5];
        at(QDate(2025, 2, 3).addDays(14 * i), 2);
        auto id = registerLetter(plan);
        if (!id.ok())
            return id.error();
        if (Status done = runTo(*id, plan, 9); !done.ok())
            return done;
    }
    return {};
}

Status DemoData::showcase()
{
    // Requests of November 2026 standing at every step, and closed by every branch.
    struct Case
    {
        int unit;
        const char *app;
        int step;
        int servers;
        ServiceType type;
        int publicIps;
        int day;
    };
    const QList<Case> cases{
        {0, "sehat-sumber", 9, 2, ServiceType::Colocation, 1,
         2},                                               // completed (spec difference accepted)
        {10, "sekolah", 9, 1, ServiceType::Hosting, 0, 3}, // completed hosting
        {8, "e-budgeting", 2, 1, ServiceType::Colocation, 200, 4},  // closed: no capacity
        {12, "oss-daerah", 4, 1, ServiceType::Colocation, 1, 5},    // closed: rejected at step 5
        {11, "antrian-capil", 2, 1, ServiceType::Colocation, 1, 9}, // closed: cancelled
        {13, "parkir", 3, 1, ServiceType::Colocation, 1, 16},       // open, overdue at step 4
        {1, "pacs-waled", 8, 2, ServiceType::Colocation, 1, 18},    // handed over, report pending
        {5, "desa-weru", 7, 1, ServiceType::Colocation, 1, 19},     // delivered
        {16, "udara", 6, 1, ServiceType::Colocation, 1, 20},        // unit notified
        {6, "satu-data", 5, 1, ServiceType::Colocation, 1, 23},     // approved
        {9, "pbb-online", 4, 1, ServiceType::Colocation, 1, 23},    // pengajuan filled
        {14, "dtks", 3, 1, ServiceType::Colocation, 1, 24},         // capacity checked
        {20, "wbs", 2, 1, ServiceType::Hosting, 0, 24},             // disposed
        {21, "pengaduan", 1, 1, ServiceType::Colocation, 1, 25},    // letter registered
    };
    for (const Case &c : cases) {
        at(QDate(2026, 11, c.day), 1);
        const Plan plan{c.unit, text(c.app), c.servers, c.type, c.publicIps, {}};
        auto id = registerLetter(plan);
        if (!id.ok())
            return id.error();
        Status done = runTo(*id, plan, c.step);
        if (done.ok() && plan.app == QLatin1String("e-budgeting"))
            done = statusOf(
                m_flow.checkCapacity(*id, {false, QStringLiteral("IP publik tidak mencukupi")}));
        if (done.ok() && plan.app == QLatin1String("oss-daerah"))
            done =
                m_flow.decide(*id, {0,
                                    false,
                                    {},
                                    QStringLiteral("Aplikasi wajib memakai layanan OSS nasional"),
                                    m_headOfDivision,
                                    {},
                                    {},
                                    0});
        if (done.ok() && plan.app == QLatin1String("antrian-capil"))
            done = m_flow.cancel(*id, QStringLiteral("Unit memilih layanan cloud pusat"));
        if (done.ok() && plan.app == QLatin1String("udara"))
            done = correctContact(*id);
        if (!done.ok())
            return done;
    }
    return {};
}

Status DemoData::correctContact(qint64 requestId)
{
    later(30);
    return statusOf(
        m_flow.correct({requestId, QStringLiteral("application.contact_phone"), 0,
                        QStringLiteral("0813 2244 6688"),
                        QStringLiteral("Nomor kontak diganti atas permintaan unit"), 0}));
}

Status DemoData::completedWithdrawal()
{
    return withdraw(QStringLiteral("silh"), QDate(2026, 10, 12), 9);
}

Status DemoData::pendingWithdrawals()
{
    if (Status approved = withdraw(QStringLiteral("trantibum"), QDate(2026, 11, 25), 5);
        !approved.ok())
        return approved;
    return withdraw(QStringLiteral("siks"), QDate(2026, 11, 25), 1);
}

Status DemoData::withdraw(const QString &app, const QDate &day, int step)
{
    if (m_clock.today() < day)
        at(day, 2);
    auto asset = assetOf(app);
    if (!asset.ok())
        return asset.error();
    WithdrawalLetter letter;
    letter.assetId = *asset;
    letter.letterNumber =
        QStringLiteral("045/%1/%2").arg(300 + day.dayOfYear() % 500).arg(day.year());
    letter.letterDate = day.addDays(-3);
    letter.reasons = QStringLiteral("Aplikasi %1 dimigrasikan ke layanan SPBE nasional").arg(app);
    auto request = m_flow.registerWithdrawal(letter);
    if (!request.ok())
        return request.error();
    later(45);
    Status done =
        step >= 5 ? m_flow.decideWithdrawal(request->id, true, m_headOfDivision) : Status();
    if (done.ok() && step == 9) {
        later(24 * 60);
        done = m_flow.completeWithdrawal(request->id, m_clock.today());
    }
    return done;
}

Result<qint64> DemoData::registerLetter(const Plan &plan)
{
    RequestLetter letter;
    letter.request.serviceType = plan.type;
    letter.request.unitId = m_units[plan.unit].unit.id;
    letter.request.letterNumber =
        QStringLiteral("045/%1/%2/%3")
            .arg(100 + m_serial % 800)
            .arg(m_units[plan.unit].unit.shortName.section(QLatin1Char(' '), 0, 0))
            .arg(m_clock.today().year());
    letter.request.letterDate = m_clock.today().addDays(-3);
    letter.request.subject =
        plan.type == ServiceType::Hosting
            ? QStringLiteral("Permohonan hosting aplikasi %1").arg(plan.app)
            : QStringLiteral("Permohonan co-location server aplikasi %1").arg(plan.app);
    letter.request.receivedAt = m_clock.now();
    letter.request.needs.bandwidthMbps = 10 + (plan.unit * 7) % 41;
    letter.request.needs.publicIps = plan.publicIps;
    for (int s = 0; s < plan.servers; ++s) {
        const Model &model = kModels[std::size_t((plan.unit + s) % int(kModels.size()))];
        Server server;
        server.name = QStringLiteral("%1-%2").arg(
            plan.type == ServiceType::Hosting ? QStringLiteral("vm") : QStringLiteral("srv"),
            plan.app);
        if (plan.servers > 1)
            server.name += QStringLiteral("-%1").arg(s + 1);
        const bool hosting = plan.type == ServiceType::Hosting;
        server.rackUnits = hosting ? 0 : model.rackUnits;
        server.powerW = hosting ? 0 : model.powerW;
        server.requested =
            hosting
                ? ServerSpec{QStringLiteral("4 vCPU"), QStringLiteral("8 GB"), QStringLiteral("-"),
                             QStringLiteral("200 GB"), QStringLiteral("-"),    {}}
                : ServerSpec{text(model.processor), text(model.ram), text(model.motherboard),
                             text(model.storage),   text(model.psu), {}};
        letter.servers.append(server);
    }
    ++m_serial;
    auto request = m_flow.registerLetter(letter);
    if (!request.ok())
        return request.error();
    return request->id;
}

Status DemoData::runTo(qint64 requestId, const Plan &plan, int step)
{
    // Minutes each step takes in the demo: quick desk work, a day for delivery.
    static const int kMinutes[10] = {0, 0, 12, 45, 15, 20, 10, 24 * 60, 180, 20};
    for (int next = 2; next <= step; ++next) {
        later(kMinutes[next]);
        if (Status done = runStep(requestId, plan, next); !done.ok())
            return done;
    }
    return {};
}

Status DemoData::runStep(qint64 requestId, const Plan &plan, int step)
{
    const DemoUnit &unit = m_units[plan.unit];
    switch (step) {
    case 2:
        return m_flow.dispose(requestId,
                              {0,
                               {},
                               QStringLiteral("Seksi Infrastruktur TI / Tim Personil DC"),
                               QStringLiteral("Mohon diproses sesuai SOP"),
                               0});
    case 3:
        return statusOf(m_flow.checkCapacity(requestId, {true, {}}));
    case 4: {
        Application form;
        form.officerId = unit.officer.id;
        form.unitAddress = unit.unit.address;
        form.contactPhone = unit.officer.phone;
        form.domain = domainOf(plan.app);
        form.domainActiveDate = m_clock.today().addDays(7);
        form.permanent = !plan.validUntil.isValid();
        form.validUntil = plan.validUntil;
        return m_flow.fillApplication(requestId, form);
    }
    case 5:
        return approve(requestId, plan);
    case 6:
        return m_flow.notifyUnit(requestId,
                                 QStringLiteral("Surat pemberitahuan persetujuan dikirim"));
    case 7:
        return m_flow.recordDelivery(requestId, QStringLiteral("Server diantar oleh unit"));
    case 8:
        return handOver(
            requestId,
            plan.app == QLatin1String("sehat-sumber")
                ? QStringLiteral("RAM lebih kecil disetujui; unit menambah RAM bulan depan")
                : QString());
    default:
        return m_flow.reportCompletion(requestId,
                                       QStringLiteral("Server dan aplikasi dapat diakses"));
    }
}

Status DemoData::approve(qint64 requestId, const Plan &plan)
{
    auto proposal = m_flow.proposePlacement(requestId);
    if (!proposal.ok())
        return proposal.error();
    Approval approval;
    approval.approved = true;
    approval.location = QStringLiteral("Data Center Diskominfo Kabupaten Cirebon");
    approval.reasons = QStringLiteral("Kapasitas infrastruktur tersedia dan berkas lengkap");
    approval.decidedBy = m_headOfDivision;
    approval.blocks = proposal->blocks;
    auto servers = RequestList(m_db).serversOf(requestId);
    if (!servers.ok())
        return servers.error();
    for (int s = 0; s < approval.blocks.size(); ++s) {
        PlacementBlock &block = approval.blocks[s];
        const bool hosting = plan.type == ServiceType::Hosting;
        block.domain = s == 0 ? domainOf(plan.app) : QString();
        if (hosting) {
            block.locationNote =
                QStringLiteral("Cluster virtualisasi Diskominfo, host %1").arg(plan.unit % 4 + 1);
            continue;
        }
        const Model &model = kModels[std::size_t((plan.unit + s) % int(kModels.size()))];
        block.serialNumber = QStringLiteral("CN%1").arg(7300000 + requestId * 10 + s);
        block.typeBrand = text(model.typeBrand);
        block.hostAdminUser = QStringLiteral("admin.%1").arg(plan.app);
    }
    return m_flow.decide(requestId, approval);
}

Status DemoData::handOver(qint64 requestId, const QString &mismatchNote)
{
    auto servers = RequestList(m_db).serversOf(requestId);
    if (!servers.ok())
        return servers.error();
    Handover handover;
    handover.receiverName = m_dcOfficer;
    handover.receiverNip = m_dcOfficerNip;
    handover.receiverUnit = QStringLiteral("Dinas Komunikasi dan Informatika Kabupaten Cirebon");
    for (const Server &server : *servers) {
        DeliveredServer delivered{server.id, server.requested};
        if (!mismatchNote.isEmpty() && server.position == 1) {
            delivered.spec.ram = QStringLiteral("32 GB DDR4");
            delivered.spec.mismatchNote = mismatchNote;
        }
        handover.servers.append(delivered);
    }
    return m_flow.handOver(requestId, handover);
}

Result<qint64> DemoData::assetOf(const QString &app) const
{
    auto entries = AssetRegister(m_db).entries();
    if (!entries.ok())
        return entries.error();
    for (const RegisterEntry &entry : *entries) {
        if (entry.placement.domain == domainOf(app) && entry.asset.status == AssetStatus::Active)
            return entry.asset.id;
    }
    return Error{QStringLiteral("not_found"), tr("No installed server of %1.").arg(app),
                 QStringLiteral("asset")};
}

void DemoData::at(const QDate &day, int hourUtc, int minute)
{
    // Time never runs backwards: a later request of the same day starts after the earlier one.
    const QDateTime when(day, QTime(hourUtc, minute), QTimeZone::utc());
    if (when > m_clock.now())
        m_clock.set(when);
}

} // namespace kolokasi
