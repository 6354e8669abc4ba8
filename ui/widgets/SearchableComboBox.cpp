#include "SearchableComboBox.h"

#include <QCompleter>
#include <QLineEdit>

namespace kolokasi {

SearchableComboBox::SearchableComboBox(QWidget *parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
}

void SearchableComboBox::addChoice(const QString &text, qint64 id)
{
    addItem(text, id);
}

qint64 SearchableComboBox::currentId() const
{
    const int index = findText(currentText().trimmed(), Qt::MatchFixedString);
    return index < 0 ? 0 : itemData(index).toLongLong();
}

void SearchableComboBox::setCurrentId(qint64 id)
{
    const int index = findData(id);
    setCurrentIndex(index);
    if (index < 0)
        lineEdit()->clear();
}

void SearchableComboBox::clearChoices()
{
    clear();
    lineEdit()->clear();
}

} // namespace kolokasi
