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

qsizetype ColumnMapping::findHeaderRow(const SheetData &sheet)
{
    const int lastLine = sheet.rows.isEmpty() ? 0 : sheet.rows.first().line + kHeaderSearchRows;
    for (qsizetype index = 0; index < sheet.rows.size(); ++index) {
        if (sheet.rows.at(index).line >= lastLine)
            break;
        if (fromHeader(sheet.rows.at(index).cells).checkComplete().ok())
            return index;
    }
    return 0;
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
    if (column >= 0) {
        m_columns.insert(field, column);
        m_ignored.remove(column);
    }
}

void ColumnMapping::ignore(int column)
{
    for (auto it = m_columns.begin(); it != m_columns.end();) {
        if (it.value() == column)
            it = m_columns.erase(it);
        else
            ++it;
    }
    m_ignored.insert(column);
}

bool ColumnMapping::ignore(const QString &name)
{
    const QString wanted = RegisterFields::normalizedHeader(name);
    bool found = false;
    for (int index = 0; index < m_header.size(); ++index) {
        if (!wanted.isEmpty() && RegisterFields::normalizedHeader(m_header.at(index)) == wanted) {
            ignore(index);
            found = true;
        }
    }
    return found;
}

QList<int> ColumnMapping::unresolvedColumns() const
{
    QList<int> unresolved;
    const QList<int> used = m_columns.values();
    for (int index = 0; index < m_header.size(); ++index) {
        const QString name = m_header.at(index).trimmed();
        if (!name.isEmpty() && !used.contains(index) && !m_ignored.contains(index) &&
            RegisterFields::looksLikeField(name))
            unresolved << index;
    }
    return unresolved;
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
        if (RegisterFields::isRequired(field) && column(field) < 0) {
            // The label names the field; the export's header only when it reads differently.
            const QString label = RegisterFields::label(field);
            const QString header = RegisterFields::header(field);
            missing << (RegisterFields::normalizedHeader(label) ==
                                RegisterFields::normalizedHeader(header)
                            ? label
                            : QStringLiteral("%1 (%2)").arg(label, header));
        }
    }
    if (missing.isEmpty())
        return {};
    return Error{
        QStringLiteral("missing_column"),
        tr("The file has no column for: %1. Add the column, or choose which column holds it.")
            .arg(missing.join(QStringLiteral(", "))),
        QStringLiteral("mapping")};
}

Status ColumnMapping::checkNothingLost() const
{
    if (Status complete = checkComplete(); !complete.ok())
        return complete;
    QStringList names;
    for (int column : unresolvedColumns())
        names << QStringLiteral("\"%1\"").arg(m_header.at(column).trimmed());
    if (names.isEmpty())
        return {};
    return Error{QStringLiteral("unmapped_column"),
                 tr("The column(s) %1 look like register fields but are not matched to any: "
                    "nothing would be imported from them. Choose the field each one holds, or "
                    "leave it out on purpose (--ignore-column NAME, or \"not imported\" in the "
                    "mapping step).")
                     .arg(names.join(QStringLiteral(", "))),
                 QStringLiteral("mapping")};
}

} // namespace kolokasi
