#include "DatabaseContents.h"

#include "Database.h"
#include "Query.h"

namespace kolokasi {

Result<bool> DatabaseContents::holdsData() const
{
    auto count = Query(m_db, QStringLiteral(
                                     "SELECT (SELECT COUNT(*) FROM units) + (SELECT COUNT(*) FROM nocs) + "
                                     "(SELECT COUNT(*) FROM racks) + (SELECT COUNT(*) FROM ip_pools) + "
                                     "(SELECT COUNT(*) FROM facility_resources) + (SELECT COUNT(*) FROM requests)"))
                         .scalar();
    if (!count.ok())
        return count.error();
    return count->toLongLong() > 0;
}

} // namespace kolokasi
