#pragma once

#include "documents/DocumentKind.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QDialog;
class QPrinter;
class QWidget;

namespace kolokasi {

class DocumentPreviewDialog;

/// The seam for every modal dialog the program shows: message boxes, confirmations, file
/// choosers, the password prompt, the printer chooser, the print preview and the record
/// dialogs a screen builds. The window uses WidgetDialogs; GUI tests use ScriptedDialogs
/// (tests/ui), which answers from queues so a test never blocks on a modal dialog.
class Dialogs
{
public:
    virtual ~Dialogs() = default;

    /// Asks before an irreversible step. `question` says the consequence in words; the two
    /// buttons are named by what they do ("Tutup permohonan" / "Batal"). True: go ahead.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &question,
                         const QString &acceptText, const QString &rejectText) = 0;
    virtual void information(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual void warning(QWidget *parent, const QString &title, const QString &text) = 0;
    /// A file to write; empty when the user cancelled. `filter` as for QFileDialog.
    virtual QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                 const QString &filter) = 0;
    /// A file to read; empty when the user cancelled.
    virtual QString openFileName(QWidget *parent, const QString &title, const QString &filter) = 0;
    /// A line of text typed by the user (`secret` hides it); nullopt when cancelled.
    virtual std::optional<QString> text(QWidget *parent, const QString &title, const QString &label,
                                        bool secret = false) = 0;
    /// Lets the user choose the printer and its options for `printer`; false when cancelled.
    virtual bool choosePrinter(QWidget *parent, const QString &title, QPrinter &printer) = 0;
    /// Shows a loaded print preview until it is closed (printing or saving from it included).
    virtual void preview(DocumentPreviewDialog &dialog) = 0;
    /// Runs a dialog the screen built (a record dialog, the sign-in, the first-run guide)
    /// until it is closed; true when it was accepted.
    virtual bool run(QDialog &dialog) = 0;
};

/// The real dialogs (QMessageBox, QFileDialog, QInputDialog).
class WidgetDialogs : public Dialogs
{
public:
    bool confirm(QWidget *parent, const QString &title, const QString &question,
                 const QString &acceptText, const QString &rejectText) override;
    void information(QWidget *parent, const QString &title, const QString &text) override;
    void warning(QWidget *parent, const QString &title, const QString &text) override;
    QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                         const QString &filter) override;
    QString openFileName(QWidget *parent, const QString &title, const QString &filter) override;
    std::optional<QString> text(QWidget *parent, const QString &title, const QString &label,
                                bool secret = false) override;
    /// QPrintDialog.
    bool choosePrinter(QWidget *parent, const QString &title, QPrinter &printer) override;
    void preview(DocumentPreviewDialog &dialog) override;
    bool run(QDialog &dialog) override;
};

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
