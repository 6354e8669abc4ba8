#include "ColumnMapping.h"

namespace kolokasi {

ColumnMapping ColumnMapping::fromHeader(const QStringList &header)
{
    ColumnMapping mapping;
    mapping.m_header = header;
    for (int column = 0; column < header.size(); ++column) {
        const auto field = RegisterFields::fromHeader(header.at(column));
        if (field && !mapping.m_columns.contains(*field))
            mapping.m_columns.insert(*field, column);
    }
    return mapping;
}

QString ColumnMapping::columnName(RegisterField field) const
{
    const int index = column(field);
    if (index >= 0 && index < m_header.size() && !m_header.at(index).trimmed().isEmpty())
        return m_header.at(index).trimmed();
    return RegisterFields::label(field);
}

void ColumnMapping::assign(RegisterField field, int column)
{
    for (auto it = m_columns.begin(); it != m_columns.end();) {
        if (it.value() == column || it.key() == field)
            it = m_columns.erase(it);
        else
            ++it;
    }
    if (column >= 0)
        m_columns.insert(field, column);
}

QStringList ColumnMapping::unusedColumns() const
{
    QStringList unused;
    for (int index = 0; index < m_header.size(); ++index) {
        if (!m_header.at(index).trimmed().isEmpty() && !m_columns.values().contains(index))
            unused << m_header.at(index).trimmed();
    }
    return unused;
}

Status ColumnMapping::checkComplete() const
{
    QStringList missing;
    for (RegisterField field : RegisterFields::all()) {
        if (RegisterFields::isRequired(field) && column(field) < 0)
            missing << QStringLiteral("%1 (%2)").arg(RegisterFields::label(field),
                                                     RegisterFields::header(field));
    }
    if (missing.isEmpty())
        return {};
    return Error{
        QStringLiteral("missing_column"),
        tr("The file has no column for: %1. Add the column, or choose which column holds it.")
            .arg(missing.join(QStringLiteral(", "))),
        QStringLiteral("mapping")};
}

} // namespace kolokasi
