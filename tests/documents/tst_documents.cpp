// The printed documents read back from their PDFs with poppler, on both engines: the SOP's
// labels in order, every value entered, numbers, grouped NIPs, dates in words, paper sizes,
// nothing outside the margins, and every refusal. Runs as tst_documents.sqlite / .postgresql.
#include "PdfInspector.h"
#include "RequestFixture.h"
#include "ResultAssertions.h"
#include "TestDatabase.h"
#include "TestEnvironment.h"
#include "documents/DocumentRenderer.h"
#include "documents/DocumentService.h"
#include "documents/PrintedTable.h"
#include "register/AssetRegister.h"
#include "register/ReviewProcess.h"
#include "store/DocumentNumbering.h"
#include "store/Query.h"
#include "services/SettingsService.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPrinter>

#include <QDir>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace kolokasi;
using test::PdfInspector;
using test::RequestFixture;

class TestDocuments : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_fixture;
    std::unique_ptr<Database> m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 25), QTime(4, 0), QTimeZone::utc())};
    QTemporaryDir m_dir;

    Result<qint64> request(RequestFixture &fixture) { return fixture.create(); }

    Result<PrintedDocument> prepare(DocumentKind kind, qint64 requestId, Paper paper = Paper::A4,
                                    const QString &password = {})
    {
        DocumentOrder order;
        order.kind = kind;
        order.requestId = requestId;
        order.paper = paper;
        order.hostAdminPassword = password;
        return DocumentService(*m_db).prepare(order, Purpose::Issue);
    }

    // Writes the PDF (also into $KOLOKASI_PRINT_SHOTS_DIR when set, to look at).
    QString render(const PrintedDocument &doc, const QString &name)
    {
        const QString path = m_dir.filePath(name + QStringLiteral(".pdf"));
        const Status written = DocumentRenderer::writePdf(doc, path);
        if (!written.ok())
            qWarning("%s", qPrintable(written.error().message));
        if (const QString shots = qEnvironmentVariable("KOLOKASI_PRINT_SHOTS_DIR");
            !shots.isEmpty()) {
            QDir().mkpath(shots);
            QFile::remove(QDir(shots).filePath(name + QStringLiteral(".pdf")));
            QFile::copy(path, QDir(shots).filePath(name + QStringLiteral(".pdf")));
        }
        return path;
    }

    QString textOf(DocumentKind kind, qint64 requestId, const QString &password = {})
    {
        auto doc = prepare(kind, requestId, Paper::A4, password);
        if (!doc.ok())
            return QStringLiteral("<%1>").arg(doc.error().message);
        return PdfInspector(render(*doc, nameOf(kind))).plainText();
    }

    static void verifyInOrder(const QString &text, const QStringList &phrases)
    {
        const QString missing = PdfInspector::firstOutOfOrder(text, phrases);
        QVERIFY2(
            missing.isEmpty(),
            qPrintable(QStringLiteral("'%1' missing or out of order in:\n%2").arg(missing, text)));
    }

    qint64 documentEvents(qint64 requestId)
    {
        Query q(*m_db, QStringLiteral("SELECT COUNT(*) FROM request_events WHERE request_id = :r "
                                      "AND action = 'document'"));
        q.bind(QStringLiteral(":r"), requestId);
        auto n = q.scalar();
        return n.ok() ? n->toLongLong() : -1;
    }

    // A review of every active asset by the fixture's DC officer: the first asset found as
    // registered, the second not matching, the third not found, the rest not reviewed yet.
    Result<qint64> reviewOfEveryAsset()
    {
        ReviewProcess process(*m_db);
        auto review = process.start(m_clock.today(), RequestFixture::kReceiverName,
                                    QStringLiteral("Peninjauan tahunan"));
        if (!review.ok())
            return review.error();
        auto progress = process.progress(review->id);
        if (!progress.ok())
            return progress.error();
        const QList<std::pair<ReviewFinding, QString>> findings{
            {ReviewFinding::Matches, {}},
            {ReviewFinding::DoesNotMatch, QStringLiteral("S/N di lapangan SN-X-99")},
            {ReviewFinding::NotFound, QStringLiteral("Server tidak ada di rak")}};
        for (qsizetype i = 0; i < findings.size() && i < progress->lines.size(); ++i) {
            auto marked = process.mark(review->id, progress->lines.at(i).entry.asset.id,
                                       findings.at(i).first, findings.at(i).second, 0);
            if (!marked.ok())
                return marked.error();
        }
        return review->id;
    }

    Result<PrintedDocument> reviewReport(qint64 reviewId, Purpose purpose, Paper paper = Paper::A4)
    {
        DocumentOrder order;
        order.kind = DocumentKind::ReviewReport;
        order.reviewId = reviewId;
        order.paper = paper;
        return DocumentService(*m_db).prepare(order, purpose);
    }

    // Every document of a completed co-location request (and of its withdrawal), prepared to issue.
    Result<PrintedDocument> documentOf(DocumentKind kind, Paper paper, bool hosting = false)
    {
        RequestFixture fixture(*m_db);
        fixture.upToStep(9);
        if (hosting)
            fixture.hosting();
        auto placed = fixture.create();
        if (!placed.ok())
            return placed.error();
        DocumentOrder order;
        order.kind = kind;
        order.paper = paper;
        order.requestId = *placed;
        order.noc = RequestFixture::kNoc;
        if (kind == DocumentKind::Withdrawal) {
            auto withdrawal = RequestFixture::createWithdrawal(*m_db, *placed);
            if (!withdrawal.ok())
                return withdrawal.error();
            order.requestId = *withdrawal;
        }
        if (kind == DocumentKind::ReviewReport) {
            auto review = reviewOfEveryAsset();
            if (!review.ok())
                return review.error();
            order.reviewId = *review;
        }
        return DocumentService(*m_db).prepare(order, Purpose::Issue);
    }

    // Makes the document's free text (or its list) `n` long, so a test can end it anywhere on a
    // page; returns the last piece of content before the signatures, which must share their page.
    static QString grow(PrintedDocument &doc, int n)
    {
        const QString words = QStringLiteral("kata ").repeated(n).trimmed();
        switch (doc.kind) {
        case DocumentKind::Application:
            doc.dossier->application->unitAddress = words;
            return QStringLiteral("Permanen /");
        case DocumentKind::Approval:
            doc.dossier->approval->reasons = words;
            return QStringLiteral("IP Address");
        case DocumentKind::Handover: {
            ServerSpec spec = doc.dossier->servers[0].requested;
            spec.mismatchNote = words;
            doc.dossier->servers[0].delivered = spec;
            return QStringLiteral("Kepada :");
        }
        case DocumentKind::Withdrawal:
            doc.dossier->withdrawal->reasons = words;
            return QStringLiteral("Segala syarat dan ketentuan");
        case DocumentKind::CapacityReport:
            doc.dossier->request.subject = words;
            return QStringLiteral("IP Publik");
        case DocumentKind::Notification:
            doc.dossier->request.subject = words;
            return QStringLiteral("Selanjutnya Saudara");
        case DocumentKind::CompletionReport:
            doc.dossier->request.subject = words;
            return RequestFixture::serverOf(1);
        case DocumentKind::Register: {
            QList<RegisterEntry> entries;
            for (int i = 1; i <= n + 1; ++i) {
                RegisterEntry entry;
                entry.asset.registerNumber =
                    QStringLiteral("REG-%1").arg(i, 5, 10, QLatin1Char('0'));
                entry.unitName = RequestFixture::unitOf(i);
                entry.serverName = RequestFixture::serverOf(i);
                entries.append(entry);
            }
            doc.registerLines = RegisterLines::of(entries);
            return entries.last().asset.registerNumber;
        }
        case DocumentKind::ReviewReport: {
            auto progress = std::make_shared<ReviewProgress>(*doc.review);
            const ReviewLine first = progress->lines.first();
            for (int i = 1; i <= n; ++i) {
                ReviewLine line = first;
                line.entry.asset.registerNumber =
                    QStringLiteral("REG-%1").arg(i, 5, 10, QLatin1Char('0'));
                progress->lines.append(line);
            }
            doc.review = progress;
            return progress->lines.last().entry.asset.registerNumber;
        }
        case DocumentKind::RackView: {
            QList<RackSlot> &occupants = doc.racks.first().occupants;
            for (int i = 1; i <= n; ++i)
                occupants.append({30 + i % 10, 1,
                                  QStringLiteral("OCC-%1").arg(i, 4, 10, QLatin1Char('0')),
                                  QStringLiteral("DINKES"), QString(), QStringLiteral("active")});
            return occupants.last().serverName;
        }
        }
        return {};
    }

    // The smallest growth that adds a page: the content then ends right at a page boundary.
    static int growthToNextPage(const PrintedDocument &prepared)
    {
        PrintedDocument doc = prepared;
        grow(doc, 0);
        const int base = DocumentRenderer::pageCount(doc);
        int low = 0;
        int high = 16;
        for (;; high *= 2) {
            doc = prepared;
            grow(doc, high);
            if (DocumentRenderer::pageCount(doc) > base || high > 20000)
                break;
            low = high;
        }
        while (high - low > 1) {
            const int middle = (low + high) / 2;
            doc = prepared;
            grow(doc, middle);
            (DocumentRenderer::pageCount(doc) > base ? high : low) = middle;
        }
        return high;
    }

    // Every page says "Halaman n dari N" and holds content; continuation pages carry the running
    // header; the last page holds `lastContent` as well as the signature `signer`.
    void verifyPages(const PdfInspector &pdf, const PrintedDocument &doc,
                     const QString &lastContent, const QString &signer)
    {
        const int pages = pdf.pageCount();
        QCOMPARE(pages, DocumentRenderer::pageCount(doc));
        for (int page = 1; page <= pages; ++page) {
            QString text = pdf.pageText(page);
            const QString footer = QStringLiteral("Halaman %1 dari %2").arg(page).arg(pages);
            QVERIFY2(
                text.contains(footer),
                qPrintable(QStringLiteral("page %1: no '%2' in:\n%3").arg(page).arg(footer, text)));
            if (page > 1)
                QVERIFY2(
                    text.left(200).contains(QStringLiteral("Nomor: ") + doc.number),
                    qPrintable(
                        QStringLiteral("page %1 has no running header:\n%2").arg(page).arg(text)));
            text.remove(footer);
            QVERIFY2(text.simplified().size() > 80,
                     qPrintable(QStringLiteral("page %1 is empty:\n%2").arg(page).arg(text)));
        }
        const QString last = pdf.pageText(pages);
        QVERIFY2(last.contains(lastContent) && last.contains(signer),
                 qPrintable(QStringLiteral("the last page has not got both '%1' and '%2':\n%3")
                                .arg(lastContent, signer, last)));
    }

    static QString signerOf(DocumentKind kind)
    {
        if (kind == DocumentKind::Handover)
            return RequestFixture::kReceiverName;
        if (kind == DocumentKind::RackView)
            return RequestFixture::kReceiverName; // the DC officer of the fixture's settings
        return RequestFixture::kHeadName;
    }

