#pragma once

#include "common/Result.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>

namespace kolokasi {

/// One column of a RowListModel: its header and, per row, what each role shows. A role left
/// empty shows nothing (the view's default), so a descriptor states only what differs.
template <typename Row> struct RowColumn
{
    using Value = std::function<QVariant(const Row &)>;

    RowColumn(std::function<QString()> headerText, Value displayed, Value sortValue = {},
              Value toolTipText = {}, Qt::Alignment textAlignment = {})
        : header(std::move(headerText)), display(std::move(displayed)), sort(std::move(sortValue)),
          toolTip(std::move(toolTipText)), alignment(textAlignment)
    {
    }

    std::function<QString()> header; // read on each call, so tr() follows the language
    Value display;                   // Qt::DisplayRole
    Value sort;                      // the model's sort role; empty: none
    Value toolTip;                   // Qt::ToolTipRole; empty: none
    Qt::Alignment alignment;         // Qt::TextAlignmentRole; empty: the view's default
};

/// The table kit: a flat list of rows of type `Row`, shown through column descriptors. It
/// answers rowCount, columnCount, headerData and the column roles; a subclass adds the roles
/// that hold for a whole row (an id, a greyed retired row) in rowData(), and loads through
/// load(), which keeps the failure as a Status for the page's message bar.
template <typename Row> class RowListModel : public QAbstractTableModel
{
public:
    using Column = RowColumn<Row>;

    explicit RowListModel(QList<Column> columns, QObject *parent = nullptr,
                          int sortRole = Qt::UserRole + 100)
        : QAbstractTableModel(parent), m_columns(std::move(columns)), m_sortRole(sortRole)
    {
    }

    /// The outcome of the last load: success, or the error a page shows in its message bar.
    const Status &loadStatus() const { return m_status; }
    const QList<Row> &rows() const { return m_rows; }
    const Row &rowAt(int row) const { return m_rows.at(row); }
    /// The first row for which `matches` holds, -1 if none.
    int findRow(const std::function<bool(const Row &)> &matches) const
    {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (matches(m_rows.at(row)))
                return row;
        }
        return -1;
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
            section >= m_columns.size())
            return {};
        return m_columns.at(section).header();
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size())
            return {};
        const Row &row = m_rows.at(index.row());
        const QVariant whole = rowData(row, index.column(), role);
        if (whole.isValid())
            return whole;
        const Column &column = m_columns.at(index.column());
        if (role == Qt::DisplayRole && column.display)
            return column.display(row);
        if (role == Qt::ToolTipRole && column.toolTip)
            return column.toolTip(row);
        if (role == m_sortRole && column.sort)
            return column.sort(row);
        if (role == Qt::TextAlignmentRole && column.alignment)
            return QVariant::fromValue(column.alignment);
        return {};
    }

protected:
    /// A role that holds for the whole row (checked before the column's); invalid: none.
    virtual QVariant rowData(const Row &row, int column, int role) const
    {
        Q_UNUSED(row)
        Q_UNUSED(column)
        Q_UNUSED(role)
        return {};
    }

    /// Replaces the rows with `loaded`'s value, or with none and its error kept.
    const Status &load(const Result<QList<Row>> &loaded)
    {
        beginResetModel();
        m_rows = loaded.ok() ? *loaded : QList<Row>{};
        m_status = loaded.ok() ? Status() : Status(loaded.error());
        endResetModel();
        return m_status;
    }
    /// Empties the list (nothing to show, nothing failed).
    const Status &clear() { return load(QList<Row>{}); }

private:
    QList<Column> m_columns;
    int m_sortRole;
    QList<Row> m_rows;
    Status m_status;
};

} // namespace kolokasi
