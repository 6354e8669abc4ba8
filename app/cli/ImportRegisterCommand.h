#pragma once

#include "Commands.h"

#include <QCoreApplication>

namespace kolokasi {

/// `kolokasi [--database F] import-register IN.csv|IN.xlsx [--dry-run] [--sheet NAME]
/// [--skip-invalid]`: brings an existing register in. Prints a report (every bad row with its
/// line, column and reason) and exits 1 when a row is bad, unless --skip-invalid.
class ImportRegisterCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportRegisterCommand)

public:
    static CommandInfo info();
    static int run(const CommandLine &line);
    static QString usage();
};

} // namespace kolokasi
