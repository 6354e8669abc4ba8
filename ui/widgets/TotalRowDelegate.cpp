#include "TotalRowDelegate.h"

#include <QPainter>

namespace kolokasi {

TotalRowDelegate::TotalRowDelegate(int role, QObject *parent)
    : QStyledItemDelegate(parent), m_role(role)
{
}

void TotalRowDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (!index.data(m_role).toBool())
        return;
    painter->save();
    painter->setPen(QPen(option.palette.color(QPalette::WindowText), 1));
    painter->drawLine(option.rect.topLeft(), option.rect.topRight());
    painter->restore();
}

} // namespace kolokasi
