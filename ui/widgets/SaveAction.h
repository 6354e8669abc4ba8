#pragma once

#include <QAction>
#include <QPointer>

class QAbstractButton;

namespace kolokasi {

/// The one save action of a form host (a step page, a Pengaturan section, a record dialog, a
/// Pusat Data editor): Ctrl+S anywhere inside the host, a toolbar entry and the Simpan button
/// all go the same way, through the button, so they save the same and are gated the same (the
/// action is enabled exactly while the button is). Other widgets that show the form (the
/// request view around its step) add the action to themselves so Ctrl+S works there too.
class SaveAction : public QAction
{
    Q_OBJECT

public:
    SaveAction(QAbstractButton *button, QWidget *host);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void follow();

    QPointer<QAbstractButton> m_button;
};

} // namespace kolokasi
