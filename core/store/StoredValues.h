#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

namespace kolokasi::stored {

/// An instant as stored: ISO text in UTC; empty for an invalid one (bound as NULL).
inline QString instant(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

/// A date as stored: 'YYYY-MM-DD'; empty for an invalid one (bound as NULL).
inline QString date(const QDate &day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

inline QDateTime instantFrom(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

inline QDate dateFrom(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace kolokasi::stored
