#pragma once

#include <QStyledItemDelegate>

namespace kolokasi {

/// Paints a cell as a coloured badge with its word (StatusBadge's palette): the text is the
/// cell's display text, the tone (a StatusBadge::Tone as int) is read from `toneRole`.
class BadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    BadgeDelegate(int toneRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_toneRole;
};

} // namespace kolokasi
