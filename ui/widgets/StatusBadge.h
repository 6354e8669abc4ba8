#pragma once

#include <QLabel>

namespace kolokasi {

/// A coloured badge with a word (the palette of ServiceStateBadge). The word always goes
/// with the colour: some users are colour-blind, printouts are black and white.
class StatusBadge : public QLabel
{
    Q_OBJECT

public:
    explicit StatusBadge(QWidget *parent = nullptr);

    void setState(const QColor &colour, const QString &word);
};

} // namespace kolokasi
