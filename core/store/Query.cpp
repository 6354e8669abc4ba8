#include "Query.h"

namespace kolokasi {

namespace {
Query::Observer &observer()
{
    static Query::Observer instance;
    return instance;
}
} // namespace

void Query::setObserver(Observer newObserver)
{
    observer() = std::move(newObserver);
}

Query::Query(const Database &db, const QString &sql) : m_db(db), m_query(db.connection()), m_sql(sql)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
}

Query &Query::bind(const QString &placeholder, const QVariant &value)
{
    m_query.bindValue(placeholder, value);
    if (observer())
        m_values.append({placeholder, value});
    return *this;
}

Query &Query::bindOptional(const QString &placeholder, const QString &value)
{
    const QString trimmed = value.trimmed();
    return bind(placeholder, trimmed.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(trimmed));
}

Status Query::exec(const QString &field)
{
    if (observer())
        observer()(m_sql, m_values);
    if (!m_prepared || !m_query.exec())
        return m_db.errorFrom(m_query.lastError(), field);
    return {};
}

Result<QVariant> Query::scalar(const QString &field)
{
    if (Status done = exec(field); !done.ok())
        return done.error();
    if (!m_query.next())
        return QVariant();
    return m_query.value(0);
}

Result<qint64> Query::insertedId(const QString &field)
{
    auto id = scalar(field);
    if (!id.ok())
        return id.error();
    return id->toLongLong();
}

} // namespace kolokasi
