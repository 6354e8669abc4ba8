#pragma once

#include "SettingsSection.h"
#include "store/DatabaseLocation.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

namespace kolokasi {

class BackupFolderPanel;

/// Pengaturan, "Basis data": the database in use (an SQLite file with its size and folder, or a
/// PostgreSQL server), and the one the window opens from its next start on this PC: a file,
/// or host, port, database, user and sslmode with "Uji koneksi", which tries them on a
/// connection of its own. The password is kept in the system keyring if the admin wishes,
/// never in the settings file; else it is asked at each start (or libpq reads ~/.pgpass).
class DatabaseEditor : public SettingsSection
{
    Q_OBJECT

public:
    explicit DatabaseEditor(UiContext &context, QWidget *parent = nullptr);

    QString title() const override;
    void reload() override;
    void save() override;
    /// The location the fields describe (without the password).
    DatabaseLocation shownLocation() const;

private:
    QWidget *makeSqliteFields();
    QWidget *makePostgresFields();
    void showEngine();
    void testConnection();
    void chooseFile();
    void openFolder();

    QLabel *m_inUse;
    QRadioButton *m_sqlite;
    QRadioButton *m_postgres;
    QStackedWidget *m_fields;
    BackupFolderPanel *m_backupFolder = nullptr;
    QLineEdit *m_file = nullptr;
    QLabel *m_fileSize = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_sslMode = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
};

} // namespace kolokasi
