#pragma once

#include <QStyledItemDelegate>

namespace kolokasi {

/// Paints a cell as a coloured badge with its word: the text is the cell's display text,
/// the colour (a QColor) is read from `colourRole`. Cells without a word stay plain.
class BadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    BadgeDelegate(int colourRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_colourRole;
};

} // namespace kolokasi
