#pragma once

#include <QStyledItemDelegate>

namespace kolokasi {

/// Draws a rule above the rows whose `role` is true: the total under a table's lines (the
/// Dasbor's "All data centres"), so that it reads as a sum and not as one more line.
class TotalRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    TotalRowDelegate(int role, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace kolokasi
