#pragma once

#include <QString>

namespace kolokasi {

/// A change to a value entered at an earlier step. Recorded in the request's history with
/// the old and the new value; never a silent edit.
struct Correction
{
    qint64 requestId = 0;
    QString field;        // e.g. "application.domain", "placement.serial_number"
    qint64 recordId = 0;  // the server or placement for per-server fields
    QString newValue;
    QString reason;
    int expectedRowVersion = 0; // the version the screen showed; 0: do not check
};

} // namespace kolokasi
