#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace kolokasi {

/// The seam for every modal question the screens ask: message boxes, confirmations, file
/// choosers and the password prompt. The window uses WidgetDialogs; GUI tests use
/// ScriptedDialogs, which answers from a queue so a test never blocks on a modal dialog.
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
};

/// Dialogs for tests: confirmations and texts are answered from queues filled beforehand
/// (an empty queue answers "no" / cancel), and every message shown is kept to be checked.
class ScriptedDialogs : public Dialogs
{
public:
    void setNextConfirm(bool answer) { m_confirms.append(answer); }
    void setNextFileName(const QString &path) { m_fileNames.append(path); }
    void setNextText(const std::optional<QString> &text) { m_texts.append(text); }
    /// Every question, information and warning shown so far, oldest first.
    const QStringList &shown() const { return m_shown; }

    bool confirm(QWidget *parent, const QString &title, const QString &question,
                 const QString &acceptText, const QString &rejectText) override;
    void information(QWidget *parent, const QString &title, const QString &text) override;
    void warning(QWidget *parent, const QString &title, const QString &text) override;
    QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                         const QString &filter) override;
    QString openFileName(QWidget *parent, const QString &title, const QString &filter) override;
    std::optional<QString> text(QWidget *parent, const QString &title, const QString &label,
                                bool secret = false) override;

private:
    QList<bool> m_confirms;
    QStringList m_fileNames;
    QList<std::optional<QString>> m_texts;
    QStringList m_shown;
};

} // namespace kolokasi
