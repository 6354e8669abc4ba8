// kolokasi: opens the window, or runs a batch command (see --help).
#include "cli/CommandLine.h"
#include "cli/Commands.h"
#include "cli/ConsoleOutput.h"
#include "cli/DemoData.h"

#include "Language.h"
#include "MainWindow.h"
#include "PasswordStore.h"
#include "UiContext.h"
#include "common/Diagnostics.h"
#include "common/SettingsFile.h"
#include "store/Database.h"
#include "store/DatabaseContents.h"
#include "widgets/AdminChooser.h"
#include "widgets/BackupActions.h"
#include "widgets/Dialogs.h"
#include "widgets/setup/SetupWizard.h"
#include "workflow/ChangeNotifier.h"
#include "workflow/RequestWorkflow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QTimer>

using namespace kolokasi;

namespace {

// Qt warns on every start when XDG_RUNTIME_DIR is unset (root shells, cron, CI) and then uses
// /tmp/runtime-<user>. Make that folder ourselves, private, and say so in the environment.
void ensureRuntimeFolder()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QByteArray user = qgetenv("USER").isEmpty() ? QByteArray("user") : qgetenv("USER");
    const QString folder =
        QDir::tempPath() + QStringLiteral("/runtime-") + QString::fromLocal8Bit(user);
    if (QDir().mkpath(folder) &&
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner))
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(folder));
}

// A PostgreSQL database without a password in its address: the system keyring's, else libpq's
// own (PGPASSWORD, ~/.pgpass); if the server still refuses, ask the admin (never saved here).
Result<std::unique_ptr<Database>> openWithPassword(DatabaseLocation location,
                                                   Database::OpenMode mode, Dialogs &dialogs)
{
    const bool asksPassword =
        location.engine == DatabaseLocation::Engine::PostgreSQL && location.password.isEmpty();
    if (asksPassword) {
        if (const auto saved = PasswordStore::read(location))
            location.password = *saved;
    }
    auto db = Database::open(location, mode);
    if (db.ok() || !asksPassword)
        return db;
    const auto typed = dialogs.text(nullptr, QCoreApplication::translate("main", "Kolokasi"),
                                    QCoreApplication::translate("main", "Password of %1 for %2:")
                                        .arg(location.user, location.displayName()),
                                    true);
    if (!typed || typed->isEmpty())
        return db;
    location.password = *typed;
    return Database::open(location, mode);
}

int openWindow(const CommandLine &line)
{
    WidgetDialogs dialogs;
    const auto showError = [&dialogs](const Error &error) {
        dialogs.warning(nullptr, QCoreApplication::translate("main", "Kolokasi"), error.message);
        return ExitFailure;
    };
    QLocale::setDefault(Language::localeOf(Language::choose(line.language))); // dates on screen
    const auto location = line.databaseLocation();
    if (!location.ok())
        return showError(location.error());
    // Only the first run, at the default location, creates a database: a database named on
    // the command line or in the settings must exist.
    const auto mode = line.usesDefaultDatabase() ? Database::OpenMode::CreateIfMissing
                                                 : Database::OpenMode::ExistingOnly;
    const auto db = openWithPassword(*location, mode, dialogs);
    if (!db.ok())
        return showError(db.error());
    Database &database = *db.value();
    // An empty database opens the guide first: the sign-in offers the officers it names.
    if (const auto holds = DatabaseContents(database).holdsData();
        holds.ok() && !*holds && !database.isReadOnly()) {
        SetupWizard guide(database, dialogs);
        guide.setDemoFiller([&database] { return DemoData::fillEmpty(database); });
        if (!dialogs.run(guide))
            return ExitOk; // cancelled: the database stays empty and the guide comes again
    }
    if (!AdminChooser::signIn(database, dialogs))
        return ExitOk; // closed the sign-in: nothing was opened
    RequestWorkflow workflow(database);
    ChangeNotifier notifier(database);
    workflow.setNotifier(&notifier);
    (void)notifier.watch(); // without it the window still follows its own changes
    UiContext context{database, workflow, dialogs, database.clock()};
    MainWindow window(context);
    if (database.isReadOnly())
        window.statusBar()->addPermanentWidget(
            new QLabel(QCoreApplication::translate("main", "Read-only: changes cannot be saved")));
    window.show();
    // After the window has painted: the day's first backup copies the whole database.
    QTimer::singleShot(0, &window, [&database, &window] {
        BackupActions::runDaily(database, window.statusBar());
    });
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    ensureRuntimeFolder();
    // Commands never show a window: they need no display, also on a server or in CI.
    if (CommandLine::wantsCommand(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("kolokasi"));
    SettingsFile::prepare(); // organisation "Kolokasi", owner-only file
    QApplication::setApplicationDisplayName(QStringLiteral("Kolokasi"));
    QApplication::setApplicationVersion(QStringLiteral(KOLOKASI_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("id.go.kolokasi"));

    const CommandLine line = CommandLine::parse(QApplication::arguments());
    Language::install(Language::choose(line.language));
    if (line.verbose)
        Diagnostics::enableDetails();

    if (!line.error.isEmpty()) {
        ConsoleOutput::error(line.error);
        return ExitUsage;
    }
    if (line.showHelp) {
        ConsoleOutput::print(CommandLine::helpText());
        return ExitOk;
    }
    if (line.showVersion) {
        ConsoleOutput::print(QStringLiteral("kolokasi %1").arg(QApplication::applicationVersion()));
        return ExitOk;
    }
    if (!line.command.isEmpty())
        return Commands::run(line);
    return openWindow(line);
}
