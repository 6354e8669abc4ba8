#include "DatabaseEditor.h"
#include "FormBinding.h"
#include "domain/FormField.h"

#include "BackupFolderPanel.h"
#include "Dialogs.h"
#include "FormParts.h"
#include "MessageBar.h"
#include "PasswordStore.h"
#include "UiContext.h"
#include "store/ConnectionTest.h"
#include "store/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QUrl>

namespace kolokasi {

DatabaseEditor::DatabaseEditor(UiContext &context, QWidget *parent)
    : SettingsSection(context, QStringLiteral("databaseEditor"), parent), m_inUse(new QLabel(this)),
      m_sqlite(new QRadioButton(tr("SQLite file (this PC)"), this)),
      m_postgres(new QRadioButton(tr("PostgreSQL server (shared)"), this)),
      m_fields(new QStackedWidget(this))
{
    auto *formHolder = new QWidget(this);
    QFormLayout *form = makeFormLayout(formHolder);
    form->setContentsMargins(0, 0, 0, 0);
    m_inUse->setObjectName(QStringLiteral("databaseInUse"));
    m_inUse->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("In use now:"), m_inUse);
    m_sqlite->setObjectName(QStringLiteral("engineSqlite"));
    m_postgres->setObjectName(QStringLiteral("enginePostgres"));
    form->addRow(tr("Open from the next start:"),
                 makeChoiceRow({m_sqlite, m_postgres}, formHolder));
    body()->addWidget(formHolder);
    m_fields->addWidget(makeSqliteFields());
    m_fields->addWidget(makePostgresFields());
    body()->addWidget(m_fields);
    // The daily automatic backup (Berkas -> Cadangkan makes one by hand): where it goes.
    body()->addWidget(makeSectionHeading(tr("Automatic backup"), this));
    m_backupFolder = new BackupFolderPanel(context.db, this);
    m_backupFolder->setObjectName(QStringLiteral("backupFolderPanel"));
    body()->addWidget(m_backupFolder);
    for (QRadioButton *engine : {m_sqlite, m_postgres})
        connect(engine, &QRadioButton::toggled, this, [this] {
            showEngine();
            markEdited();
        });
    reload();
}

QString DatabaseEditor::title() const
{
    return tr("Database");
}

QWidget *DatabaseEditor::makeSqliteFields()
{
    auto *holder = new QWidget(this);
    QFormLayout *form = makeFormLayout(holder);
    form->setContentsMargins(0, 0, 0, 0);
    m_file = new QLineEdit(holder);
    m_file->setObjectName(QStringLiteral("sqliteFile"));
    m_file->setReadOnly(true);
    auto *choose = new QPushButton(tr("Choose file…"), holder);
    choose->setObjectName(QStringLiteral("chooseSqliteFile"));
    auto *folder = new QPushButton(tr("Open folder"), holder);
    folder->setObjectName(QStringLiteral("openFolder"));
    for (QPushButton *button : {choose, folder})
        button->setAutoDefault(false);
    connect(choose, &QPushButton::clicked, this, &DatabaseEditor::chooseFile);
    connect(folder, &QPushButton::clicked, this, &DatabaseEditor::openFolder);
    auto *row = new QWidget(holder);
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addWidget(m_file, 1);
    rowLayout->addWidget(choose);
    rowLayout->addWidget(folder);
    form->addRow(tr("File:"), row);
    m_fileSize = new QLabel(holder);
    m_fileSize->setObjectName(QStringLiteral("sqliteSize"));
    form->addRow(tr("Size:"), m_fileSize);
    return holder;
}

