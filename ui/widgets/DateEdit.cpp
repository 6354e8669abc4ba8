#include "DateEdit.h"

namespace kolokasi {

DateEdit::DateEdit(QWidget *parent) : QDateEdit(parent)
{
    setCalendarPopup(true);
    setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    setMinimumDate(QDate(2000, 1, 1));
    setMaximumDate(QDate(2100, 12, 31));
}

} // namespace kolokasi
