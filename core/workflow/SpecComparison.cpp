#include "SpecComparison.h"

namespace kolokasi {

QList<SpecDifference> SpecComparison::differences(const ServerSpec &requested, const ServerSpec &delivered)
{
    QList<SpecDifference> found;
    for (const QString &field : ServerSpec::fieldNames()) {
        const QString wanted = requested.value(field).simplified();
        const QString got = delivered.value(field).simplified();
        if (wanted.compare(got, Qt::CaseInsensitive) != 0)
            found.append({field, wanted, got});
    }
    return found;
}

} // namespace kolokasi
