#include "BackupActions.h"

#include "UiContext.h"
#include "backup/DailyBackup.h"
#include "store/Database.h"
#include "store/DatabaseBackup.h"
#include "widgets/Dialogs.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QProgressDialog>
#include <QStatusBar>

#include <memory>

namespace kolokasi {

namespace {
constexpr int kStatusMessageMs = 15000;

/// Shows the busy indicator while `work` runs (the copy itself cannot report its progress).
template <typename Work> auto withProgress(QWidget *parent, const QString &text, Work work)
{
    std::unique_ptr<QProgressDialog> progress(BackupActions::makeProgress(parent, text));
    progress->show();
    QApplication::processEvents(); // painted before the copy takes the thread
    return work();
}
} // namespace

BackupActions::BackupActions(UiContext &context, QWidget *window)
    : QObject(window), m_context(context), m_window(window)
{
}

QProgressDialog *BackupActions::makeProgress(QWidget *parent, const QString &text)
{
    auto *progress = new QProgressDialog(parent);
    progress->setObjectName(QStringLiteral("backupProgress"));
    auto *label = new QLabel(text, progress);
    label->setWordWrap(true); // a long path is shown whole
    progress->setLabel(label);
    progress->setRange(0, 0);
    progress->setWindowTitle(tr("Kolokasi"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setCancelButton(nullptr); // a copy half-way is never left: it runs to its end
    progress->setMinimumWidth(560);
    return progress;
}

void BackupActions::backUp()
{
    const QDateTime now = m_context.clock.now();
    const QString suggested =
        DailyBackup::configuredFolder() + QLatin1Char('/') +
        DatabaseBackup::suggestedFileName(m_context.db.location().engine, now);
    const QString path = m_context.dialogs.saveFileName(
        m_window, tr("Back up the database"), suggested,
        m_context.db.dialect().isSQLite() ? tr("Kolokasi backups (*.sqlite)")
                                          : tr("PostgreSQL backups (*.dump)"));
    if (path.isEmpty())
        return;
    const Status written =
        withProgress(m_window, tr("Writing the backup to %1…").arg(QDir::toNativeSeparators(path)),
                     [&] { return DatabaseBackup(m_context.db).backup(path); });
    if (!written.ok())
        return m_context.dialogs.warning(m_window, tr("Backup"), written.error().message);
    m_context.dialogs.information(
        m_window, tr("Backup"),
        tr("The backup was written to %1.").arg(QDir::toNativeSeparators(path)));
}

void BackupActions::restore()
{
    const QString path = m_context.dialogs.openFileName(
        m_window, tr("Restore a backup"),
        m_context.db.dialect().isSQLite() ? tr("Kolokasi backups (*.sqlite);;All files (*)")
                                          : tr("PostgreSQL backups (*.dump);;All files (*)"));
    if (path.isEmpty())
        return;
    if (!m_context.dialogs.confirm(
            m_window, tr("Restore a backup"),
            tr("All data in the database %1 will be replaced by the backup %2. The data in use "
               "now is first kept aside as a copy. Restore?")
                .arg(m_context.db.location().displayName(), QFileInfo(path).fileName()),
            tr("Restore"), tr("Cancel")))
        return;
    const auto aside =
        withProgress(m_window, tr("Restoring %1…").arg(QDir::toNativeSeparators(path)),
                     [&] { return DatabaseBackup(m_context.db).restore(path); });
    if (!aside.ok())
        return m_context.dialogs.warning(m_window, tr("Restore"), aside.error().message);
    emit restored();
    m_context.dialogs.information(
        m_window, tr("Restore"),
        tr("The backup %1 was restored. The data replaced was kept as %2.")
            .arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(*aside)));
}

void BackupActions::runDaily(Database &db, QStatusBar *statusBar)
{
    if (db.isReadOnly())
        return; // nothing can have changed since the last backup that this PC could write
    DailyBackup daily(db, DailyBackup::configuredFolder());
    const auto made = daily.runIfDue();
    if (!made.ok())
        return statusBar->showMessage(
            tr("The automatic backup failed: %1").arg(made.error().message));
    if (!made->isEmpty())
        statusBar->showMessage(
            tr("Automatic backup written: %1").arg(QDir::toNativeSeparators(*made)),
            kStatusMessageMs);
}

} // namespace kolokasi
