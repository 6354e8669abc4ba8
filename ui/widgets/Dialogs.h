#pragma once

#include <QString>
#include <QStringList>

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

} // namespace kolokasi
