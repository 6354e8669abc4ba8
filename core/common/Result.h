#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace kolokasi {

/// Why an operation was refused: the one error style of the core and the store.
/// `code` is stable for tests and scripts, `message` is for the user (already translated),
/// `field` names the input the message belongs to, so a screen can highlight it.
struct Error
{
    QString code;
    QString message;
    QString field;
};

/// A value or an Error. Functions of the core never fail silently: they return one of these.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

/// Success with nothing to return, or an Error.
template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

/// `status` with its refusal moved to `field` (a check of a part reported under the whole's name).
inline Status withField(Status status, const QString &field)
{
    if (status.ok())
        return status;
    Error error = status.error();
    error.field = field;
    return error;
}

} // namespace kolokasi
