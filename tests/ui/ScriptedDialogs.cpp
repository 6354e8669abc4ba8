#include "ScriptedDialogs.h"

#include "documents/PrintedDocument.h"
#include "widgets/DocumentPreviewDialog.h"

#include <QDialog>
#include <QPrinter>

namespace kolokasi {

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
