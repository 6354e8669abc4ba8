#pragma once

#include <QDateEdit>

namespace kolokasi {

/// A date field as every form of Kolokasi has it: dd/MM/yyyy with a calendar popup.
class DateEdit : public QDateEdit
{
    Q_OBJECT

public:
    explicit DateEdit(QWidget *parent = nullptr);
};

} // namespace kolokasi
