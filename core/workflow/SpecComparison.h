#pragma once

#include "domain/ServerSpec.h"

#include <QList>
#include <QString>

namespace kolokasi {

/// One field where the delivered server differs from the requested spec.
struct SpecDifference
{
    QString field; // processor, ram, motherboard, storage, psu
    QString requested;
    QString delivered;
};

/// The step-8 comparison of delivered against requested spec, field by field (ignoring case
/// and surrounding or repeated blanks, which are not differences of hardware).
class SpecComparison
{
public:
    static QList<SpecDifference> differences(const ServerSpec &requested, const ServerSpec &delivered);
};

} // namespace kolokasi
