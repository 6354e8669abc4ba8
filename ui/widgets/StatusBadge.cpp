#include "StatusBadge.h"

namespace kolokasi {

StatusBadge::StatusBadge(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("statusBadge"));
    setAlignment(Qt::AlignCenter);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
}

QColor StatusBadge::colourOf(Tone tone)
{
    switch (tone) {
    case Tone::OnTime:
        return QColor(0x2e, 0x7d, 0x32); // green
    case Tone::DueSoon:
        return QColor(0xb2, 0x6a, 0x00); // amber, dark enough for white text
    case Tone::Overdue:
        return QColor(0xc6, 0x28, 0x28); // red
    case Tone::Closed:
        return QColor(0x61, 0x61, 0x61); // grey
    }
    return Qt::gray;
}

void StatusBadge::setState(Tone tone, const QString &word)
{
    m_tone = tone;
    setText(word);
    setStyleSheet(
        QStringLiteral(
            "QLabel { background: %1; color: white; border-radius: 4px; padding: 2px 8px; "
            "font-weight: bold; }")
            .arg(colourOf(tone).name()));
}

} // namespace kolokasi
