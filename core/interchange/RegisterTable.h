#pragma once

#include "RegisterField.h"
#include "domain/RegisterEntry.h"

#include <QList>
#include <QStringList>
#include <QVariant>

namespace kolokasi {

/// The register as a table of cells, one column per RegisterField in export order: what the
/// CSV and .xlsx exports write and what an import reads back. Dates are QDate, counts int,
/// the rest text (Indonesian words for service type, status and validity, as printed).
class RegisterTable
{
public:
    static QStringList header();
    static QVariantList row(const RegisterEntry &entry);
    /// A cell as text: dates as 2026-11-25, numbers plain.
    static QString text(const QVariant &cell);
};

} // namespace kolokasi
