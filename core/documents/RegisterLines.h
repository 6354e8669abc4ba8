#pragma once

#include "common/Result.h"
#include "domain/RegisterEntry.h"

#include <QList>

#include <functional>
#include <memory>

namespace kolokasi {

/// The lines of a register printout, read a slice at a time while the pages are drawn, so a
/// register of any size never has to sit in memory whole. A failed read is kept in `failure`
/// and the renderer reports it.
struct RegisterLines
{
    using Reader = std::function<Result<QList<RegisterEntry>>(qsizetype offset, qsizetype limit)>;

    qsizetype count = 0;
    Reader read;
    std::shared_ptr<Status> failure = std::make_shared<Status>();

    /// Lines already in memory (tests, small lists).
    static RegisterLines of(const QList<RegisterEntry> &entries)
    {
        auto held = std::make_shared<QList<RegisterEntry>>(entries);
        return {entries.size(),
                [held](qsizetype offset, qsizetype limit) -> Result<QList<RegisterEntry>> {
                    return held->mid(offset, limit);
                }};
    }
};

} // namespace kolokasi
