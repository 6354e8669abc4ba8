#include "BackupFolderPanel.h"

#include "backup/BackupRetention.h"
#include "backup/DailyBackup.h"
#include "widgets/FormParts.h"

#include <QDesktopServices>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QUrl>

namespace kolokasi {

BackupFolderPanel::BackupFolderPanel(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_folder(new QLabel(this)), m_lastBackup(new QLabel(this)),
      m_open(new QPushButton(tr("Open folder"), this))
{
    setObjectName(QStringLiteral("backupFolderPanel"));
    m_folder->setObjectName(QStringLiteral("backupFolder"));
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folder->setWordWrap(true);
    m_lastBackup->setObjectName(QStringLiteral("lastBackup"));
    m_open->setObjectName(QStringLiteral("openBackupFolder"));
    connect(m_open, &QPushButton::clicked, this, &BackupFolderPanel::openFolder);

    auto *form = makeFormLayout(this);
    auto *folderRow = new QWidget(this);
    auto *folderLayout = new QHBoxLayout(folderRow);
    folderLayout->setContentsMargins(0, 0, 0, 0);
    folderLayout->addWidget(m_folder, 1);
    folderLayout->addWidget(m_open);
    form->addRow(tr("Backup folder:"), folderRow);
    form->addRow(tr("Last automatic backup:"), m_lastBackup);
    QLabel *hint = makeHint(tr("Kolokasi backs the database up at the first start of each day "
                               "and keeps the newest %1 backups.")
                                .arg(BackupRetention::kKeep),
                            this);
    hint->setWordWrap(false); // one line: wrapped in a form row it gets only a narrow column
    form->addRow(QString(), hint);
    reload();
}

void BackupFolderPanel::reload()
{
    const QString folder = DailyBackup::configuredFolder();
    m_folder->setText(QDir::toNativeSeparators(folder));
    const QDateTime last = DailyBackup(m_db, folder).lastBackupTime();
    m_lastBackup->setText(last.isValid() ? QLocale().toString(last, QLocale::LongFormat)
                                         : tr("none yet"));
    m_open->setEnabled(QFileInfo(folder).isDir());
}

void BackupFolderPanel::openFolder()
{
    QDesktopServices::openUrl(QUrl::fromLocalFile(DailyBackup::configuredFolder()));
}

} // namespace kolokasi
