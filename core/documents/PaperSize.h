#pragma once

#include <QPageSize>
#include <QString>

#include <optional>

namespace kolokasi {

/// The two paper sizes Indonesian offices print on.
enum class Paper { A4, F4 };

/// A4 is 210 × 297 mm; F4 (folio) is 215 × 330 mm.
QPageSize pageSizeOf(Paper paper);
/// Reads "A4" or "F4" (any case); nothing for anything else.
std::optional<Paper> paperFromName(const QString &name);
QString nameOf(Paper paper);

} // namespace kolokasi
