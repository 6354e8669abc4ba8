#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace kolokasi {

class Database;

/// How much data to generate.
struct GenerationSize
{
    int assets = 1000;
    int requests = 200;
};

/// What was generated, with the requests a benchmark wants to open or print.
struct GenerationSummary
{
    int nocs = 0;
    int racks = 0;
    int units = 0;
    int officers = 0;
    int requests = 0;
    int assets = 0;
    int withdrawnAssets = 0;
    qint64 twelveServerRequestId = 0; // a completed request with 12 servers (when assets allow)
    qint64 oneServerRequestId = 0;    // a completed request with one server
    qint64 longHistoryRequestId = 0;  // a completed request with hundreds of history events
    qint64 withdrawalRequestId = 0;   // a completed withdrawal (pencabutan), when there is one
};

/// Fills an empty database with a realistic data centre at scale, for benchmarks and trials:
/// NOCs and racks enough for the assets, units and officers, placement requests in every state
/// and step with their step records, withdrawals, reviews, IP addresses, history and audit rows,
/// issued documents and their sequences moved forward. Deterministic for a given size.
/// Fast: one transaction, every statement prepared once and executed many times.
/// One asset in a hundred is a "Fujitsu Primergy" server, so searching "primergy" matches 1 %.
class BulkGenerator
{
    Q_DECLARE_TR_FUNCTIONS(BulkGenerator)

public:
    explicit BulkGenerator(Database &db) : m_db(db) {}

    Result<GenerationSummary> fill(const GenerationSize &size);

private:
    Database &m_db;
};

} // namespace kolokasi
