#pragma once

#include <QList>
#include <QWidget>

class QAction;

namespace kolokasi {

/// One screen of the window's stack (Dasbor, Permohonan, the request view...). MainWindow
/// shows its title in the navigation, its main actions in the toolbar, and asks it before
/// anything typed would be lost. Pages stay alive while hidden, so their input is kept.
class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    /// The page's name in the navigation and window title ("Dasbor").
    virtual QString title() const = 0;
    /// The page's main actions, shown on its title line and in the window's toolbar.
    virtual QList<QAction *> mainActions() const { return {}; }
    /// True while the page holds input the user typed and did not save.
    virtual bool hasUnsavedInput() const { return false; }
    /// Reads its data again (after a change elsewhere, or when shown).
    virtual void reload() {}
};

} // namespace kolokasi
