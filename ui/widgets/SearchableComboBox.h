#pragma once

#include <QComboBox>

namespace kolokasi {

/// A choice among many (units, officers, racks, free addresses) that the user can narrow by
/// typing any part of a name; only the listed choices are taken.
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
    /// Removes every choice and the typed text.
    void clearChoices();
};

} // namespace kolokasi
