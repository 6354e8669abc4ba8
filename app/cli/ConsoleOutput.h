#pragma once

#include <QString>

namespace kolokasi {

/// Where commands write: results to standard output, messages to standard error.
class ConsoleOutput
{
public:
    static void print(const QString &text);
    static void error(const QString &text);
};

} // namespace kolokasi
