#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace kolokasi {

class Database;

/// For the Pengaturan page: where the automatic daily backups go, when the newest was made, and
/// a button that opens the folder in the file manager.
class BackupFolderPanel : public QWidget
{
    Q_OBJECT

public:
    BackupFolderPanel(Database &db, QWidget *parent = nullptr);

    /// Reads the folder and its newest backup again.
    void reload();

private:
    void openFolder();

    Database &m_db;
    QLabel *m_folder;
    QLabel *m_lastBackup;
    QPushButton *m_open;
};

} // namespace kolokasi
