#pragma once

#include <QLabel>

namespace kolokasi {

/// A coloured badge with a word: the one palette of UI.md for service-standard states and
/// closed requests. The word always goes with the colour (colour-blind users, printouts).
class StatusBadge : public QLabel
{
    Q_OBJECT

public:
    enum class Tone
    {
        OnTime,
        DueSoon,
        Overdue,
        Closed
    };

    explicit StatusBadge(QWidget *parent = nullptr);

    void setState(Tone tone, const QString &word);
    Tone tone() const { return m_tone; }

    /// The background colour of a tone, shared with list delegates that paint badges.
    static QColor colourOf(Tone tone);

private:
    Tone m_tone = Tone::OnTime;
};

} // namespace kolokasi
