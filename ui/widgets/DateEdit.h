#pragma once

#include <QDateEdit>

namespace kolokasi {

/// A date field as every form of Kolokasi has it: dd/MM/yyyy with a calendar popup. Tab and
/// Shift+Tab leave the field as they leave any other (QDateEdit walks day, month, year first,
/// which takes a keyboard user to the wrong field); the arrow keys and typing move between
/// its parts.
class DateEdit : public QDateEdit
{
    Q_OBJECT

public:
    explicit DateEdit(QWidget *parent = nullptr);

protected:
    bool focusNextPrevChild(bool next) override;
};

} // namespace kolokasi
