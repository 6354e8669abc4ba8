#include "Dialogs.h"

#include "DocumentPreviewDialog.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>

namespace kolokasi {

bool WidgetDialogs::confirm(QWidget *parent, const QString &title, const QString &question,
                            const QString &acceptText, const QString &rejectText)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, parent);
    QPushButton *accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    QPushButton *reject = box.addButton(rejectText, QMessageBox::RejectRole);
    box.setDefaultButton(reject); // an irreversible step is never one Enter away
    box.exec();
    return box.clickedButton() == accept;
}

void WidgetDialogs::information(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::NoButton, parent);
    box.addButton(QCoreApplication::translate("Dialogs", "Close"), QMessageBox::AcceptRole);
    box.exec();
}

void WidgetDialogs::warning(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box.addButton(QCoreApplication::translate("Dialogs", "Close"), QMessageBox::AcceptRole);
    box.exec();
}

QString WidgetDialogs::saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                    const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

QString WidgetDialogs::openFileName(QWidget *parent, const QString &title, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

std::optional<QString> WidgetDialogs::text(QWidget *parent, const QString &title,
                                           const QString &label, bool secret)
{
    bool accepted = false;
    const QString value = QInputDialog::getText(parent, title, label,
                                                secret ? QLineEdit::Password : QLineEdit::Normal,
                                                QString(), &accepted);
    if (!accepted)
        return std::nullopt;
    return value;
}

bool WidgetDialogs::choosePrinter(QWidget *parent, const QString &title, QPrinter &printer)
{
    QPrintDialog chooser(&printer, parent);
    chooser.setWindowTitle(title);
    return chooser.exec() == QDialog::Accepted;
}

void WidgetDialogs::preview(DocumentPreviewDialog &dialog)
{
    dialog.exec();
}

bool WidgetDialogs::run(QDialog &dialog)
{
    return dialog.exec() == QDialog::Accepted;
}

} // namespace kolokasi
