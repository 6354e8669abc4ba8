#pragma once

#include "Result.h"

namespace kolokasi {

/// The outcome of any Result without its value: success, or the same Error.
template<typename T>
Status statusOf(const Result<T> &result)
{
    return result.ok() ? Status() : Status(result.error());
}

} // namespace kolokasi
