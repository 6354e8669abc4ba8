#include "DateEdit.h"

namespace kolokasi {

DateEdit::DateEdit(QWidget *parent) : QDateEdit(parent)
{
    setCalendarPopup(true);
    setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    setMinimumDate(QDate(2000, 1, 1));
    setMaximumDate(QDate(2100, 12, 31));
}

bool DateEdit::focusNextPrevChild(bool next)
{
    // QDateTimeEdit's own override moves between the sections; the field's parts are reached
    // with the arrow keys instead, Tab goes on to the next field.
    return QWidget::focusNextPrevChild(next); // NOLINT(bugprone-parent-virtual-call)
}

} // namespace kolokasi
