#pragma once

#include "common/Result.h"

#include <QList>

namespace kolokasi {

/// The problems of one form, collected so a page can mark every bad field at once;
/// the step itself refuses with the first (first()).
class Problems
{
public:
    /// Adds the error of `status`, if it failed.
    void add(const Status &status)
    {
        if (!status.ok())
            m_errors.append(status.error());
    }
    void add(const Error &error) { m_errors.append(error); }
    void add(const QList<Error> &errors) { m_errors.append(errors); }

    bool isEmpty() const { return m_errors.isEmpty(); }
    const QList<Error> &list() const { return m_errors; }
    /// Success if there is no problem, else the first one.
    Status first() const { return m_errors.isEmpty() ? Status() : Status(m_errors.first()); }

private:
    QList<Error> m_errors;
};

} // namespace kolokasi
