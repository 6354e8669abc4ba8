#include "SetupService.h"

#include "MasterData.h"

namespace kolokasi {

Status SetupService::write(const InitialSetupData &data)
{
    MasterData units(m_db);
    return InitialSetup(m_db).write(data, [&](const Unit &unit) { return units.create(unit); });
}

} // namespace kolokasi
