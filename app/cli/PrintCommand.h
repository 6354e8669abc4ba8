#pragma once

#include "Commands.h"

#include <QCoreApplication>

namespace kolokasi {

/// `kolokasi [--database F] print <document> ...`: the printed documents as PDF or on the
/// default printer (see usage()).
class PrintCommand
{
    Q_DECLARE_TR_FUNCTIONS(PrintCommand)

public:
    static CommandInfo info();
    static int run(const CommandLine &line);
    static QString usage();
};

} // namespace kolokasi
