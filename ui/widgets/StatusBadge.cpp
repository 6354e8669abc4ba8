#include "StatusBadge.h"

namespace kolokasi {

StatusBadge::StatusBadge(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("statusBadge"));
    setAlignment(Qt::AlignCenter);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
}

void StatusBadge::setState(const QColor &colour, const QString &word)
{
    setText(word);
    setStyleSheet(
        QStringLiteral(
            "QLabel { background: %1; color: white; border-radius: 4px; padding: 2px 8px; "
            "font-weight: bold; }")
            .arg(colour.name()));
}

} // namespace kolokasi
