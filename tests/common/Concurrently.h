#pragma once

#include <QStringList>

#include <functional>

namespace kolokasi::test {

/// Runs `work(0)` and `work(1)` at the same moment, each in a thread of its own (a database
/// connection belongs to the thread that opened it), and returns what each returned, in
/// index order. An entry is "timeout" if its thread did not finish within a minute.
QStringList runTogether(const std::function<QString(int index)> &work);

} // namespace kolokasi::test
