#include "SetupService.h"

#include "DataCentreService.h"
#include "FacilityService.h"
#include "MasterData.h"
#include "SettingsService.h"
#include "domain/FormField.h"
#include "domain/Rack.h"
#include "store/DatabaseContents.h"
#include "store/DocumentNumbering.h"
#include "validation/Nip.h"

namespace kolokasi {

Status SetupService::write(const InitialSetupData &data)
{
    if (Status checked = InitialSetup::check(data); !checked.ok())
        return checked;
    return DatabaseContents(m_db).fillIfEmpty([&]() -> Status {
        if (Status done = writeAgency(data); !done.ok())
            return done;
        if (Status done = writeDataCentre(data); !done.ok())
            return done;
        if (Status done = writeFacilities(data); !done.ok())
            return done;
        if (data.firstUnit) {
            if (auto unit = MasterData(m_db).create(*data.firstUnit); !unit.ok())
                return withField(unit.error(), QStringLiteral("unit_") + unit.error().field);
        }
        return {};
    });
}

Status SetupService::writeAgency(const InitialSetupData &data)
{
    SettingsService settings(m_db);
    if (Status saved = settings.saveAgencyProfile(data.agency); !saved.ok())
        return saved;
    if (Status saved = settings.setValue(DocumentNumbering::kSharedPatternKey,
                                         data.numberingPattern.trimmed());
        !saved.ok())
        return withField(saved, QStringLiteral("numbering_pattern"));
    Signatory head = data.headOfDivision;
    head.role = Signatory::kHeadOfDivision;
    head.nip = Nip::normalized(head.nip);
    if (Status saved = settings.saveSignatory(head); !saved.ok())
        return withField(
            saved, FormField::ofPerson(QStringLiteral("head_of_division"), saved.error().field));
    Signatory officer = data.dataCentreOfficer;
    officer.role = Signatory::kDataCentreOfficer;
    officer.nip = Nip::normalized(officer.nip);
    if (Status saved = settings.saveSignatory(officer); !saved.ok())
        return withField(saved,
                         FormField::ofPerson(QStringLiteral("dc_officer"), saved.error().field));
    return {};
}

Status SetupService::writeDataCentre(const InitialSetupData &data)
{
    DataCentreService rooms(m_db);
    auto noc = rooms.createNoc(data.noc);
    if (!noc.ok())
        return withField(noc.error(), QStringLiteral("noc_name"));
    for (int number = 1; number <= data.rackCount; ++number) {
        Rack rack;
        rack.nocId = noc->id;
        rack.name = InitialSetup::rackName(number);
        rack.heightU = data.rackHeightU;
        rack.powerBudgetW = data.rackPowerBudgetW;
        if (auto stored = rooms.createRack(rack); !stored.ok())
            return stored.error();
    }
    return {};
}

Status SetupService::writeFacilities(const InitialSetupData &data)
{
    FacilityService facility(m_db);
    const QList<FacilityResource> budgets{
        {0, QStringLiteral("ups"), QStringLiteral("UPS"), data.upsCapacityW, 0, {}},
        {0, QStringLiteral("genset"), QStringLiteral("Genset"), data.gensetCapacityW, 0, {}},
        {0, QStringLiteral("bandwidth"), QStringLiteral("Bandwidth"), data.bandwidthMbps, 0, {}}};
    for (const FacilityResource &budget : budgets) {
        if (budget.capacity <= 0)
            continue; // none of this kind (a small room without a genset)
        if (auto stored = facility.createResource(budget); !stored.ok())
            return withField(stored.error(), budget.kind);
    }
    IpPool pool = data.publicPool;
    pool.isPublic = true;
    if (auto stored = facility.createPool(pool); !stored.ok())
        return withField(stored.error(), stored.error().field == QLatin1String("gateway")
                                             ? QStringLiteral("pool_gateway")
                                             : QStringLiteral("pool_cidr"));
    return {};
}

} // namespace kolokasi
