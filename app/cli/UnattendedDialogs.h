#pragma once

#include "widgets/Dialogs.h"

namespace kolokasi {

/// Dialogs for a run nobody watches (the screenshots command): nothing is ever shown and
/// nothing waits. Every question is answered "no", every chooser and dialog as cancelled,
/// and messages are dropped, so nothing is written on the user's behalf.
class UnattendedDialogs : public Dialogs
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
    bool choosePrinter(QWidget *parent, const QString &title, QPrinter &printer) override;
    void preview(DocumentPreviewDialog &dialog) override;
    bool run(QDialog &dialog) override;
};

} // namespace kolokasi