private Q_SLOTS:
    void initTestCase() { test::prepareTestEnvironment(); }

    void init()
    {
        m_fixture = std::make_unique<test::TestDatabase>();
        QVERIFY2(m_fixture->setupError().isEmpty(), qPrintable(m_fixture->setupError()));
        auto db = m_fixture->open(m_clock);
        KOLOKASI_VERIFY_OK(db);
        m_db = std::move(db.value());
        m_db->setActor(QStringLiteral("admin"));
        KOLOKASI_VERIFY_OK(RequestFixture::createAgency(*m_db));
        KOLOKASI_VERIFY_OK(addLogo());
    }

    // A stand-in coat of arms, so the letterhead is laid out with its logo.
    Status addLogo()
    {
        QImage logo(200, 240, QImage::Format_ARGB32);
        logo.fill(Qt::transparent);
        QPainter painter(&logo);
        painter.setBrush(QColor(20, 90, 40));
        painter.drawPolygon(QPolygon({QPoint(10, 10), QPoint(190, 10), QPoint(190, 140),
                                      QPoint(100, 230), QPoint(10, 140)}));
        painter.end();
        QBuffer png;
        png.open(QIODevice::WriteOnly);
        logo.save(&png, "PNG");
        SettingsService settings(*m_db);
        auto profile = settings.agencyProfile();
        if (!profile.ok())
            return profile.error();
        AgencyProfile withLogo = *profile;
        withLogo.logoPng = png.data();
        return settings.saveAgencyProfile(withLogo);
    }

    void cleanup()
    {
        m_db.reset();
        m_fixture.reset();
    }

    void pengajuanIsTheSopFormFilledIn()
    {
        auto id = RequestFixture(*m_db).upToStep(4).create();
        KOLOKASI_VERIFY_OK(id);
        auto doc = prepare(DocumentKind::Application, *id);
        KOLOKASI_VERIFY_OK(doc);
        const QString text = PdfInspector(render(*doc, QStringLiteral("pengajuan"))).plainText();
        verifyInOrder(text,
                      {RequestFixture::kGovernment,
                       RequestFixture::kOffice,
                       QStringLiteral("Jln. Sunan Drajat No.15"),
                       QStringLiteral("FORM. PENGAJUAN CO-LOCATION SERVER DAN HOSTING APLIKASI"),
                       QStringLiteral("Nomor : ") + doc->number,
                       QStringLiteral("Nama Unit : ") + RequestFixture::unitOf(1),
                       QStringLiteral("Penanggung Jawab : ") + RequestFixture::kOfficerName,
                       QStringLiteral("NIP : 19731008 199203 2 001"),
                       QStringLiteral("Alamat Unit : ") + RequestFixture::kUnitAddress,
                       QStringLiteral("Kontak Number : ") + RequestFixture::kPhone,
                       QStringLiteral("Nama Domain : ") + RequestFixture::domainOf(1),
                       QStringLiteral("Tanggal Aktif Domain : 1 Desember 2026"),
                       QStringLiteral("(*)Masa Berlaku"),
                       QStringLiteral("Co-location"),
                       QStringLiteral("Permanen /"),
                       QStringLiteral("X Tidak permanen s.d. 31 Desember 2027"),
                       QStringLiteral("Sumber, 25 November 2026") /* the day of issue */,
                       QStringLiteral("Telah menyetujui"),
                       QStringLiteral("Kepala Bidang Teknologi Informatika"),
                       RequestFixture::kHeadName,
                       QStringLiteral("NIP. 19620718 198603 1 003")});
        QVERIFY(doc->number.contains(QLatin1String("2026")));
    }

    // Permendagri 1/2023: the kop names the e-mail address and website "Pos-el" and "Laman".
    void theKopSaysPosElAndLaman()
    {
        auto id = RequestFixture(*m_db).upToStep(4).create();
        KOLOKASI_VERIFY_OK(id);
        const QString text = textOf(DocumentKind::Application, *id);
        verifyInOrder(text, {RequestFixture::kOffice,
                             QStringLiteral("Pos-el: diskominfo@cirebonkab.go.id"),
                             QStringLiteral("Laman: diskominfo.cirebonkab.go.id")});
        QVERIFY(!text.contains(QLatin1String("Email")));
        QVERIFY(!text.contains(QLatin1String("Website")));
    }

    void persetujuanShowsTheDecisionABlockPerServerAndTheTypedPassword()
    {
        auto id = RequestFixture(*m_db).servers(2).upToStep(5).create();
        KOLOKASI_VERIFY_OK(id);
        const QString text = textOf(DocumentKind::Approval, *id, QStringLiteral("Rahasia#2026"));
        verifyInOrder(
            text,
            {QStringLiteral("FORM. PERSETUJUAN CO-LOCATION SERVER DAN HOSTING APLIKASI"),
             QStringLiteral("Nama Domain : ") + RequestFixture::domainOf(1),
             QStringLiteral(
                 "Telah ( X menyetujui menolak ) permohonan co-location di Data Center Diskominfo"),
             QStringLiteral("dengan pertimbangan Kapasitas rak, listrik dan IP publik tersedia"),
             QStringLiteral("( Diisi jika telah disetujui)"),
             QStringLiteral("Co – Location"),
             QStringLiteral("NOC : NOC Utama"),
             QStringLiteral("Letak Server : Rak R01, U1–U2"),
             QStringLiteral("S/N Server : SN-1-1"),
             QStringLiteral("Type & Merk : Dell PowerEdge R650"),
             QStringLiteral("Nama Domain : ") + RequestFixture::domainOf(1),
             QStringLiteral("Host Admin : User : admin_simpus Password : Rahasia#2026"),
             QStringLiteral("IP Address : 103.1.1.11"),
             QStringLiteral("Co – Location"),
             QStringLiteral("Letak Server : Rak R01, U3–U4"),
             QStringLiteral("S/N Server : SN-1-2"),
             QStringLiteral("IP Address : 103.1.1.12"),
             QStringLiteral("Tertanda,"),
             QStringLiteral("Kepala Bidang"),
             QStringLiteral("NIP. 19620718 198603 1 003")});
        // The password was printed, never stored.
        for (const QString &table : {QStringLiteral("audit_log"), QStringLiteral("request_events"),
                                     QStringLiteral("settings")}) {
            Query q(
                *m_db,
                QStringLiteral("SELECT COUNT(*) FROM %1 WHERE CAST(%2 AS TEXT) LIKE '%Rahasia%'")
                    .arg(table, table == QLatin1String("settings") ? QStringLiteral("value")
                                                                   : QStringLiteral("details")));
            auto found = q.scalar();
            KOLOKASI_VERIFY_OK(found);
            QCOMPARE(found->toInt(), 0);
        }
    }

    void persetujuanOfHostingHasTheDataCentreBlock()
    {
        auto id = RequestFixture(*m_db).hosting().upToStep(5).create();
        KOLOKASI_VERIFY_OK(id);
        const QString text = textOf(DocumentKind::Approval, *id);
        verifyInOrder(text,
                      {QStringLiteral("Data Center NOC : NOC Utama"),
                       QStringLiteral("Letak Server : VM Cluster 1"),
                       QStringLiteral("Nama Domain : ") + RequestFixture::domainOf(1),
                       QStringLiteral("Co – Location NOC : - Letak Server : - S/N Server : -")});
        QVERIFY(!text.contains(QLatin1String("S/N Server : SN")));
    }

    // Issue 17 point 11: the unused (struck) block of a filled form is one short paragraph, so a
    // hosting persetujuan of two servers keeps its signature on page 1 instead of sending the
    // struck Co-Location block and the signature to a page of their own.
    void persetujuanOfHostingKeepsTheStruckBlockShort_data()
    {
        QTest::addColumn<int>("paper");
        QTest::newRow("A4") << int(Paper::A4);
        QTest::newRow("F4") << int(Paper::F4);
    }

    void persetujuanOfHostingKeepsTheStruckBlockShort()
    {
        QFETCH(int, paper);
        auto id = RequestFixture(*m_db).hosting().servers(2).upToStep(5).create();
        KOLOKASI_VERIFY_OK(id);
        auto doc = prepare(DocumentKind::Approval, *id, Paper(paper));
        KOLOKASI_VERIFY_OK(doc);
        const PdfInspector pdf(render(*doc, QStringLiteral("persetujuan-hosting-2")));
        QCOMPARE(pdf.pageCount(), 1);
        verifyInOrder(pdf.plainText(),
                      {QStringLiteral("Server: ") + RequestFixture::serverOf(2),
                       QStringLiteral("Co – Location NOC : - Letak Server : - S/N Server : - Type "
                                      "& Merk : - Nama Domain : - Host Admin : User : - Password : "
                                      "- IP Address : -"),
                       QStringLiteral("Tertanda,"), RequestFixture::kHeadName});
        QVERIFY(pdf.wordsOutside(DocumentRenderer::marginsFor(*doc)).isEmpty());
    }

    void persetujuanOfARejectionMarksMenolakWithoutBlocks()
    {
        auto id = RequestFixture(*m_db).rejected().upToStep(5).create();
        KOLOKASI_VERIFY_OK(id);
        const QString text = textOf(DocumentKind::Approval, *id);
        verifyInOrder(
            text, {QStringLiteral("Telah ( menyetujui X menolak ) permohonan co-location di "
                                  "Data Center Diskominfo"),
                   QStringLiteral("dengan pertimbangan Rak penuh sampai akhir tahun"),
                   QStringLiteral("Data Center NOC : -"), QStringLiteral("Co – Location NOC : -"),
                   QStringLiteral("S/N Server : -"), QStringLiteral("Tertanda,")});
        QVERIFY(!text.contains(QLatin1String("....."))); // nothing left to fill in later
        // Issue 17 point 11: a rejection recorded without a place ends the sentence, no "di -".
        Query noPlace(*m_db,
                      QStringLiteral("UPDATE approvals SET location = NULL WHERE request_id = :r"));
        noPlace.bind(QStringLiteral(":r"), *id);
        KOLOKASI_VERIFY_OK(noPlace.exec());
        for (Paper paper : {Paper::A4, Paper::F4}) {
            auto doc = prepare(DocumentKind::Approval, *id, paper);
            KOLOKASI_VERIFY_OK(doc);
            const QString placeless =
                PdfInspector(render(*doc, QStringLiteral("rejected"))).plainText();
            verifyInOrder(placeless,
                          {QStringLiteral("Telah ( menyetujui X menolak ) permohonan co-location "
                                          "dengan pertimbangan Rak penuh")});
            QVERIFY2(!placeless.contains(QLatin1String("co-location di")), qPrintable(placeless));
        }
    }

    void serahTerimaHasTheDayInWordsAndARowPerServer()
    {
        auto id = RequestFixture(*m_db).servers(2).upToStep(8).create();
        KOLOKASI_VERIFY_OK(id);
        const QString text = textOf(DocumentKind::Handover, *id);
        verifyInOrder(
            text,
            {QStringLiteral("FORM. SERAH TERIMA CO-LOCATION SERVER DAN HOSTING APLIKASI"),
             QStringLiteral(
                 "Pada hari ini, Rabu tanggal dua puluh lima bulan November tahun dua ribu dua "
                 "puluh enam"),
             QStringLiteral("Nama Unit : ") + RequestFixture::unitOf(1),
             QStringLiteral("Penanggung Jawab : ") + RequestFixture::kOfficerName,
             QStringLiteral("NIP : 19731008 199203 2 001"),
             QStringLiteral("Telah menyerahkan co-location sebagai berikut :"),
             QStringLiteral("Spesifikasi Server"), QStringLiteral("Prosesor"),
             QStringLiteral("RAM"), QStringLiteral("Motherboard"), QStringLiteral("Storage"),
             QStringLiteral("PSU"),
             // Columns sized from their words (issue 17 point 8): the spec wraps at spaces.
             QStringLiteral("1 SRV-SIMPUS-1 Intel Xeon"), QStringLiteral("32 GB"),
             QStringLiteral("Supermicro"), QStringLiteral("2 x 960"), QStringLiteral("2 x 800 W"),
             QStringLiteral("Silver 4310"), QStringLiteral("2 SRV-SIMPUS-2 Intel Xeon"),
             QStringLiteral("64 GB"), QStringLiteral("RAM lebih besar dari permintaan, diterima"),
             QStringLiteral("Kepada :"), QStringLiteral("Nama Unit : Bidang Teknologi Informatika"),
             QStringLiteral("Penanggung Jawab : ") + RequestFixture::kReceiverName,
             QStringLiteral("NIP : 19880512 201503 1 002"),
             QStringLiteral("Demikian formulir serah terima ini dibuat dengan kondisi sebenarnya."),
             QStringLiteral("Yang Menyerahkan,"), QStringLiteral("Yang Menerima,"),
             RequestFixture::kOfficerName, QStringLiteral("NIP. 19731008 199203 2 001")});
        QVERIFY(text.contains(QLatin1String("Sumber, 25 November 2026")));
        QVERIFY(text.contains(QLatin1String("NIP. 19880512 201503 1 002")));
    }

    // Issue 17 point 12: a party who is one of the agency's signatories signs with the
    // pangkat/golongan the other documents print.
    void serahTerimaSignsWithThePangkatOfASignatory()
    {
        KOLOKASI_VERIFY_OK(SettingsService(*m_db).saveSignatory(
            {Signatory::kDataCentreOfficer, RequestFixture::kReceiverName,
             RequestFixture::kReceiverNip, QStringLiteral("Personil Data Center"),
             QStringLiteral("Penata Muda (III/a)")}));
        auto id = RequestFixture(*m_db).upToStep(8).create();
        KOLOKASI_VERIFY_OK(id);
        const QString text = textOf(DocumentKind::Handover, *id);
        verifyInOrder(text, {QStringLiteral("Yang Menerima,"), RequestFixture::kReceiverName,
                             QStringLiteral("Penata Muda (III/a)"),
                             QStringLiteral("NIP. 19880512 201503 1 002")});
        QCOMPARE(text.count(QLatin1String("Penata Muda (III/a)")), 1);
    }

    void pencabutanShowsThePlacementToRemove()
    {
        auto placed = RequestFixture(*m_db).upToStep(9).create();
        KOLOKASI_VERIFY_OK(placed);
        auto id = RequestFixture::createWithdrawal(*m_db, *placed);
        KOLOKASI_VERIFY_OK(id);
        const QString text = textOf(DocumentKind::Withdrawal, *id);
        verifyInOrder(
            text,
            {QStringLiteral("FORM. PENCABUTAN CO-LOCATION"),
             QStringLiteral("Nama Domain : ") + RequestFixture::domainOf(1),
             QStringLiteral("mengajukan permohonan penarikan co-location"),
             QStringLiteral("Co – Location"), QStringLiteral("NOC : NOC Utama"),
             QStringLiteral("Letak Server : Rak R01, U1–U2"), QStringLiteral("S/N Server : SN-1-1"),
             QStringLiteral("Type & Merk : Dell PowerEdge R650"),
             QStringLiteral("Nama Domain : ") + RequestFixture::domainOf(1),
             QStringLiteral("dengan pertimbangan Aplikasi dipindahkan ke pusat data nasional"),
             QStringLiteral(
                 "Segala syarat dan ketentuan dalam pencabutan data center dan co-location telah "
                 "disetujui oleh Kepala Bidang."),
             QStringLiteral("Sumber, 25 November 2026") /* the day of issue */,
             QStringLiteral("Tertanda,"), RequestFixture::kHeadName});
    }

    // Issue 17 point 6: the SOP form has no "disetujui / ditolak" box beside its sentence; a
    // refused withdrawal prints the refusal in the sentence's place.
    void pencabutanPrintsTheSopSentenceAndNoDecisionBox()
    {
        auto placed = RequestFixture(*m_db).upToStep(9).create();
        KOLOKASI_VERIFY_OK(placed);
        auto id = RequestFixture::createWithdrawal(*m_db, *placed);
        KOLOKASI_VERIFY_OK(id);
        for (const Paper paper : {Paper::A4, Paper::F4}) {
            auto doc = prepare(DocumentKind::Withdrawal, *id, paper);
            KOLOKASI_VERIFY_OK(doc);
            QString text = PdfInspector(render(*doc, QStringLiteral("pencabutan"))).plainText();
            verifyInOrder(
                text, {QStringLiteral("dengan pertimbangan"),
                       QStringLiteral("Segala syarat dan ketentuan dalam pencabutan data "
                                      "center dan co-location telah disetujui oleh Kepala Bidang."),
                       QStringLiteral("Tertanda,"), RequestFixture::kHeadName});
            QVERIFY(!text.contains(QLatin1String("Keputusan")));
            QVERIFY(!text.contains(QLatin1String("ditolak")));
            PrintedDocument refused = *doc;
            refused.dossier->withdrawal->approved = false;
            text = PdfInspector(render(refused, QStringLiteral("pencabutan-ditolak"))).plainText();
            verifyInOrder(text,
                          {QStringLiteral("dengan pertimbangan"),
                           QStringLiteral("Permohonan pencabutan data center dan co-location tidak "
                                          "disetujui oleh Kepala Bidang."),
                           QStringLiteral("Tertanda,")});
            QVERIFY(!text.contains(QLatin1String("telah disetujui")));
        }
    }

    void kapasitasListsEachResourceNeededFreeAndResult()
    {
        auto id = RequestFixture(*m_db).upToStep(3).create();
        KOLOKASI_VERIFY_OK(id);
        const QString text = textOf(DocumentKind::CapacityReport, *id);
        verifyInOrder(
            text,
            {QStringLiteral("LAPORAN PENGECEKAN KETERSEDIAAN KAPASITAS INFRASTRUKTUR"),
             QStringLiteral("Unit Pemohon : ") + RequestFixture::unitOf(1),
             QStringLiteral("Surat Permohonan : 445/101/Dinkes/2026 tanggal 20 November 2026"),
             QStringLiteral("Yang Diperiksa Dibutuhkan Tersedia Hasil"),
             QStringLiteral("Server 1 server dapat ditempatkan:"),
             QStringLiteral("Listrik (daya rak) 450 W sisa 4.000 W Tersedia"),
             QStringLiteral("UPS 450 W sisa 6.000 W"), QStringLiteral("Genset 450 W sisa 20.000 W"),
             QStringLiteral("Bandwidth 20 Mbps sisa 500 Mbps"),
             QStringLiteral("Tempat (ruang rak)"), QStringLiteral("30 U kosong"),
             QStringLiteral("IP Publik 1 alamat 200 alamat bebas"),
             QStringLiteral("X a) YA, lanjutkan ke aktivitas no. 4"),
             QStringLiteral("b) TIDAK, proses selesai"),
             QStringLiteral("Sumber, 25 November 2026") /* the day of issue */});
    }

    void pemberitahuanCarriesIpDomainAndRemoteAccess()
    {
        auto id = RequestFixture(*m_db).upToStep(6).create();
        KOLOKASI_VERIFY_OK(id);
        const QString text = textOf(DocumentKind::Notification, *id);
        verifyInOrder(
            text, {QStringLiteral("Sumber, 25 November 2026"), QStringLiteral("Nomor :"),
                   QStringLiteral("Perihal :"),
                   QStringLiteral("Kepada Yth. Kepala ") + RequestFixture::unitOf(1),
                   QStringLiteral("Menindaklanjuti surat Saudara Nomor 445/101/Dinkes/2026 tanggal "
                                  "20 November 2026"),
                   QStringLiteral("telah disetujui"),
                   QStringLiteral("No Nama Server Nama Domain Alamat IP Letak Server"),
                   QStringLiteral("1 SRV-SIMPUS-1 ") + RequestFixture::domainOf(1) +
                       QStringLiteral(" 103.1.1.11 NOC Utama, Rak"),
                   QStringLiteral("admin_simpus"),
                   QStringLiteral("Akses Remote : SSH port 2222 melalui VPN vpn.cirebonkab.go.id"),
                   QStringLiteral("Kata Sandi : disampaikan terpisah"),
                   QStringLiteral("a.n. Kepala Dinas Komunikasi dan Informatika"),
                   RequestFixture::kHeadName, QStringLiteral("NIP. 19620718 198603 1 003")});
    }

    // Issue 17 point 5: a hosted application runs on the data centre's server; the letter asks
    // for the application and its data, not a server with OS, and names a password only where
    // an account was given.
    void pemberitahuanOfHostingAsksForTheApplicationAndItsData_data()
    {
        QTest::addColumn<int>("paper");
        QTest::addColumn<bool>("account");
        for (Paper paper : {Paper::A4, Paper::F4})
            for (bool account : {false, true})
                QTest::addRow("%s, %s", paper == Paper::A4 ? "A4" : "F4",
                              account ? "with an admin account" : "no account")
                    << int(paper) << account;
    }

    void pemberitahuanOfHostingAsksForTheApplicationAndItsData()
    {
        QFETCH(int, paper);
        QFETCH(bool, account);
        auto id = RequestFixture(*m_db).hosting().upToStep(6).create();
        KOLOKASI_VERIFY_OK(id);
        if (account) {
            Query give(*m_db, QStringLiteral("UPDATE placements SET host_admin_user = 'simpus_app' "
                                             "WHERE server_id IN (SELECT id FROM servers WHERE "
                                             "request_id = :r)"));
            give.bind(QStringLiteral(":r"), *id);
            KOLOKASI_VERIFY_OK(give.exec());
        }
        auto doc = prepare(DocumentKind::Notification, *id, Paper(paper));
        KOLOKASI_VERIFY_OK(doc);
        const PdfInspector pdf(render(*doc, QStringLiteral("pemberitahuan-hosting")));
        const QString text = pdf.plainText();
        verifyInOrder(text,
                      {QStringLiteral("permohonan hosting aplikasi Saudara telah disetujui"),
                       RequestFixture::domainOf(1), QStringLiteral("Akses Remote : SSH port 2222"),
                       QStringLiteral("menyampaikan aplikasi beserta datanya"),
                       QStringLiteral("basis data"), QStringLiteral("a.n. Kepala Dinas")});
        QVERIFY2(!text.contains(QLatin1String("perangkat server dengan OS")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("serah terima")), qPrintable(text));
        QCOMPARE(text.contains(QLatin1String("Kata Sandi : disampaikan terpisah")), account);
        QCOMPARE(text.contains(QLatin1String("Akun Admin")), account);
        QCOMPARE(text.contains(QLatin1String("simpus_app")), account);
        QVERIFY(pdf.wordsOutside(DocumentRenderer::marginsFor(*doc)).isEmpty());
    }

    void laporanSelesaiGoesToTheUnitWithTembusanToTheHeadOfDivision()
    {
        auto id = RequestFixture(*m_db).upToStep(9).create();
        KOLOKASI_VERIFY_OK(id);
        const QString text = textOf(DocumentKind::CompletionReport, *id);
        verifyInOrder(
            text, {QStringLiteral(
                       "Perihal : Laporan Penyelesaian Co-location Server dan Hosting Aplikasi"),
                   QStringLiteral("Kepada Yth. Kepala ") + RequestFixture::unitOf(1),
                   QStringLiteral("selesai dipasang di Data Center dan dapat diakses"),
                   QStringLiteral("25 November 2026"), QStringLiteral("SRV-SIMPUS-1"),
                   RequestFixture::domainOf(1), QStringLiteral("103.1.1.11"),
                   QStringLiteral("a.n. Kepala Dinas Komunikasi dan Informatika"),
                   QStringLiteral("Kepala Bidang Teknologi Informatika"), RequestFixture::kHeadName,
                   QStringLiteral("NIP. 19620718 198603 1 003"),
                   QStringLiteral("Tembusan: Kepala Bidang Teknologi Informatika")});
        // SOP step 9: the copy goes to the head of division, not to the head of office.
        QVERIFY(!text.contains(QLatin1String("Tembusan: Kepala Dinas")));
        QVERIFY(!text.contains(QLatin1String("Yth. Kepala Bidang"))); // a tembusan has no "Yth."
        QVERIFY(!text.contains(QLatin1String("1. Kepala Bidang")));   // one line is not numbered
    }

    // Issue 17 point 4: letters are addressed to the unit's head by title, the default from the
    // unit's kind or the title stored on the unit, on both papers.
    void lettersGoToTheHeadOfTheUnitByTitle_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("paper");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("addressee");
        const QList<std::tuple<const char *, QString, QString, QString>> units{
            {"kecamatan", QStringLiteral("Kecamatan Sumber"), QString(),
             QStringLiteral("Camat Sumber")},
            {"RSUD", QStringLiteral("RSUD Arjawinangun"), QString(),
             QStringLiteral("Direktur RSUD Arjawinangun")},
            {"sekretariat daerah", QStringLiteral("Sekretariat Daerah"), QString(),
             QStringLiteral("Sekretaris Daerah")},
            {"sekretariat DPRD", QStringLiteral("Sekretariat DPRD"), QString(),
             QStringLiteral("Sekretaris DPRD")},
            {"inspektorat", QStringLiteral("Inspektorat Daerah"), QString(),
             QStringLiteral("Inspektur Daerah")},
            {"badan", QStringLiteral("Badan Pendapatan Daerah"), QString(),
             QStringLiteral("Kepala Badan Pendapatan Daerah")},
            {"stored title", QStringLiteral("Dinas Kesehatan"),
             QStringLiteral("Plt. Kepala Dinas Kesehatan"),
             QStringLiteral("Plt. Kepala Dinas Kesehatan")}};
        for (const auto &[tag, unit, title, addressee] : units)
            for (DocumentKind kind : {DocumentKind::Notification, DocumentKind::CompletionReport})
                for (Paper paper : {Paper::A4, Paper::F4})
                    QTest::addRow("%s, %s, %s", tag, qPrintable(nameOf(kind)),
                                  paper == Paper::A4 ? "A4" : "F4")
                        << int(kind) << int(paper) << unit << title << addressee;
    }

    void lettersGoToTheHeadOfTheUnitByTitle()
    {
        QFETCH(int, kind);
        QFETCH(int, paper);
        QFETCH(QString, unit);
        QFETCH(QString, title);
        QFETCH(QString, addressee);
        auto id = RequestFixture(*m_db).upToStep(9).create();
        KOLOKASI_VERIFY_OK(id);
        Query rename(*m_db, QStringLiteral("UPDATE units SET name = :name, head_title = :title "
                                           "WHERE id = (SELECT unit_id FROM requests WHERE id = "
                                           ":request)"));
        rename.bind(QStringLiteral(":name"), unit)
            .bindOptional(QStringLiteral(":title"), title)
            .bind(QStringLiteral(":request"), *id);
        KOLOKASI_VERIFY_OK(rename.exec());
        auto doc = prepare(DocumentKind(kind), *id, Paper(paper));
        KOLOKASI_VERIFY_OK(doc);
        const PdfInspector pdf(render(*doc, QStringLiteral("addressee")));
        const QString text = pdf.plainText();
        verifyInOrder(text, {QStringLiteral("Kepada Yth. ") + addressee + QStringLiteral(" di -"),
                             QStringLiteral("Tempat")});
        if (!addressee.contains(QLatin1String("Kepala ")))
            QVERIFY2(!text.contains(QStringLiteral("Kepala ") + unit), qPrintable(text));
        QVERIFY(pdf.wordsOutside(DocumentRenderer::marginsFor(*doc)).isEmpty());
    }

    // Issue 17 point 10: the register printout states, in words, what the screen marks: an
    // expired placement and an asset late for its yearly review.
    void registerStatesKedaluwarsaAndTerlambatDitinjau()
    {
        KOLOKASI_VERIFY_OK(RequestFixture(*m_db).upToStep(9).create());
        DocumentOrder order;
        order.kind = DocumentKind::Register;
        for (const Paper paper : {Paper::A4, Paper::F4}) {
            order.paper = paper;
            auto doc = DocumentService(*m_db).prepare(order, Purpose::Issue);
            KOLOKASI_VERIFY_OK(doc);
            PrintedDocument printed = *doc;
            const QDate today = printed.date;
            QList<RegisterEntry> entries;
            for (int i = 1; i <= 3; ++i) {
                RegisterEntry entry;
                entry.asset.registerNumber = QStringLiteral("REG-%1").arg(i);
                entry.asset.status = AssetStatus::Active;
                entry.unitName = RequestFixture::unitOf(i);
                entry.serverName = RequestFixture::serverOf(i);
                entries.append(entry);
            }
            entries[0].asset.permanent = false; // expired, reviewed this year
            entries[0].asset.installedOn = today.addYears(-2);
            entries[0].asset.validUntil = today.addDays(-1);
            entries[0].asset.lastReviewedOn = today.addMonths(-2);
            entries[1].asset.permanent = true; // installed 2 years ago, never reviewed
            entries[1].asset.installedOn = today.addYears(-2);
            entries[2].asset.permanent = true; // new: neither
            entries[2].asset.installedOn = today.addDays(-10);
            printed.registerLines = RegisterLines::of(entries);
            const QString text =
                PdfInspector(render(printed, QStringLiteral("register-state"))).plainText();
            verifyInOrder(text, {QStringLiteral("REG-1"), QStringLiteral("Kedaluwarsa"),
                                 today.addMonths(-2).toString(QStringLiteral("dd-MM-yyyy")),
                                 QStringLiteral("REG-2"), QStringLiteral("Aktif"),
                                 QStringLiteral("Terlambat"), QStringLiteral("REG-3"),
                                 QStringLiteral("Aktif")});
            // The cell wraps "Terlambat" / "ditinjau" on two lines; only REG-2 is late.
            QCOMPARE(text.count(QLatin1String("Kedaluwarsa")), 1);
            QCOMPARE(text.count(QLatin1String("Terlambat")), 1);
        }
    }

    void registerIsALandscapeTableThatFilters()
    {
        KOLOKASI_VERIFY_OK(RequestFixture(*m_db).upToStep(9).create());
        KOLOKASI_VERIFY_OK(RequestFixture(*m_db).tag(2).hosting().upToStep(8).create());
        DocumentOrder order;
        order.kind = DocumentKind::Register;
        auto all = DocumentService(*m_db).prepare(order, Purpose::Issue);
        KOLOKASI_VERIFY_OK(all);
        const PdfInspector pdf(render(*all, QStringLiteral("register")));
        QVERIFY(pdf.pageSize().width() > pdf.pageSize().height());
        const QString text = pdf.plainText();
        verifyInOrder(text,
                      {QStringLiteral("ASET REGISTER SERVER CO-LOCATION DAN HOSTING APLIKASI"),
                       QStringLiteral("REG/2026/1"), RequestFixture::unitOf(1),
                       QStringLiteral("SRV-SIMPUS-1 (Co-location)"), RequestFixture::domainOf(1),
                       QStringLiteral("SN-1-1"), QStringLiteral("103.1.1.11"),
                       RequestFixture::unitOf(2), QStringLiteral("(Hosting)"),
                       QStringLiteral("Jumlah: 2 aset.")});
        order.registerFilter.unit = RequestFixture::unitOf(2);
        auto filtered = DocumentService(*m_db).prepare(order, Purpose::Issue);
        KOLOKASI_VERIFY_OK(filtered);
        QCOMPARE(filtered->registerLines.count, 1);
        QCOMPARE(filtered->registerLines.read(0, 1)->first().placement.domain,
                 RequestFixture::domainOf(2));
        // the words typed in the register's search box narrow the printout too, and it says so
        order.registerFilter = {{}, {}, {}, RequestFixture::domainOf(2)};
        auto searched = DocumentService(*m_db).prepare(order, Purpose::Issue);
        KOLOKASI_VERIFY_OK(searched);
        QCOMPARE(searched->registerLines.count, 1);
        QVERIFY(
            PdfInspector(render(*searched, QStringLiteral("register-search")))
                .plainText()
                .contains(
                    QStringLiteral("Pencarian: \u201C%1\u201D").arg(RequestFixture::domainOf(2))));
        order.registerFilter = {RequestFixture::kNoc, {}, QStringLiteral("withdrawn")};
        auto withdrawn = DocumentService(*m_db).prepare(order, Purpose::Issue);
        KOLOKASI_VERIFY_OK(withdrawn);
        QCOMPARE(withdrawn->registerLines.count, 0);
        QVERIFY(withdrawn->number.isEmpty()); // an empty list takes no number
    }

    void peninjauanListsEveryAssetWithItsFindingAndASummary()
    {
        // GIVEN four active assets, three of them marked (sesuai, tidak sesuai, tidak ditemukan)
        KOLOKASI_VERIFY_OK(RequestFixture(*m_db).servers(3).upToStep(9).create());
        KOLOKASI_VERIFY_OK(RequestFixture(*m_db).tag(2).upToStep(9).create());
        auto review = reviewOfEveryAsset();
        KOLOKASI_VERIFY_OK(review);
        // WHEN its report is printed
        auto doc = reviewReport(*review, Purpose::Issue);
        KOLOKASI_VERIFY_OK(doc);
        const PdfInspector pdf(render(*doc, QStringLiteral("peninjauan")));
        // THEN it is a landscape table of every asset with its finding, then the summary and
        // the signatures of the reviewer and the Kepala Bidang
        QVERIFY(pdf.pageSize().width() > pdf.pageSize().height());
        QCOMPARE(pdf.pageCount(), DocumentRenderer::pageCount(*doc));
        const QString text = pdf.plainText();
        verifyInOrder(text, {RequestFixture::kGovernment,
                             QStringLiteral("LAPORAN PENINJAUAN ASET REGISTER SERVER"),
                             doc->number,
                             QStringLiteral("Tanggal peninjauan : 25 November 2026"),
                             QStringLiteral("Peninjau : ") + RequestFixture::kReceiverName,
                             QStringLiteral("Belum selesai"),
                             QStringLiteral("Sesuai"),
                             QStringLiteral("Tidak sesuai"),
                             QStringLiteral("S/N di lapangan SN-X-99"),
                             QStringLiteral("Tidak ditemukan"),
                             QStringLiteral("Server tidak ada di rak"),
                             QStringLiteral("Belum ditinjau"),
                             QStringLiteral("Ringkasan"),
                             QStringLiteral("Jumlah aset : 4 aset"),
                             QStringLiteral("Ditinjau : 3 aset"),
                             QStringLiteral("Sesuai : 1 aset"),
                             QStringLiteral("Tidak sesuai : 1 aset"),
                             QStringLiteral("Tidak ditemukan : 1 aset"),
                             QStringLiteral("Belum ditinjau : 1 aset"),
                             QStringLiteral("Mengetahui,"),
                             QStringLiteral("Peninjau,"),
                             RequestFixture::kHeadName,
                             RequestFixture::kReceiverName,
                             QStringLiteral("NIP. 19880512 201503 1 002")});
        QVERIFY(text.contains(QStringLiteral("TNJ")));
        QCOMPARE(doc->review->lines.size(), 4);
    }

    void peninjauanTakesANumberOnlyWhenPrinted()
    {
        KOLOKASI_VERIFY_OK(RequestFixture(*m_db).upToStep(9).create());
        auto review = reviewOfEveryAsset();
        KOLOKASI_VERIFY_OK(review);
        const auto numbers = [this] {
            auto n = Query(*m_db, QStringLiteral("SELECT COUNT(*) FROM documents "
                                                 "WHERE doc_type = 'peninjauan'"))
                         .scalar();
            return n.ok() ? n->toLongLong() : -1;
        };
        // A preview shows dots and records nothing
        auto preview = reviewReport(*review, Purpose::Preview);
        KOLOKASI_VERIFY_OK(preview);
        QVERIFY(preview->number.isEmpty());
        QVERIFY(PdfInspector(render(*preview, QStringLiteral("peninjauan-preview")))
                    .plainText()
                    .contains(QLatin1String("Nomor : .....")));
        QCOMPARE(numbers(), 0);
        // Printing issues a number of its own sequence
        auto printed = reviewReport(*review, Purpose::Issue);
        KOLOKASI_VERIFY_OK(printed);
        QVERIFY(printed->number.contains(QLatin1String("/TNJ/")));
        QCOMPARE(numbers(), 1);
        // The number belongs to the review: a reprint on the other paper keeps it.
        auto reprint = reviewReport(*review, Purpose::Issue, Paper::F4);
        KOLOKASI_VERIFY_OK(reprint);
        QCOMPARE(reprint->number, printed->number);
        QCOMPARE(numbers(), 1);
        QVERIFY(PdfInspector(render(*reprint, QStringLiteral("peninjauan-reprint")))
                    .plainText()
                    .contains(printed->number));
        auto preview2 = reviewReport(*review, Purpose::Preview);
        KOLOKASI_VERIFY_OK(preview2);
        QCOMPARE(preview2->number, printed->number);
    }

    void peninjauanOfAFinishedReviewCarriesItsDayAndState()
    {
        KOLOKASI_VERIFY_OK(RequestFixture(*m_db).upToStep(9).create());
        auto review = reviewOfEveryAsset();
        KOLOKASI_VERIFY_OK(review);
        ReviewProcess process(*m_db);
        auto progress = process.progress(*review);
        KOLOKASI_VERIFY_OK(progress);
        KOLOKASI_VERIFY_OK(process.finish(*review, progress->review.rowVersion));
        auto doc = reviewReport(*review, Purpose::Issue, Paper::F4);
        KOLOKASI_VERIFY_OK(doc);
        const QString text =
            PdfInspector(render(*doc, QStringLiteral("peninjauan-selesai"))).plainText();
        verifyInOrder(text, {QStringLiteral("Status : Selesai, 25 November 2026"),
                             QStringLiteral("Sumber, 25 November 2026")});
        QVERIFY(!text.contains(QLatin1String("Belum selesai")));
    }

    void peninjauanOfAnUnknownReviewIsRefused()
    {
        auto doc = reviewReport(4711, Purpose::Preview);
        QVERIFY(!doc.ok());
        QCOMPARE(doc.error().code, QStringLiteral("not_found"));
        QCOMPARE(doc.error().field, QStringLiteral("review"));
    }

    void rakNumbersTheUnitsAndLabelsPlacements()
    {
        KOLOKASI_VERIFY_OK(RequestFixture(*m_db).servers(2).upToStep(8).create());
        KOLOKASI_VERIFY_OK(RequestFixture(*m_db).tag(2).upToStep(5).create());
        DocumentOrder order;
        order.kind = DocumentKind::RackView;
        order.noc = RequestFixture::kNoc;
        auto doc = DocumentService(*m_db).prepare(order, Purpose::Issue);
        KOLOKASI_VERIFY_OK(doc);
        const QString text = PdfInspector(render(*doc, QStringLiteral("rak"))).plainText();
        QVERIFY(!text.contains(QLatin1String("RACK ELEVATION"))); // the title is Indonesian only
        verifyInOrder(text, {QStringLiteral("TAMPAK DEPAN RAK SERVER"),
                             QStringLiteral("NOC Utama – Rak R01 (42U)"), QStringLiteral("42"),
                             QStringLiteral("SRV-SIMPUS-2 – DINKES1"),
                             QStringLiteral("SRV-SIMPUS-1 – DINKES1"), QStringLiteral("1"),
                             QStringLiteral("Daftar penempatan"),
                             QStringLiteral("NOC Utama / R01 U9–U10 SRV-SIMPUS-1 DINKES2"),
                             QStringLiteral("Dipesan"),
                             QStringLiteral("NOC Utama / R01 U3–U4 SRV-SIMPUS-2 DINKES1"),
                             QStringLiteral("NOC Utama / R01 U1–U2 SRV-SIMPUS-1 DINKES1"),
                             QStringLiteral("Terpasang")});
        order.noc.clear();
        order.rack = RequestFixture::kRack;
        auto one = DocumentService(*m_db).prepare(order, Purpose::Issue);
        KOLOKASI_VERIFY_OK(one);
        QCOMPARE(one->racks.size(), 1);
    }

    void everyDocumentFitsItsPaper_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("paper");
        for (DocumentKind kind : allDocumentKinds()) {
            for (Paper paper : {Paper::A4, Paper::F4})
                QTest::addRow("%s-%s", qPrintable(nameOf(kind)), qPrintable(nameOf(paper)))
                    << static_cast<int>(kind) << static_cast<int>(paper);
        }
    }

    void everyDocumentFitsItsPaper()
    {
        QFETCH(int, kind);
        QFETCH(int, paper);
        auto placed = RequestFixture(*m_db).servers(3).upToStep(9).create();
        KOLOKASI_VERIFY_OK(placed);
        auto withdrawal = RequestFixture::createWithdrawal(*m_db, *placed);
        KOLOKASI_VERIFY_OK(withdrawal);
        DocumentOrder order;
        order.kind = static_cast<DocumentKind>(kind);
        order.paper = static_cast<Paper>(paper);
        order.requestId = order.kind == DocumentKind::Withdrawal ? *withdrawal : *placed;
        order.noc = RequestFixture::kNoc;
        if (order.kind == DocumentKind::ReviewReport) {
            auto review = reviewOfEveryAsset();
            KOLOKASI_VERIFY_OK(review);
            order.reviewId = *review;
        }
        auto doc = DocumentService(*m_db).prepare(order, Purpose::Issue);
        KOLOKASI_VERIFY_OK(doc);
        const PdfInspector pdf(
            render(*doc, QStringLiteral("%1-%2").arg(nameOf(order.kind), nameOf(order.paper))));
        const QSizeF expected =
            order.paper == Paper::F4 ? QSizeF(609.45, 935.43) : QSizeF(595.28, 841.89);
        const QSizeF size =
            order.kind == DocumentKind::Register || order.kind == DocumentKind::ReviewReport
                ? pdf.pageSize().transposed()
                : pdf.pageSize();
        QVERIFY2(qAbs(size.width() - expected.width()) < 1 &&
                     qAbs(size.height() - expected.height()) < 1,
                 qPrintable(QStringLiteral("%1 x %2").arg(size.width()).arg(size.height())));
        const QStringList outside = pdf.wordsOutside(DocumentRenderer::marginsFor(*doc));
        QVERIFY2(outside.isEmpty(), qPrintable(outside.join(QLatin1Char('\n'))));
        QVERIFY(pdf.plainText().contains(doc->number));
    }

    void aDocumentKeepsItsNumberAndItsIssueIsInTheHistory()
    {
        auto id = RequestFixture(*m_db).upToStep(5).create();
        KOLOKASI_VERIFY_OK(id);
        auto first = prepare(DocumentKind::Approval, *id);
        auto reprint = prepare(DocumentKind::Approval, *id, Paper::F4);
        auto other = prepare(DocumentKind::Application, *id);
        KOLOKASI_VERIFY_OK(first);
        KOLOKASI_VERIFY_OK(reprint);
        KOLOKASI_VERIFY_OK(other);
        QCOMPARE(reprint->number, first->number);
        QVERIFY(other->number != first->number);
        QCOMPARE(documentEvents(*id), 2);
    }

    void blankFormsHaveDottedLinesAndNoValues_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("labels");
        QTest::addRow("pengajuan") << static_cast<int>(DocumentKind::Application)
                                   << QStringList{QStringLiteral("FORM. PENGAJUAN"),
                                                  QStringLiteral("Nama Unit : ....."),
                                                  QStringLiteral("Penanggung Jawab : ....."),
                                                  QStringLiteral("NIP : ....."),
                                                  QStringLiteral("Alamat Unit : ....."),
                                                  QStringLiteral("Kontak Number : ....."),
                                                  QStringLiteral("Nama Domain : ....."),
                                                  QStringLiteral("Tanggal Aktif Domain : ....."),
                                                  QStringLiteral("Permanen / Tidak permanen ....."),
                                                  QStringLiteral("Telah menyetujui")};
        QTest::addRow("persetujuan")
            << static_cast<int>(DocumentKind::Approval)
            << QStringList{
                   QStringLiteral("FORM. PERSETUJUAN"),
                   QStringLiteral("Nama Domain : ....."),
                   QStringLiteral("Telah ( menyetujui menolak ) permohonan co-location di ....."),
                   QStringLiteral("dengan pertimbangan ....."),
                   QStringLiteral("Data Center"),
                   QStringLiteral("NOC : ....."),
                   QStringLiteral("Letak Server : ....."),
                   QStringLiteral("Nama Domain : ....."),
                   QStringLiteral("Co – Location"),
                   QStringLiteral("S/N Server : ....."),
                   QStringLiteral("Type & Merk : ....."),
                   QStringLiteral("Host Admin : User : ..."),
                   QStringLiteral("Password : ....."),
                   QStringLiteral("IP Address : ....."),
                   QStringLiteral("Tertanda,")};
        QTest::addRow("serah-terima")
            << static_cast<int>(DocumentKind::Handover)
            << QStringList{
                   QStringLiteral("FORM. SERAH TERIMA"), QStringLiteral("Pada hari ini, ....."),
                   QStringLiteral("Tanggal, ....."),     QStringLiteral("Nama Unit : ....."),
                   QStringLiteral("No Nama Server"),     QStringLiteral("Kepada :"),
                   QStringLiteral("Yang Menyerahkan,"),  QStringLiteral("Yang Menerima,")};
        QTest::addRow("pencabutan")
            << static_cast<int>(DocumentKind::Withdrawal)
            << QStringList{QStringLiteral("FORM. PENCABUTAN CO-LOCATION"),
                           QStringLiteral("Nama Domain : ....."),
                           QStringLiteral("Telah mengajukan permohonan penarikan co-location"),
                           QStringLiteral("Data Center"),
                           QStringLiteral("Co – Location"),
                           QStringLiteral("dengan pertimbangan ....."),
                           QStringLiteral("Tertanda,")};
    }

    void blankFormsHaveDottedLinesAndNoValues()
    {
        QFETCH(int, kind);
        QFETCH(QStringList, labels);
        auto doc = DocumentService(*m_db).blankForm(static_cast<DocumentKind>(kind), Paper::F4);
        KOLOKASI_VERIFY_OK(doc);
        QVERIFY(doc->number.isEmpty());
        const PdfInspector pdf(render(*doc, nameOf(doc->kind) + QStringLiteral("-blank")));
        const QString text = pdf.plainText();
        verifyInOrder(text, labels);
        QVERIFY(text.contains(RequestFixture::kGovernment));
        QVERIFY(!text.contains(RequestFixture::kHeadName));
        QVERIFY(pdf.wordsOutside(DocumentRenderer::marginsFor(*doc)).isEmpty());
    }

    void refusals_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("step");
        QTest::addColumn<bool>("rejected");
        QTest::addColumn<QString>("code");
        QTest::addRow("unknown request") << static_cast<int>(DocumentKind::Application) << 0
                                         << false << QStringLiteral("not_found");
        QTest::addRow("kapasitas before step 3") << static_cast<int>(DocumentKind::CapacityReport)
                                                 << 1 << false << QStringLiteral("not_reached");
        QTest::addRow("pengajuan before step 4") << static_cast<int>(DocumentKind::Application) << 3
                                                 << false << QStringLiteral("not_reached");
        QTest::addRow("persetujuan before approval") << static_cast<int>(DocumentKind::Approval)
                                                     << 4 << false << QStringLiteral("not_reached");
        QTest::addRow("pemberitahuan of a rejection")
            << static_cast<int>(DocumentKind::Notification) << 5 << true
            << QStringLiteral("not_reached");
        QTest::addRow("serah-terima before handover")
            << static_cast<int>(DocumentKind::Handover) << 6 << false
            << QStringLiteral("not_reached");
        QTest::addRow("laporan-selesai before handover")
            << static_cast<int>(DocumentKind::CompletionReport) << 6 << false
            << QStringLiteral("not_reached");
        QTest::addRow("pencabutan of a placement") << static_cast<int>(DocumentKind::Withdrawal)
                                                   << 9 << false << QStringLiteral("wrong_kind");
    }

    void refusals()
    {
        QFETCH(int, kind);
        QFETCH(int, step);
        QFETCH(bool, rejected);
        QFETCH(QString, code);
        qint64 id = 999;
        if (step > 0) {
            RequestFixture fixture(*m_db);
            fixture.upToStep(step);
            if (rejected)
                fixture.rejected();
            auto created = fixture.create();
            KOLOKASI_VERIFY_OK(created);
            id = *created;
        }
        auto doc = prepare(static_cast<DocumentKind>(kind), id);
        QVERIFY(!doc.ok());
        QCOMPARE(doc.error().code, code);
        QCOMPARE(doc.error().field, QStringLiteral("request"));
        QVERIFY(!doc.error().message.isEmpty());
        QCOMPARE(documentEvents(id), 0); // a refused document is not numbered
    }

    void refusesFormsOfTheOtherKindOfRequest()
    {
        auto placed = RequestFixture(*m_db).upToStep(9).create();
        KOLOKASI_VERIFY_OK(placed);
        auto withdrawal = RequestFixture::createWithdrawal(*m_db, *placed);
        KOLOKASI_VERIFY_OK(withdrawal);
        auto doc = prepare(DocumentKind::Application, *withdrawal);
        QVERIFY(!doc.ok());
        QCOMPARE(doc.error().code, QStringLiteral("wrong_kind"));
    }

    void aFilledFormPrintsADashWhereNothingWasRecorded()
    {
        PrintedDocument doc;
        doc.kind = DocumentKind::Approval;
        doc.number = QStringLiteral("050/0007/PSJ/Aptika/2026");
        doc.date = QDate(2026, 11, 25);
        PrintDossier dossier;
        Approval approval;
        approval.approved = true;
        approval.location = QStringLiteral("Data Center");
        approval.reasons = QStringLiteral("Lengkap");
        dossier.approval = approval;
        DossierPlacement placement;
        placement.id = 7;
        placement.noc = RequestFixture::kNoc;
        placement.rack = RequestFixture::kRack;
        placement.firstU = 4;
        placement.heightU = 1;
        placement.locationNote = QStringLiteral("Rak R01, U 4"); // the workflow may repeat the rack
        dossier.placements.append(placement);
        doc.dossier = dossier;
        // pdftotext sometimes joins a colon and a lone dash
        const QString text = PdfInspector(render(doc, QStringLiteral("persetujuan-dash")))
                                 .plainText()
                                 .replace(QStringLiteral(":-"), QStringLiteral(": -"));
        verifyInOrder(
            text, {QStringLiteral(
                       "Letak Server : Rak R01, U4 S/N Server : - Type & Merk : - Nama Domain : -"),
                   QStringLiteral("Host Admin : User : - Password : ....."),
                   QStringLiteral("IP Address : -")});
    }

    void printsThroughQPrinterTheSameWay()
    {
        auto id = RequestFixture(*m_db).upToStep(8).create();
        KOLOKASI_VERIFY_OK(id);
        auto doc = prepare(DocumentKind::Handover, *id, Paper::F4);
        KOLOKASI_VERIFY_OK(doc);
        // The path a real printer and QPrintPreviewDialog take; its PDF output lets us read it
        // back.
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(m_dir.filePath(QStringLiteral("printer.pdf")));
        KOLOKASI_VERIFY_OK(DocumentRenderer::print(*doc, printer));
        const PdfInspector pdf(m_dir.filePath(QStringLiteral("printer.pdf")));
        QVERIFY(qAbs(pdf.pageSize().height() - 935.43) < 1);
        QVERIFY(
            pdf.plainText().contains(QLatin1String("Pada hari ini, Rabu tanggal dua puluh lima")));
        QVERIFY(pdf.wordsOutside(DocumentRenderer::marginsFor(*doc)).isEmpty());
    }

    void longTablesFlowToNewPagesWithTheirHeader()
    {
        PrintedDocument doc;
        doc.kind = DocumentKind::Register;
        doc.number = QStringLiteral("050/0099/REG/Aptika/2026");
        doc.date = QDate(2026, 11, 25);
        doc.agency.governmentName = RequestFixture::kGovernment;
        QList<RegisterEntry> entries;
        for (int i = 1; i <= 40; ++i) {
            RegisterEntry entry;
            entry.asset.registerNumber =
                QStringLiteral("REG/2026/%1").arg(i, 3, 10, QLatin1Char('0'));
            entry.unitName = RequestFixture::unitOf(i);
            entry.serverName = RequestFixture::serverOf(i);
            entry.placement.domain = RequestFixture::domainOf(i);
            entries.append(entry);
        }
        doc.registerLines = RegisterLines::of(entries);
        const PdfInspector pdf(render(doc, QStringLiteral("register-long")));
        QVERIFY(pdf.pageCount() >= 3);
        QCOMPARE(pdf.layoutText().count(QLatin1String("Ditinjau")), pdf.pageCount());
        verifyInOrder(pdf.plainText(),
                      {QStringLiteral("REG/2026/001"), QStringLiteral("Halaman 2"),
                       QStringLiteral("REG/2026/040"), QStringLiteral("Jumlah: 40 aset.")});
        QVERIFY(pdf.wordsOutside(DocumentRenderer::marginsFor(doc)).isEmpty());
    }

    // Issue 17 point 7: a server's block on persetujuan never splits: wherever the page ends
    // (longer or shorter pertimbangan), its "Server: ..." heading, S/N, domain, host admin and
    // IP are on one page.
    void persetujuanKeepsEachServerBlockOnOnePage_data()
    {
        QTest::addColumn<int>("paper");
        QTest::newRow("A4") << int(Paper::A4);
        QTest::newRow("F4") << int(Paper::F4);
    }

    void persetujuanKeepsEachServerBlockOnOnePage()
    {
        QFETCH(int, paper);
        constexpr int kServers = 5;
        auto id = RequestFixture(*m_db).servers(kServers).upToStep(5).create();
        KOLOKASI_VERIFY_OK(id);
        auto prepared = prepare(DocumentKind::Approval, *id, Paper(paper));
        KOLOKASI_VERIFY_OK(prepared);
        int splitsSeen = 0;
        for (int words = 0; words <= 240; words += 12) {
            PrintedDocument doc = *prepared;
            doc.dossier->approval->reasons = QStringLiteral("kata ").repeated(words).trimmed();
            const PdfInspector pdf(render(doc, QStringLiteral("persetujuan-blocks")));
            QVERIFY(pdf.pageCount() >= 2 || words == 0);
            for (int page = 1; page <= pdf.pageCount(); ++page) {
                const QString text = pdf.pageText(page);
                for (int server = 1; server <= kServers; ++server) {
                    const QString heading =
                        QStringLiteral("Server: ") + RequestFixture::serverOf(server);
                    const QStringList parts{QStringLiteral("S/N Server : SN-1-%1").arg(server),
                                            QStringLiteral("Host Admin : User : admin_simpus"),
                                            RequestFixture::ipOf(1, server)};
                    if (!text.contains(heading)) {
                        QVERIFY2(!text.contains(parts.first()),
                                 qPrintable(QStringLiteral("%1 words: server %2's rows on page %3 "
                                                           "without its heading:\n%4")
                                                .arg(words)
                                                .arg(server)
                                                .arg(page)
                                                .arg(text)));
                        continue;
                    }
                    const QString from = text.mid(text.indexOf(heading));
                    for (const QString &part : parts)
                        QVERIFY2(from.contains(part),
                                 qPrintable(QStringLiteral("%1 words: '%2' of server %3 is not on "
                                                           "page %4 with its heading:\n%5")
                                                .arg(words)
                                                .arg(part)
                                                .arg(server)
                                                .arg(page)
                                                .arg(text)));
                }
            }
            splitsSeen += pdf.pageCount() > 1 ? 1 : 0;
            QVERIFY(pdf.wordsOutside(DocumentRenderer::marginsFor(doc)).isEmpty());
        }
        QVERIFY(splitsSeen > 3); // the blocks did cross page ends
    }

    // Issue 17 point 8: identifiers in table cells are never broken: each is one word in the
    // PDF; the columns are sized from them and a cell that still cannot hold one sets it
    // smaller, never below 7 pt.
    void identifiersInTablesAreNeverBroken_data()
    {
        QTest::addColumn<int>("paper");
        QTest::newRow("A4") << int(Paper::A4);
        QTest::newRow("F4") << int(Paper::F4);
    }

    void identifiersInTablesAreNeverBroken()
    {
        QFETCH(int, paper);
        const QStringList identifiers{QStringLiteral("kec-sumber.cirebonkab.go.id"),
                                      QStringLiteral("srv-simrs-arjawinangun-2"),
                                      QStringLiteral("REG/2026/RSUD-ARJ/0012"),
                                      QStringLiteral("13-10-2026"),
                                      QStringLiteral("U12–U13"),
                                      QStringLiteral("Terpasang"),
                                      QStringLiteral("SN-DELL-R650-7XK2Q93"),
                                      QStringLiteral("Kedaluwarsa")};
        const auto verifyWhole = [&](const PdfInspector &pdf, const QStringList &expected) {
            QStringList words;
            for (const auto &[word, height] : pdf.wordHeights())
                words.append(word);
            for (const QString &identifier : expected)
                QVERIFY2(words.contains(identifier),
                         qPrintable(QStringLiteral("'%1' is broken or missing in:\n%2")
                                        .arg(identifier, pdf.layoutText())));
        };

        // The register (landscape): every identifier column.
        PrintedDocument reg;
        reg.kind = DocumentKind::Register;
        reg.paper = Paper(paper);
        reg.number = QStringLiteral("050/0099/REG/Aptika/2026");
        reg.date = QDate(2026, 11, 25);
        reg.agency.governmentName = RequestFixture::kGovernment;
        QList<RegisterEntry> entries;
        for (int i = 1; i <= 3; ++i) {
            RegisterEntry entry;
            entry.asset.registerNumber = QStringLiteral("REG/2026/RSUD-ARJ/001%1").arg(i + 1);
            entry.asset.installedOn = QDate(2026, 10, 13);
            entry.asset.permanent = false;
            entry.asset.validUntil = QDate(2026, 10, 14);
            entry.unitName = QStringLiteral("Rumah Sakit Umum Daerah Arjawinangun");
            entry.officerName = QStringLiteral("dr. RINI MARLINA, MARS");
            entry.serverName = QStringLiteral("srv-simrs-arjawinangun-%1").arg(i + 1);
            entry.nocName = RequestFixture::kNoc;
            entry.rackName = RequestFixture::kRack;
            entry.placement.firstU = 12;
            entry.placement.heightU = 2;
            entry.placement.domain = QStringLiteral("kec-sumber.cirebonkab.go.id");
            entry.placement.serialNumber = QStringLiteral("SN-DELL-R650-7XK2Q93");
            entry.placement.typeBrand = QStringLiteral("Dell PowerEdge R650");
            entry.placement.ipAddresses = {QStringLiteral("103.123.145.167")};
            entry.powerW = 750;
            entries.append(entry);
        }
        reg.registerLines = RegisterLines::of(entries);
        const PdfInspector registerPdf(render(reg, QStringLiteral("register-identifiers")));
        verifyWhole(registerPdf, {identifiers.at(0), identifiers.at(1), identifiers.at(2),
                                  identifiers.at(3), identifiers.at(6), identifiers.at(7),
                                  QStringLiteral("103.123.145.167"), QStringLiteral("14-10-2026")});
        QVERIFY(registerPdf.wordsOutside(DocumentRenderer::marginsFor(reg)).isEmpty());

        // The rack sheet's list of placements (portrait).
        auto placed = RequestFixture(*m_db).servers(2).upToStep(8).create();
        KOLOKASI_VERIFY_OK(placed);
        DocumentOrder order;
        order.kind = DocumentKind::RackView;
        order.noc = RequestFixture::kNoc;
        order.paper = Paper(paper);
        auto rack = DocumentService(*m_db).prepare(order, Purpose::Issue);
        KOLOKASI_VERIFY_OK(rack);
        PrintedDocument rackDoc = *rack;
        QList<RackSlot> &occupants = rackDoc.racks.first().occupants;
        occupants.prepend({12, 2, QStringLiteral("srv-simrs-arjawinangun-2"),
                           QStringLiteral("Rumah Sakit Umum Daerah Arjawinangun"),
                           QStringLiteral("kec-sumber.cirebonkab.go.id"),
                           QStringLiteral("active")});
        const PdfInspector rackPdf(render(rackDoc, QStringLiteral("rak-identifiers")));
        verifyWhole(rackPdf,
                    {identifiers.at(0), identifiers.at(1), identifiers.at(4), identifiers.at(5)});

        // A letter's table, with a domain too long for any column: set smaller, not broken.
        const QString longDomain = QStringLiteral(
            "sistem-informasi-manajemen-rumah-sakit.rsud-arjawinangun.cirebonkab.go.id");
        Query lengthen(*m_db, QStringLiteral("UPDATE placements SET domain = :d WHERE server_id IN "
                                             "(SELECT id FROM servers WHERE request_id = :r "
                                             "AND position = 1)"));
        lengthen.bind(QStringLiteral(":d"), longDomain).bind(QStringLiteral(":r"), *placed);
        KOLOKASI_VERIFY_OK(lengthen.exec());
        Query rename(*m_db, QStringLiteral("UPDATE servers SET name = 'srv-simrs-arjawinangun-2' "
                                           "WHERE request_id = :r AND position = 2"));
        rename.bind(QStringLiteral(":r"), *placed);
        KOLOKASI_VERIFY_OK(rename.exec());
        auto letter = prepare(DocumentKind::Notification, *placed, Paper(paper));
        KOLOKASI_VERIFY_OK(letter);
        const PdfInspector letterPdf(render(*letter, QStringLiteral("pemberitahuan-identifiers")));
        double normal = 0;
        double smallest = 1e9;
        for (const auto &[word, height] : letterPdf.wordHeights()) {
            if (word == RequestFixture::domainOf(1).prepend(QStringLiteral("api2.")) ||
                word == QStringLiteral("admin_simpus"))
                normal = std::max(normal, height);
            if (word.contains(QLatin1String("rsud-arjawinangun")))
                smallest = std::min(smallest, height);
        }
        QVERIFY(normal > 0);
        const auto pieces = [&] {
            int n = 0;
            for (const auto &[word, height] : letterPdf.wordHeights())
                n += word.contains(QLatin1String("manajemen")) ? 1 : 0;
            return n;
        }();
        QCOMPARE(pieces, 1);
        // Either whole at a smaller size or, if even 7 pt cannot hold it, cut: never below 7 pt.
        QVERIFY2(smallest < normal, qPrintable(letterPdf.layoutText()));
        QVERIFY2(smallest >= normal * (PrintedTable::kSmallestPointSize / 9.0) - 0.3,
                 qPrintable(QStringLiteral("%1 pt box against %2").arg(smallest).arg(normal)));
        verifyWhole(letterPdf, {identifiers.at(1), RequestFixture::ipOf(1, 1)});
        QVERIFY(letterPdf.wordsOutside(DocumentRenderer::marginsFor(*letter)).isEmpty());
    }

    void signaturesStayWithTheLastContentAtEveryPageBoundary_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("paper");
        for (DocumentKind kind : allDocumentKinds()) {
            for (Paper paper : {Paper::A4, Paper::F4})
                QTest::addRow("%s-%s", qPrintable(nameOf(kind)), qPrintable(nameOf(paper)))
                    << static_cast<int>(kind) << static_cast<int>(paper);
        }
    }

    // Content sized so it ends right at a page boundary, one line before and one after: the
    // signatures never stand alone, every page is numbered "n dari N" and has content.
    void signaturesStayWithTheLastContentAtEveryPageBoundary()
    {
        QFETCH(int, kind);
        QFETCH(int, paper);
        auto prepared = documentOf(static_cast<DocumentKind>(kind), static_cast<Paper>(paper));
        KOLOKASI_VERIFY_OK(prepared);
        const int boundary = growthToNextPage(*prepared);
        for (int n : {boundary - 1, boundary, boundary + 1}) {
            PrintedDocument doc = *prepared;
            const QString lastContent = grow(doc, n);
            const PdfInspector pdf(render(doc, QStringLiteral("boundary-%1-%2-%3")
                                                   .arg(nameOf(doc.kind), nameOf(doc.paper))
                                                   .arg(n)));
            verifyPages(pdf, doc, lastContent, signerOf(doc.kind));
            if (QTest::currentTestFailed())
                QFAIL(
                    qPrintable(QStringLiteral("at growth %1 (boundary %2)").arg(n).arg(boundary)));
        }
    }

    void noDottedBlankOnAFilledFormOfAClosedRequest_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("hosting");
        for (DocumentKind kind : {DocumentKind::Application, DocumentKind::Approval,
                                  DocumentKind::Handover, DocumentKind::Withdrawal,
                                  DocumentKind::CapacityReport, DocumentKind::CompletionReport}) {
            QTest::addRow("%s-colocation", qPrintable(nameOf(kind)))
                << static_cast<int>(kind) << false;
            QTest::addRow("%s-hosting", qPrintable(nameOf(kind))) << static_cast<int>(kind) << true;
        }
    }

    void noDottedBlankOnAFilledFormOfAClosedRequest()
    {
        QFETCH(int, kind);
        QFETCH(bool, hosting);
        auto doc = documentOf(static_cast<DocumentKind>(kind), Paper::F4, hosting);
        KOLOKASI_VERIFY_OK(doc);
        const QString text =
            PdfInspector(render(*doc, nameOf(doc->kind) + QStringLiteral("-closed"))).plainText();
        QVERIFY2(!text.contains(QLatin1String("....")), qPrintable(text));
    }

    void aRejectedRequestPrintsItsRejection()
    {
        auto id = RequestFixture(*m_db).rejected().upToStep(5).create();
        KOLOKASI_VERIFY_OK(id);
        const QString pengajuan = textOf(DocumentKind::Application, *id);
        QVERIFY2(pengajuan.contains(QLatin1String("Telah menolak")), qPrintable(pengajuan));
        QVERIFY(!pengajuan.contains(QLatin1String("Telah menyetujui")));
        QVERIFY(!pengajuan.contains(QLatin1String("....")));
    }

    void hostingHandoverIsFromTheDataCentreToTheUnit()
    {
        auto id = RequestFixture(*m_db).hosting().upToStep(8).create();
        KOLOKASI_VERIFY_OK(id);
        const QString text = textOf(DocumentKind::Handover, *id);
        verifyInOrder(
            text,
            {QStringLiteral("Nama Unit : Bidang Teknologi Informatika"),
             QStringLiteral("Penanggung Jawab : ") + RequestFixture::kReceiverName,
             QStringLiteral("Telah menyerahkan layanan hosting aplikasi sebagai berikut :"),
             QStringLiteral("Nama Domain"), RequestFixture::domainOf(1), QStringLiteral("Kepada :"),
             QStringLiteral("Nama Unit : ") + RequestFixture::unitOf(1),
             QStringLiteral("Penanggung Jawab : ") + RequestFixture::kOfficerName,
             QStringLiteral("Yang Menyerahkan,"), QStringLiteral("Yang Menerima,"),
             RequestFixture::kReceiverName, RequestFixture::kOfficerName});
        QVERIFY(!text.contains(QLatin1String("Telah menyerahkan co-location")));
    }

    void signatoriesComeFromTheSettings_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("role");
        for (DocumentKind kind :
             {DocumentKind::Application, DocumentKind::Approval, DocumentKind::Withdrawal,
              DocumentKind::Notification, DocumentKind::CompletionReport})
            QTest::addRow("%s", qPrintable(nameOf(kind)))
                << static_cast<int>(kind) << Signatory::kHeadOfDivision;
        for (DocumentKind kind :
             {DocumentKind::CapacityReport, DocumentKind::Register, DocumentKind::RackView})
            QTest::addRow("%s", qPrintable(nameOf(kind)))
                << static_cast<int>(kind) << Signatory::kDataCentreOfficer;
    }

    void signatoriesComeFromTheSettings()
    {
        QFETCH(int, kind);
        QFETCH(QString, role);
        SettingsService settings(*m_db);
        KOLOKASI_VERIFY_OK(settings.saveSignatory(
            {Signatory::kHeadOfOffice, QStringLiteral("Drs. H. ABDUL ROZAK, M.Si"),
             QStringLiteral("196501011990031007"),
             QStringLiteral("Kepala Dinas Komunikasi dan Informatika"),
             QStringLiteral("Pembina Utama Muda (IV/c)"), QStringLiteral("Plt.")}));
        KOLOKASI_VERIFY_OK(settings.saveSignatory(
            {role, QStringLiteral("Dr. Ir. SITI AMINAH, M.Kom"),
             QStringLiteral("197808082005012003"),
             role == Signatory::kHeadOfDivision ? QStringLiteral("Kepala Bidang Aptika")
                                                : QStringLiteral("Pranata Komputer"),
             QStringLiteral("Pembina (IV/a)"), QStringLiteral("Plh.")}));
        auto doc = documentOf(static_cast<DocumentKind>(kind), Paper::A4);
        KOLOKASI_VERIFY_OK(doc);
        const QString text =
            PdfInspector(render(*doc, nameOf(doc->kind) + QStringLiteral("-signatory")))
                .plainText();
        verifyInOrder(
            text, {role == Signatory::kHeadOfDivision ? QStringLiteral("Plh. Kepala Bidang Aptika")
                                                      : QStringLiteral("Plh. Pranata Komputer"),
                   QStringLiteral("Dr. Ir. SITI AMINAH, M.Kom"), QStringLiteral("Pembina (IV/a)"),
                   QStringLiteral("NIP. 19780808 200501 2 003")});
        if (doc->kind == DocumentKind::Notification || doc->kind == DocumentKind::CompletionReport)
            QVERIFY(
                text.contains(QLatin1String("a.n. Plt. Kepala Dinas Komunikasi dan Informatika")));
    }

    void previewTakesNoNumberAndWritesNothing()
    {
        auto id = RequestFixture(*m_db).upToStep(5).create();
        KOLOKASI_VERIFY_OK(id);
        const auto rows = [this](const QString &table) {
            auto n = Query(*m_db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).scalar();
            return n.ok() ? n->toLongLong() : -1;
        };
        const qint64 audit = rows(QStringLiteral("audit_log"));
        const qint64 events = rows(QStringLiteral("request_events"));
        DocumentOrder order;
        order.kind = DocumentKind::Approval;
        order.requestId = *id;
        DocumentService service(*m_db);
        auto preview = service.prepare(order, Purpose::Preview);
        KOLOKASI_VERIFY_OK(preview);
        QVERIFY(preview->number.isEmpty());
        QVERIFY(PdfInspector(render(*preview, QStringLiteral("preview")))
                    .plainText()
                    .contains(QLatin1String("Nomor : .....")));
        QCOMPARE(rows(QStringLiteral("documents")), 0);
        QCOMPARE(rows(QStringLiteral("document_sequences")), 0);
        QCOMPARE(rows(QStringLiteral("audit_log")), audit);
        QCOMPARE(rows(QStringLiteral("request_events")), events);
        // Printing issues it; a later preview shows the number issued, and issues nothing more.
        KOLOKASI_VERIFY_OK(service.issue(preview.value(), order));
        QVERIFY(!preview->number.isEmpty());
        auto again = service.prepare(order, Purpose::Preview);
        KOLOKASI_VERIFY_OK(again);
        QCOMPARE(again->number, preview->number);
        QCOMPARE(rows(QStringLiteral("documents")), 1);
        order.kind = DocumentKind::Register;
        auto list = service.prepare(order, Purpose::Preview);
        KOLOKASI_VERIFY_OK(list);
        QVERIFY(list->number.isEmpty());
        QCOMPARE(rows(QStringLiteral("documents")), 1);
    }

    // A document is dated with the day it is issued; its number carries that year and that
    // year's sequence; a reprint in the next year keeps both, on A4 and on F4.
    void aDocumentIsDatedAndNumberedWithItsIssueDayAcrossAYear()
    {
        auto id = RequestFixture(*m_db).upToStep(9).create(); // steps done in November 2026
        KOLOKASI_VERIFY_OK(id);
        auto other = RequestFixture(*m_db).tag(2).upToStep(9).create();
        KOLOKASI_VERIFY_OK(other);
        SettingsService settings(*m_db);
        KOLOKASI_VERIFY_OK(
            settings.setValue(DocumentNumbering::kSharedPatternKey,
                              QStringLiteral("500.12.15/{seq:4}/{code}/{unit}/{year}")));
        KOLOKASI_VERIFY_OK(
            settings.setValue(QStringLiteral("numbering/unit_code"), QStringLiteral("Diskominfo")));
        m_clock.set(QDateTime(QDate(2026, 12, 31), QTime(9, 0), QTimeZone::utc()));
        const QList<DocumentKind> kinds{
            DocumentKind::CapacityReport, DocumentKind::Application,
            DocumentKind::Approval,       DocumentKind::Notification,
            DocumentKind::Handover,       DocumentKind::CompletionReport};
        QHash<int, QString> numbers;
        for (DocumentKind kind : kinds) {
            auto doc = prepare(kind, *id, Paper::A4, QStringLiteral("rahasia"));
            KOLOKASI_VERIFY_OK(doc);
            QVERIFY2(doc->number.endsWith(QLatin1String("/2026")), qPrintable(doc->number));
            QVERIFY2(doc->number.contains(QLatin1String("/0001/")), qPrintable(doc->number));
            QCOMPARE(doc->date, QDate(2026, 12, 31));
            const QString text =
                PdfInspector(render(*doc, QStringLiteral("dated-") + nameOf(kind))).plainText();
            QVERIFY2(text.contains(QLatin1String("Sumber, 31 Desember 2026")), qPrintable(text));
            numbers.insert(static_cast<int>(kind), doc->number);
        }
        // Past the year's end: reprints keep number and date line, new documents start 2027's.
        m_clock.set(QDateTime(QDate(2027, 1, 4), QTime(2, 0), QTimeZone::utc()));
        for (DocumentKind kind : kinds) {
            for (Paper paper : {Paper::A4, Paper::F4}) {
                auto reprint = prepare(kind, *id, paper, QStringLiteral("rahasia"));
                KOLOKASI_VERIFY_OK(reprint);
                QCOMPARE(reprint->number, numbers.value(static_cast<int>(kind)));
                const QString text =
                    PdfInspector(
                        render(*reprint,
                               QStringLiteral("reprint-%1-%2").arg(nameOf(kind)).arg(int(paper))))
                        .plainText();
                QVERIFY2(text.contains(QLatin1String("Sumber, 31 Desember 2026")),
                         qPrintable(text));
                QVERIFY2(text.contains(reprint->number), qPrintable(text));
                QVERIFY(!text.contains(QLatin1String("Januari 2027")));
            }
            auto next = prepare(kind, *other, Paper::F4, QStringLiteral("rahasia"));
            KOLOKASI_VERIFY_OK(next);
            QVERIFY2(next->number.contains(QLatin1String("/0001/")) &&
                         next->number.endsWith(QLatin1String("/2027")),
                     qPrintable(next->number));
            const QString text =
                PdfInspector(render(*next, QStringLiteral("dated-2027-") + nameOf(kind)))
                    .plainText();
            QVERIFY2(text.contains(QLatin1String("Sumber, 4 Januari 2027")), qPrintable(text));
        }
        QCOMPARE(numbers.value(static_cast<int>(DocumentKind::Approval)),
                 QStringLiteral("500.12.15/0001/PSJ/Diskominfo/2026"));
    }

    // Without agency profile, signatories or a numbering pattern a filled document is not
    // printed: one sentence names what is missing and where; the preview shows it marked.
    void aDocumentWithoutProfileSignatoriesOrNumberingIsRefused_data()
    {
        QTest::addColumn<QString>("missing");
        QTest::addColumn<QString>("where");
        QTest::newRow("instansi") << QStringLiteral("Instansi")
                                  << QStringLiteral("Settings → Agency");
        QTest::newRow("penandatangan")
            << QStringLiteral("Penandatangan") << QStringLiteral("Settings → Signatories");
        QTest::newRow("penomoran")
            << QStringLiteral("Penomoran") << QStringLiteral("Settings → Numbering");
    }

    void aDocumentWithoutProfileSignatoriesOrNumberingIsRefused()
    {
        QFETCH(QString, missing);
        QFETCH(QString, where);
        auto id = RequestFixture(*m_db).upToStep(9).create();
        KOLOKASI_VERIFY_OK(id);
        if (missing == QLatin1String("Instansi")) {
            KOLOKASI_VERIFY_OK(
                Query(*m_db, QStringLiteral("DELETE FROM settings WHERE key LIKE 'agency/%'"))
                    .exec());
        } else if (missing == QLatin1String("Penandatangan")) {
            KOLOKASI_VERIFY_OK(Query(*m_db, QStringLiteral("DELETE FROM signatories")).exec());
        } else {
            KOLOKASI_VERIFY_OK(
                Query(*m_db, QStringLiteral("DELETE FROM settings WHERE key LIKE 'numbering/%'"))
                    .exec());
        }
        for (Paper paper : {Paper::A4, Paper::F4}) {
            for (DocumentKind kind : {DocumentKind::Approval, DocumentKind::CompletionReport}) {
                auto printed = prepare(kind, *id, paper);
                QVERIFY(!printed.ok());
                QCOMPARE(printed.error().code, QStringLiteral("incomplete_settings"));
                QVERIFY2(printed.error().message.contains(where),
                         qPrintable(printed.error().message));
                QCOMPARE(printed.error().message.count(QLatin1Char('.')), 1); // one sentence
                DocumentOrder order;
                order.kind = kind;
                order.requestId = *id;
                order.paper = paper;
                auto preview = DocumentService(*m_db).prepare(order, Purpose::Preview);
                KOLOKASI_VERIFY_OK(preview);
                QCOMPARE(preview->incomplete, QStringList{missing});
                const PdfInspector pdf(render(*preview, QStringLiteral("incomplete-") + missing));
                for (int page = 1; page <= pdf.pageCount(); ++page)
                    QVERIFY2(pdf.pageText(page).contains(QStringLiteral("BELUM LENGKAP")) &&
                                 pdf.pageText(page).contains(missing),
                             qPrintable(pdf.pageText(page)));
                PrintedDocument unnumbered = *preview;
                QCOMPARE(DocumentService(*m_db).issue(unnumbered, order).error().code,
                         QStringLiteral("incomplete_settings"));
            }
        }
        auto count = Query(*m_db, QStringLiteral("SELECT COUNT(*) FROM documents")).scalar();
        KOLOKASI_VERIFY_OK(count);
        QCOMPARE(count->toInt(), 0);
        // A blank form to fill in by hand still prints.
        KOLOKASI_VERIFY_OK(DocumentService(*m_db).blankForm(DocumentKind::Approval, Paper::A4));
    }

    // A failed delivery (the file not written, the job not spooled) takes no number.
    void aFailedPrintLeavesTheSequenceUntouched()
    {
        auto id = RequestFixture(*m_db).upToStep(9).create();
        KOLOKASI_VERIFY_OK(id);
        const auto rows = [this](const QString &sql) {
            auto n = Query(*m_db, sql).scalar();
            return n.ok() ? n->toLongLong() : -1;
        };
        const qint64 events = rows(QStringLiteral("SELECT COUNT(*) FROM request_events"));
        DocumentOrder order;
        order.kind = DocumentKind::Approval;
        order.requestId = *id;
        DocumentService service(*m_db);
        QString numberSeen;
        auto failed = service.issueAndDeliver(order, [&](const PrintedDocument &doc) -> Status {
            numberSeen = doc.number;
            return Error{QStringLiteral("disk_full"), QStringLiteral("Disk penuh."),
                         QStringLiteral("output")};
        });
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, QStringLiteral("disk_full"));
        QVERIFY(!numberSeen.isEmpty()); // it was drawn numbered, then undone
        QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM documents")), 0);
        QCOMPARE(
            rows(QStringLiteral("SELECT COALESCE(MAX(last_value), 0) FROM document_sequences")), 0);
        QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM request_events")), events);
        const QString path = m_dir.filePath(QStringLiteral("delivered.pdf"));
        auto written = service.issueAndDeliver(order, [&](const PrintedDocument &doc) {
            return DocumentRenderer::writePdf(doc, path);
        });
        KOLOKASI_VERIFY_OK(written);
        QCOMPARE(written->number, numberSeen); // the same first number: nothing was lost
        QVERIFY(PdfInspector(path).plainText().contains(written->number));
        QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM documents")), 1);
    }

    void newDatabasesPrintOnF4()
    {
        auto paper = DocumentService(*m_db).defaultPaper();
        KOLOKASI_VERIFY_OK(paper);
        QCOMPARE(*paper, Paper::F4);
    }

    void refusesUnknownRacksAndBlankReports()
    {
        DocumentOrder order;
        order.kind = DocumentKind::RackView;
        order.noc = QStringLiteral("NOC Tidak Ada");
        auto noc = DocumentService(*m_db).prepare(order, Purpose::Issue);
        QVERIFY(!noc.ok());
        QCOMPARE(noc.error().code, QStringLiteral("unknown_noc"));
        order.noc.clear();
        order.rack = QStringLiteral("R99");
        auto rack = DocumentService(*m_db).prepare(order, Purpose::Issue);
        QVERIFY(!rack.ok());
        QCOMPARE(rack.error().code, QStringLiteral("unknown_rack"));
        DocumentOrder list;
        list.kind = DocumentKind::Register;
        list.registerFilter.unit = QStringLiteral("Dinas Tidak Ada");
        auto unit = DocumentService(*m_db).prepare(list, Purpose::Issue);
        QVERIFY(!unit.ok());
        QCOMPARE(unit.error().code, QStringLiteral("unknown_unit"));
        QCOMPARE(unit.error().field, QStringLiteral("unit"));
        auto blank = DocumentService(*m_db).blankForm(DocumentKind::CapacityReport, Paper::A4);
        QVERIFY(!blank.ok());
        QCOMPARE(blank.error().code, QStringLiteral("no_blank_form"));
    }
};

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"
