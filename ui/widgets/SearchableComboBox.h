#pragma once

#include <QComboBox>

namespace kolokasi {

/// A choice among many (units, officers, racks, free addresses) that the user can narrow by
/// typing any part of a name; only the listed choices are taken. A picker of records that may
/// not exist yet offers "Add … new" (setAddNewText): as the last entry of the list, and by
/// Enter on a typed name that names no choice; the page answers addRequested with the record's
/// own dialog and chooses the stored record. Text that names no choice is never kept: leaving
/// the field puts back the choice made (or nothing).
class SearchableComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit SearchableComboBox(QWidget *parent = nullptr);

    void addChoice(const QString &text, qint64 id);
    /// The id of the chosen entry; 0 when the typed text names none of them.
    qint64 currentId() const;
    /// Chooses the entry with `id`; an unknown id leaves the field blank.
    void setCurrentId(qint64 id);
    /// Chooses the entry named `text`; a name no entry has (one a saved form recorded before
    /// the record was renamed) is offered as it was recorded and chosen; empty: nothing chosen.
    void chooseText(const QString &text);
    /// Removes every choice and the typed text (the "Add … new" entry stays).
    void clearChoices();
    /// Offers "Add … new" as `text` (e.g. "Tambah unit baru…"); empty: not offered.
    void setAddNewText(const QString &text);
    /// How many records are offered, without the "Add … new" entry.
    int choiceCount() const;

signals:
    /// The admin asked for a new record; `typed` is the name typed so far (may be empty).
    void addRequested(const QString &typed);

private:
    void requestAdd();
    void dropUnknownText();
    int addNewIndex() const;

    QString m_addNewText;
    QString m_typed; // what the user typed last, carried into the "Add … new" dialog
};

} // namespace kolokasi
