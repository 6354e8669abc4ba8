#pragma once

#include <QLoggingCategory>

namespace kolokasi {

/// Driver text, file-system errors and failing statements: what an expert needs and a user
/// should not have to read. Written (to standard error) only after enableDetails(), which
/// `--verbose` calls; the user-facing message never carries it.
Q_DECLARE_LOGGING_CATEGORY(kolokasiDetails)

class Diagnostics
{
public:
    static void enableDetails();
};

} // namespace kolokasi
