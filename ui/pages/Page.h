#pragma once

#include <QList>
#include <QShowEvent>
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

protected:
    /// For a page whose data is large (every rack of a NOC): true while the page is hidden, and
    /// then reload() runs when it is next shown. The window builds every page at start, and a
    /// hidden page must cost nothing there (100,000 assets).
    bool loadWhenShown()
    {
        m_loadWhenShown = !isVisible();
        return m_loadWhenShown;
    }
    void showEvent(QShowEvent *event) override
    {
        QWidget::showEvent(event);
        if (m_loadWhenShown) {
            m_loadWhenShown = false;
            reload();
        }
    }

private:
    bool m_loadWhenShown = false;
};

} // namespace kolokasi
