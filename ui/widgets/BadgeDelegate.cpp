#include "BadgeDelegate.h"

#include <QApplication>
#include <QPainter>

namespace kolokasi {

BadgeDelegate::BadgeDelegate(int colourRole, QObject *parent)
    : QStyledItemDelegate(parent), m_colourRole(colourRole)
{
}

void BadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    const QVariant colour = index.data(m_colourRole);
    const QString word = index.data(Qt::DisplayRole).toString();
    if (!colour.isValid() || word.isEmpty())
        return QStyledItemDelegate::paint(painter, option, index);
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &background, painter,
                                       option.widget);

    QFont font = option.font;
    font.setBold(true);
    const QFontMetrics metrics(font);
    const int width = metrics.horizontalAdvance(word) + 16;
    const int height = metrics.height() + 4;
    const QRect badge(option.rect.left() + 4, option.rect.center().y() - height / 2, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour.value<QColor>());
    painter->drawRoundedRect(badge, 4, 4);
    painter->setPen(Qt::white);
    painter->setFont(font);
    painter->drawText(badge, Qt::AlignCenter, word);
    painter->restore();
}

QSize BadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QFont font = option.font;
    font.setBold(true);
    size.setWidth(QFontMetrics(font).horizontalAdvance(index.data(Qt::DisplayRole).toString()) +
                  24);
    return size;
}

} // namespace kolokasi
