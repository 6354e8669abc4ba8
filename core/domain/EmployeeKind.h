#pragma once

#include <QString>

namespace kolokasi {

/// How an officer is employed, which decides the rule for their 18-digit number.
enum class EmployeeKind
{
    Pns, // pegawai negeri sipil: NIP
    Pppk // pegawai pemerintah dengan perjanjian kerja: NI PPPK
};

QString toStorage(EmployeeKind kind);
bool fromStorage(const QString &text, EmployeeKind *kind);

} // namespace kolokasi
