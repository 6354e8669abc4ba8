#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QHBoxLayout;
class QLabel;

namespace kolokasi {

/// The title line every page starts with: the title on the left, the page's main actions as
/// buttons on the right (UI.md: "a title line with the page's main actions on the right").
class PageTitle : public QWidget
{
    Q_OBJECT

public:
    explicit PageTitle(const QString &text, QWidget *parent = nullptr);

    void setText(const QString &text);
    /// A secondary line under the title (e.g. the letter number and unit), empty hides it.
    void setSubtitle(const QString &text);
    /// Adds a button bound to `action` (it follows the action's text, enabled state, tooltip).
    void addAction(QAction *action);
    /// The action has its button here (the window's toolbar then does not show it again).
    bool shows(const QAction *action) const { return m_shown.contains(action); }

private:
    QLabel *m_title;
    QLabel *m_subtitle;
    QHBoxLayout *m_actions;
    QList<const QAction *> m_shown;
};

} // namespace kolokasi
