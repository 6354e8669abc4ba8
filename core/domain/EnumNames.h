#pragma once

#include <QString>

#include <array>
#include <utility>

namespace kolokasi::enumnames {

/// The stored name of `value` in a table of (value, name) pairs; empty if absent.
template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &names, Enum value)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value)
            return QString::fromLatin1(name);
    }
    return {};
}

/// Sets `*value` from its stored name; false (and `*value` untouched) for an unknown name.
template<typename Enum, std::size_t N>
bool valueOf(const std::array<std::pair<Enum, const char *>, N> &names, const QString &text, Enum *value)
{
    for (const auto &[candidate, name] : names) {
        if (text == QLatin1String(name)) {
            *value = candidate;
            return true;
        }
    }
    return false;
}

} // namespace kolokasi::enumnames
