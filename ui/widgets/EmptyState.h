#pragma once

#include <QStackedWidget>

#include <functional>
#include <initializer_list>

class QAbstractItemModel;
class QAction;
class QComboBox;
class QLineEdit;
class QLabel;
class QPushButton;

namespace kolokasi {

/// A list's place on a page that says, while there is nothing to list, what is missing and
/// what to do next, with that next action as a button (the same QAction as the toolbar's and
/// its shortcut). Shows the content again as soon as there is something to show.
class EmptyState : public QStackedWidget
{
    Q_OBJECT

public:
    /// Takes `content` (a table, a view) into the stack; the page lays out the EmptyState.
    explicit EmptyState(QWidget *content, QWidget *parent = nullptr);

    /// The sentence shown: what is missing and what to do next.
    void setMessage(const QString &message);
    /// The button does `action` and is named by its text (no button without one).
    void setAction(QAction *action);
    /// Follows `model`: empty while it has no rows, or, if given, while `emptyWhen` holds (e.g.
    /// no rows and no filter narrows the list: a search that finds nothing is no empty database).
    void watch(QAbstractItemModel *model, std::function<bool()> emptyWhen = {});
    /// Shows the message (true) or the content (false), for what no model tells.
    void setEmpty(bool empty);
    bool isEmpty() const;
    /// Decides again from the watched model.
    void refresh();

    /// Whether a search or a filter (past its first, "All …" entry) narrows a list.
    static bool narrowedBy(const QLineEdit *search,
                           std::initializer_list<const QComboBox *> filters);

    QLabel *messageLabel() const { return m_message; }
    QPushButton *button() const { return m_button; }

private:
    QWidget *m_content;
    QWidget *m_emptyPage;
    QLabel *m_message;
    QPushButton *m_button;
    QAbstractItemModel *m_model = nullptr;
    std::function<bool()> m_emptyWhen;
};

} // namespace kolokasi
