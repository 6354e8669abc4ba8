#pragma once

#include <QCoreApplication>
#include <QObject>

class QProgressDialog;
class QStatusBar;
class QWidget;

namespace kolokasi {

class Database;
struct UiContext;

/// Berkas → Cadangkan… and Pulihkan…: the file chooser and the questions go through the Dialogs
/// seam, a busy progress dialog shows while the copy runs. A restore asks first, saying what
/// happens to the data in use, and then announces restored() so the window reloads every page.
class BackupActions : public QObject
{
    Q_OBJECT

public:
    BackupActions(UiContext &context, QWidget *window);

    /// Asks where, then writes a backup of the open database there.
    void backUp();
    /// Asks which backup, asks to go ahead, then restores it into the open database.
    void restore();

    /// The automatic backup at the first start of the day into DailyBackup::configuredFolder();
    /// the outcome is shown in `statusBar` (a failure never stops the start).
    static void runDaily(Database &db, QStatusBar *statusBar);
    /// The busy indicator shown while a copy runs.
    static QProgressDialog *makeProgress(QWidget *parent, const QString &text);

signals:
    /// The open database now holds a restored backup: every page must read it again.
    void restored();

private:
    UiContext &m_context;
    QWidget *m_window;
};

} // namespace kolokasi
