#pragma once

#include "Commands.h"

#include <QCoreApplication>

namespace kolokasi {

/// `kolokasi --database F restore IN`: checks the backup IN and replaces the data of F with it,
/// keeping the replaced database aside with a time stamp; a bad backup is refused untouched.
class RestoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)

public:
    static CommandInfo info();
    static int run(const CommandLine &line);
    static QString usage();
};

} // namespace kolokasi
