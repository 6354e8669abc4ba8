#pragma once

#include "common/Result.h"
#include "domain/AgencyProfile.h"
#include "domain/Facility.h"
#include "domain/Noc.h"
#include "domain/Signatory.h"
#include "domain/Unit.h"

#include <QCoreApplication>

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

/// The rules of the first-run guide's pages; SetupService writes the records into an empty
/// database in one transaction.
class InitialSetup
{
    Q_DECLARE_TR_FUNCTIONS(InitialSetup)

public:
    /// The rules of each page of the guide, so it can refuse before Finish; each names its field.
    static Status checkAgency(const AgencyProfile &agency);
    /// A pattern DocumentNumbering can number with, field numbering_pattern.
    static Status checkNumbering(const QString &pattern);
    static Status checkSignatory(const Signatory &signatory, const QString &fieldPrefix);
    static Status checkDataCentre(const InitialSetupData &data);
    static Status checkFacilities(const InitialSetupData &data);

    /// Every rule above, in the guide's order (SetupService::write() refuses with the first).
    static Status check(const InitialSetupData &data);

    /// The name of rack `number` (1-based) of a new NOC: R01, R02, ...
    static QString rackName(int number);
};

} // namespace kolokasi
