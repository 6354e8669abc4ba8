#include "Concurrently.h"

#include <QThread>

#include <array>
#include <memory>

namespace kolokasi::test {

QStringList runTogether(const std::function<QString(int index)> &work)
{
    constexpr int kTimeoutMs = 60000;
    std::array<QString, 2> results;
    std::array<std::unique_ptr<QThread>, 2> threads;
    for (int index = 0; index < 2; ++index)
        threads[std::size_t(index)].reset(QThread::create([&, index] { results[std::size_t(index)] = work(index); }));
    for (auto &thread : threads)
        thread->start();
    QStringList outcome;
    for (std::size_t index = 0; index < threads.size(); ++index)
        outcome << (threads[index]->wait(kTimeoutMs) ? results[index] : QStringLiteral("timeout"));
    return outcome;
}

} // namespace kolokasi::test
