#pragma once

#include "common/Result.h"
#include "domain/AgencyProfile.h"
#include "domain/Facility.h"
#include "domain/Noc.h"
#include "domain/Signatory.h"
#include "domain/Unit.h"

#include <QCoreApplication>

#include <functional>

#include <optional>

namespace kolokasi {

class Database;

/// What the first-run guide collects before the first request: the agency and its
/// letterhead, the two signatories of the SOP, one NOC with its racks, the facility budgets,
/// one public IP pool and, optionally, the first requesting unit.
struct InitialSetupData
{
    AgencyProfile agency;
    /// The agency's numbering pattern (Pengaturan › Penomoran's shared one): the guide offers
    /// the built-in one, and a document is printed only once a pattern is chosen.
    QString numberingPattern;
    Signatory headOfDivision;    // Kepala Bidang
    Signatory dataCentreOfficer; // Personil DC
    Noc noc;
    int rackCount = 1;
    int rackHeightU = 42;
    int rackPowerBudgetW = 0;
    double upsCapacityW = 0;    // 0: none
    double gensetCapacityW = 0; // 0: none
    double bandwidthMbps = 0;   // 0: none
    IpPool publicPool;
    std::optional<Unit> firstUnit;
};

/// Writes the first-run guide's records into an empty database with the store's own create
/// functions, all in one transaction: everything is stored, or nothing (a refusal half-way
/// leaves the database empty, and the guide comes again at the next start).
class InitialSetup
{
    Q_DECLARE_TR_FUNCTIONS(InitialSetup)

public:
    explicit InitialSetup(Database &db) : m_db(db) {}

    /// The rules of each page of the guide, so it can refuse before Finish; each names its field.
    static Status checkAgency(const AgencyProfile &agency);
    /// A pattern DocumentNumbering can number with, field numbering_pattern.
    static Status checkNumbering(const QString &pattern);
    static Status checkSignatory(const Signatory &signatory, const QString &fieldPrefix);
    static Status checkDataCentre(const InitialSetupData &data);
    static Status checkFacilities(const InitialSetupData &data);

    /// Stores the first unit (checked by its rules) inside write()'s transaction.
    using UnitWriter = std::function<Result<Unit>(const Unit &)>;

    /// Stores everything, the first unit through `writeUnit` (SetupService passes MasterData's
    /// create); refused with not_empty on a database that already holds data.
    Status write(const InitialSetupData &data, const UnitWriter &writeUnit);

    /// The name of rack `number` (1-based) of a new NOC: R01, R02, ...
    static QString rackName(int number);

private:
    Status writeAgency(const InitialSetupData &data);
    Status writeDataCentre(const InitialSetupData &data);
    Status writeFacilities(const InitialSetupData &data);

    Database &m_db;
};

} // namespace kolokasi
