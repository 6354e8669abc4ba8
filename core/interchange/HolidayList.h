#pragma once

#include "common/Result.h"
#include "store/SettingsRepository.h"

#include <QCoreApplication>

namespace kolokasi {

/// A list of holidays read from a CSV file (date and name on each line, as the government's
/// yearly decree of national holidays and cuti bersama is typed up), checked before anything
/// is written: every bad line is reported and, if there is any, nothing is imported.
class HolidayList
{
    Q_DECLARE_TR_FUNCTIONS(HolidayList)

public:
    struct Reading
    {
        QList<Holiday> holidays; // the good lines
        QStringList problems;    // one sentence per bad line, naming its line
    };

    /// Reads CSV bytes: two columns, the date (2026-01-01, 01-01-2026 or 01/01/2026) and the
    /// name; a header line (Tanggal;Nama or Date,Name) is recognised and skipped. Refuses a
    /// file that is not CSV or holds no holiday at all, naming `fileName`.
    static Result<Reading> read(const QByteArray &bytes, const QString &fileName);
};

} // namespace kolokasi
