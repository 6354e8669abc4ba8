#pragma once

#include "common/Result.h"

#include <QString>

namespace kolokasi {
class Database;
}

namespace kolokasi::test {

/// Writes a request and the rows each SOP step leaves behind, exactly where HELPERS.md says
/// the workflow writes them, so the printouts can be tested before the workflow exists.
///   auto id = RequestFixture(db).servers(2).upToStep(9).create();
class RequestFixture
{
public:
    // The values the documents must show.
    static inline const QString kGovernment = QStringLiteral("PEMERINTAH KABUPATEN CIREBON");
    static inline const QString kOffice = QStringLiteral("DINAS KOMUNIKASI DAN INFORMATIKA");
    static inline const QString kHeadName = QStringLiteral("SUGENG DARSONO, SH, MM");
    static inline const QString kHeadNip = QStringLiteral("196207181986031003");
    static inline const QString kOfficerNip = QStringLiteral("197310081992032001");
    static inline const QString kOfficerName = QStringLiteral("dr. Hj. Sumarinah, M.Kes");
    static inline const QString kUnitAddress = QStringLiteral("Jl. Sunan Kalijaga No. 7 Sumber");
    static inline const QString kPhone = QStringLiteral("0231-321456");
    static inline const QString kNoc = QStringLiteral("NOC Utama");
    static inline const QString kRack = QStringLiteral("R01");
    static inline const QString kReceiverName = QStringLiteral("Asep Saepudin, S.Kom");
    static inline const QString kReceiverNip = QStringLiteral("198805122015031002");

    explicit RequestFixture(Database &db) : m_db(db) {}

    RequestFixture &hosting();
    RequestFixture &servers(int count);
    /// The last step whose rows are written: 3 capacity, 4 pengajuan, 5 persetujuan,
    /// 6 notification, 8 handover (assets), 9 completion report.
    RequestFixture &upToStep(int step);
    RequestFixture &rejected();
    /// A distinct suffix for names, domains, serials and IPs (several requests in one database).
    RequestFixture &tag(int tag);

    /// Writes everything; returns the request's id.
    Result<qint64> create();

    /// A withdrawal request of the asset of `placementRequestId`'s first server.
    static Result<qint64> createWithdrawal(Database &db, qint64 placementRequestId);
    /// The agency profile and signatories (once per database).
    static Status createAgency(Database &db);

    static QString domainOf(int tag) { return QStringLiteral("simpus%1.cirebonkab.go.id").arg(tag); }
    static QString unitOf(int tag) { return QStringLiteral("Dinas Kesehatan %1").arg(tag); }
    static QString ipOf(int tag, int server) { return QStringLiteral("103.1.%1.%2").arg(tag).arg(10 + server); }
    static QString serverOf(int server) { return QStringLiteral("SRV-SIMPUS-%1").arg(server); }

private:
    Result<qint64> createUnitAndRequest();
    Status createServers(qint64 requestId);
    Status createCapacityCheck(qint64 requestId);
    Status createApplication(qint64 requestId);
    Status createApproval(qint64 requestId);
    Status createReport(qint64 requestId, int step, const QString &note);
    Status createHandover(qint64 requestId);
    Status setStep(qint64 requestId, int step, const QString &status);

    Database &m_db;
    bool m_hosting = false;
    bool m_rejected = false;
    int m_servers = 1;
    int m_step = 9;
    int m_tag = 1;
    qint64 m_officerId = 0;
    qint64 m_unitId = 0;
};

} // namespace kolokasi::test