QWidget *DatabaseEditor::makePostgresFields()
{
    auto *holder = new QWidget(this);
    QFormLayout *form = makeFormLayout(holder);
    form->setContentsMargins(0, 0, 0, 0);
    m_host = new QLineEdit(holder);
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(QStringLiteral("db.diskominfo.local"));
    m_port = new QSpinBox(holder);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(holder);
    m_database->setObjectName(QStringLiteral("database"));
    m_database->setPlaceholderText(QStringLiteral("kolokasi"));
    m_user = new QLineEdit(holder);
    m_user->setObjectName(QStringLiteral("user"));
    m_sslMode = new QComboBox(holder);
    m_sslMode->setObjectName(QStringLiteral("sslmode"));
    m_sslMode->addItem(tr("libpq's default (prefer)"), QString());
    for (const QString &mode : DatabaseLocation::sslModes())
        m_sslMode->addItem(mode, mode);
    m_password = new QLineEdit(holder);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("Keep the password in the system keyring of this PC"), holder);
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    auto *test = new QPushButton(tr("Test connection"), holder);
    test->setObjectName(QStringLiteral("testConnection"));
    test->setAutoDefault(false);
    connect(test, &QPushButton::clicked, this, &DatabaseEditor::testConnection);
    form->addRow(tr("Host:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Database:"), m_database);
    form->addRow(tr("User:"), m_user);
    form->addRow(tr("SSL mode:"), m_sslMode);
    form->addRow(tr("Password:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), test);
    binding()->bind(FormField::kHost, m_host);
    binding()->bind(FormField::kDatabase, m_database);
    binding()->bind(FormField::kPassword, m_password);
    binding()->bind(FormField::kSslMode, m_sslMode);
    form->addRow(
        QString(),
        makeHint(tr("The password is never written to the settings file. Without the keyring "
                    "Kolokasi asks for it at each start; libpq's ~/.pgpass file also works."),
                 holder));
    for (QLineEdit *edit : {m_host, m_database, m_user, m_password})
        connect(edit, &QLineEdit::textEdited, this, [this] { markEdited(); });
    connect(m_port, &QSpinBox::valueChanged, this, [this] { markEdited(); });
    connect(m_sslMode, &QComboBox::activated, this, [this] { markEdited(); });
    return holder;
}

void DatabaseEditor::reload()
{
    const DatabaseLocation &inUse = ui().db.location();
    m_backupFolder->reload();
    m_inUse->setText(inUse.displayName() + (ui().db.isReadOnly() ? tr(" (read-only)") : QString()));
    // What opens next: this PC's saved choice, else the database in use now.
    const QString saved = QSettings().value(DatabaseLocation::kSettingsKey).toString();
    auto parsed =
        saved.isEmpty() ? Result<DatabaseLocation>(inUse) : DatabaseLocation::parse(saved);
    const DatabaseLocation next = parsed.ok() ? *parsed : inUse;
    const QSignalBlocker blockSqlite(m_sqlite), blockPostgres(m_postgres);
    (next.engine == DatabaseLocation::Engine::SQLite ? m_sqlite : m_postgres)->setChecked(true);
    m_file->setText(next.engine == DatabaseLocation::Engine::SQLite
                        ? QFileInfo(next.filePath).absoluteFilePath()
                        : QString());
    const QFileInfo file(m_file->text());
    m_fileSize->setText(file.exists() ? QLocale().formattedDataSize(file.size())
                                      : tr("not created yet"));
    const QSignalBlocker blockPort(m_port);
    m_host->setText(next.host);
    m_port->setValue(next.port);
    m_database->setText(next.databaseName);
    m_user->setText(next.user);
    m_sslMode->setCurrentIndex(std::max(0, m_sslMode->findData(next.sslMode)));
    m_password->clear();
    m_remember->setChecked(false);
    showEngine();
    markClean();
}

void DatabaseEditor::showEngine()
{
    const int shown = m_postgres->isChecked() ? 1 : 0;
    m_fields->setCurrentIndex(shown);
    // The stack takes the height of the page shown, not of its tallest page: Save stays close.
    for (int page = 0; page < m_fields->count(); ++page)
        m_fields->widget(page)->setSizePolicy(
            QSizePolicy::Preferred, page == shown ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_fields->adjustSize();
}

DatabaseLocation DatabaseEditor::shownLocation() const
{
    if (m_sqlite->isChecked())
        return DatabaseLocation::sqlite(m_file->text());
    DatabaseLocation location;
    location.engine = DatabaseLocation::Engine::PostgreSQL;
    location.host = m_host->text().trimmed();
    location.port = m_port->value();
    location.databaseName = m_database->text().trimmed();
    location.user = m_user->text().trimmed();
    location.sslMode = m_sslMode->currentData().toString();
    return location;
}

void DatabaseEditor::testConnection()
{
    DatabaseLocation location = shownLocation();
    location.password = m_password->text();
    if (Status reached = ConnectionTest::run(location); !reached.ok())
        return showRefusal(reached.error());
    messageBar()->showMessage(tr("The connection to %1 works.").arg(location.displayName()),
                              MessageBar::Kind::Information);
}

void DatabaseEditor::chooseFile()
{
    const QString path = ui().dialogs.openFileName(this, tr("Choose the database file"),
                                                   tr("Kolokasi databases (*.sqlite *.db)"));
    if (path.isEmpty())
        return;
    m_file->setText(QFileInfo(path).absoluteFilePath());
    m_fileSize->setText(QLocale().formattedDataSize(QFileInfo(path).size()));
    markEdited();
}

void DatabaseEditor::openFolder()
{
    QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_file->text()).absolutePath()));
}

void DatabaseEditor::save()
{
    const DatabaseLocation location = shownLocation();
    if (location.engine == DatabaseLocation::Engine::PostgreSQL &&
        (location.host.isEmpty() || location.databaseName.isEmpty()))
        return showRefusal(
            {QStringLiteral("required"),
             tr("Enter the host and the database of the PostgreSQL server."),
             location.host.isEmpty() ? QStringLiteral("host") : QStringLiteral("database")});
    if (location.engine == DatabaseLocation::Engine::SQLite && location.filePath.isEmpty())
        return showRefusal(
            {QStringLiteral("required"), tr("Choose the database file."), QStringLiteral("file")});
    if (location.engine == DatabaseLocation::Engine::PostgreSQL && m_remember->isChecked() &&
        !m_password->text().isEmpty()) {
        if (Status kept = PasswordStore::write(location, m_password->text()); !kept.ok())
            return showRefusal(kept.error());
    }
    QSettings().setValue(DatabaseLocation::kSettingsKey,
                         location.toText()); // toText(): no password set
    confirmSaved(
        tr("Kolokasi opens %1 from its next start on this PC.").arg(location.displayName()));
}

} // namespace kolokasi
