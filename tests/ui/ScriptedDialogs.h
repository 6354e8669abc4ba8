#pragma once

#include "documents/DocumentKind.h"
#include "widgets/Dialogs.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace kolokasi {

/// Dialogs for tests: confirmations and texts are answered from queues filled beforehand
/// (an empty queue answers "no" / cancel), and every message shown is kept to be checked.
class ScriptedDialogs : public Dialogs
{
public:
    /// A print preview that was asked for: what it showed, rendered but never on screen.
    struct Preview
    {
        DocumentKind kind = DocumentKind::Application;
        int pages = 0;
        QString number; // the number the previewed document carries (empty: none issued)
    };
    using DialogHandler = std::function<void(QDialog &)>;

    void setNextConfirm(bool answer) { m_confirms.append(answer); }
    void setNextFileName(const QString &path) { m_fileNames.append(path); }
    void setNextText(const std::optional<QString> &text) { m_texts.append(text); }
    /// The next printer chooser prints to this PDF file (QPrinter::PdfFormat) instead.
    void setNextPrintFile(const QString &pdfPath) { m_printFiles.append(pdfPath); }
    /// The next preview or run dialog is handed to `handle` (which may fill it and press its
    /// buttons) instead of being shown; without one it is closed as cancelled.
    void setNextDialog(DialogHandler handle) { m_handlers.append(std::move(handle)); }
    /// Every question, information and warning shown so far, oldest first.
    const QStringList &shown() const { return m_shown; }
    /// The title of every printer chooser, preview and run dialog so far, oldest first.
    const QStringList &dialogs() const { return m_dialogs; }
    /// Every print preview asked for, oldest first.
    const QList<Preview> &previews() const { return m_previews; }

    bool confirm(QWidget *parent, const QString &title, const QString &question,
                 const QString &acceptText, const QString &rejectText) override;
    void information(QWidget *parent, const QString &title, const QString &text) override;
    void warning(QWidget *parent, const QString &title, const QString &text) override;
    QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                         const QString &filter) override;
    QString openFileName(QWidget *parent, const QString &title, const QString &filter) override;
    std::optional<QString> text(QWidget *parent, const QString &title, const QString &label,
                                bool secret = false) override;
    bool choosePrinter(QWidget *parent, const QString &title, QPrinter &printer) override;
    void preview(DocumentPreviewDialog &dialog) override;
    bool run(QDialog &dialog) override;

private:
    void handle(QDialog &dialog);

    QList<bool> m_confirms;
    QStringList m_printFiles;
    QList<DialogHandler> m_handlers;
    QList<Preview> m_previews;
    QStringList m_dialogs;
    QStringList m_fileNames;
    QList<std::optional<QString>> m_texts;
    QStringList m_shown;
};

} // namespace kolokasi
