#include "SearchableComboBox.h"

#include <QCompleter>
#include <QLineEdit>

namespace kolokasi {

namespace {
constexpr qint64 kAddNewId = -1;     // the "Add … new" entry, never a record's id
constexpr qint64 kAsRecordedId = -2; // a name kept by a saved form, no record's id
} // namespace

SearchableComboBox::SearchableComboBox(QWidget *parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    connect(lineEdit(), &QLineEdit::textEdited, this,
            [this](const QString &text) { m_typed = text; });
    connect(this, &QComboBox::activated, this, [this](int index) {
        if (index >= 0 && index == addNewIndex())
            requestAdd();
    });
    connect(lineEdit(), &QLineEdit::returnPressed, this, [this] {
        if (!m_addNewText.isEmpty() && currentId() == 0 && !lineEdit()->text().trimmed().isEmpty())
            requestAdd();
    });
    connect(lineEdit(), &QLineEdit::editingFinished, this, &SearchableComboBox::dropUnknownText);
}

void SearchableComboBox::addChoice(const QString &text, qint64 id)
{
    const int addNew = addNewIndex();
    if (addNew < 0)
        addItem(text, id);
    else
        insertItem(addNew, text, id); // "Add … new" stays last
}

qint64 SearchableComboBox::currentId() const
{
    const int index = findText(currentText().trimmed(), Qt::MatchFixedString);
    if (index < 0 || index == addNewIndex())
        return 0;
    return itemData(index).toLongLong();
}

void SearchableComboBox::setCurrentId(qint64 id)
{
    const int index = id == kAddNewId ? -1 : findData(id);
    setCurrentIndex(index);
    if (index < 0)
        lineEdit()->clear();
}

void SearchableComboBox::chooseText(const QString &text)
{
    const int index = text.isEmpty() ? -1 : findText(text, Qt::MatchFixedString);
    if (index >= 0 && index != addNewIndex())
        return setCurrentIndex(index);
    if (text.isEmpty())
        return setCurrentId(0);
    addChoice(text, kAsRecordedId);
    setCurrentId(kAsRecordedId);
}

void SearchableComboBox::clearChoices()
{
    clear();
    lineEdit()->clear();
    m_typed.clear();
    if (!m_addNewText.isEmpty())
        addItem(m_addNewText, kAddNewId);
    setCurrentIndex(-1);
    lineEdit()->clear();
}

void SearchableComboBox::setAddNewText(const QString &text)
{
    if (const int old = addNewIndex(); old >= 0)
        removeItem(old);
    m_addNewText = text;
    if (!text.isEmpty()) {
        const QString shown = lineEdit()->text();
        addItem(text, kAddNewId);
        lineEdit()->setText(shown);
        lineEdit()->setPlaceholderText(tr("Type to search; Enter on a new name adds it"));
    }
}

int SearchableComboBox::choiceCount() const
{
    return count() - (addNewIndex() >= 0 ? 1 : 0);
}

int SearchableComboBox::addNewIndex() const
{
    return m_addNewText.isEmpty() ? -1 : findData(kAddNewId);
}

// The name typed, not the entry's own text, goes into the dialog; the field shows nothing
// until the new record is chosen.
void SearchableComboBox::requestAdd()
{
    QString typed = m_typed.trimmed();
    if (typed == m_addNewText || findText(typed, Qt::MatchFixedString) >= 0)
        typed.clear();
    setCurrentIndex(-1);
    lineEdit()->clear();
    m_typed.clear();
    emit addRequested(typed);
}

void SearchableComboBox::dropUnknownText()
{
    if (lineEdit()->text().trimmed().isEmpty() || currentId() != 0)
        return;
    const int index = currentIndex();
    if (index >= 0 && index != addNewIndex())
        lineEdit()->setText(itemText(index));
    else
        lineEdit()->clear();
}

} // namespace kolokasi
