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

bool ScriptedDialogs::confirm(QWidget *, const QString &, const QString &question, const QString &,
                              const QString &)
{
    m_shown.append(question);
    return m_confirms.isEmpty() ? false : m_confirms.takeFirst();
}

void ScriptedDialogs::information(QWidget *, const QString &, const QString &text)
{
    m_shown.append(text);
}

void ScriptedDialogs::warning(QWidget *, const QString &, const QString &text)
{
    m_shown.append(text);
}

QString ScriptedDialogs::saveFileName(QWidget *, const QString &, const QString &, const QString &)
{
    return m_fileNames.isEmpty() ? QString() : m_fileNames.takeFirst();
}

QString ScriptedDialogs::openFileName(QWidget *, const QString &, const QString &)
{
    return m_fileNames.isEmpty() ? QString() : m_fileNames.takeFirst();
}

std::optional<QString> ScriptedDialogs::text(QWidget *, const QString &, const QString &label, bool)
{
    m_shown.append(label);
    return m_texts.isEmpty() ? std::nullopt : m_texts.takeFirst();
}

bool ScriptedDialogs::choosePrinter(QWidget *, const QString &title, QPrinter &printer)
{
    m_dialogs.append(title);
    if (m_printFiles.isEmpty())
        return false;
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(m_printFiles.takeFirst());
    return true;
}

void ScriptedDialogs::preview(DocumentPreviewDialog &dialog)
{
    // Loaded means rendered: the preview's pages exist without the dialog on screen.
    const PrintedDocument *document = dialog.document();
    m_previews.append(Preview{document ? document->kind : DocumentKind::Application,
                              dialog.pageCount(), document ? document->number : QString()});
    handle(dialog);
}

bool ScriptedDialogs::run(QDialog &dialog)
{
    dialog.setResult(QDialog::Rejected);
    handle(dialog);
    return dialog.result() == QDialog::Accepted;
}

void ScriptedDialogs::handle(QDialog &dialog)
{
    m_dialogs.append(dialog.windowTitle());
    if (!m_handlers.isEmpty())
        m_handlers.takeFirst()(dialog);
}

} // namespace kolokasi
