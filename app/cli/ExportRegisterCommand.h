#pragma once

#include "Commands.h"

#include <QCoreApplication>

namespace kolokasi {

/// `kolokasi [--database F] export-register OUT.csv|OUT.xlsx [--noc N] [--unit U] [--status S]
/// [--separator C]`: writes the register view (all, or filtered) to a CSV or Excel file.
class ExportRegisterCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportRegisterCommand)

public:
    static CommandInfo info();
    static int run(const CommandLine &line);
    static QString usage();
};

} // namespace kolokasi
