#pragma once

#include "AssetRepository.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>

namespace kolokasi {

class Query;
class SqlDialect;

/// The WHERE and ORDER BY of a register list, built from only the filters that are set, so
/// each list is a plain indexed query (no `:x = 0 OR ...` that makes the engine walk every row).
class AssetListSql
{
public:
    AssetListSql(const SqlDialect &dialect, const AssetFilter &filter);

    /// " WHERE ..." with named placeholders, or empty when nothing narrows the list.
    QString where() const;
    /// Binds the values of where()'s placeholders.
    void bindTo(Query &query) const;
    /// " ORDER BY ..." for `column`, absent values last, ties by register number. `addressList`
    /// is the expression of a line's addresses (for sorting by IP).
    static QString orderBy(RegisterColumn column, bool descending, const QString &addressList);

private:
    void add(const QString &condition, const QString &placeholder = {}, const QVariant &value = {});
    void addSearch(const SqlDialect &dialect, const QString &text);

    QStringList m_conditions;
    QList<QPair<QString, QVariant>> m_values;
};

} // namespace kolokasi
