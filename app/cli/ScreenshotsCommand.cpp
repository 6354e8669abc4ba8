#include "ScreenshotsCommand.h"

#include "CommandLine.h"
#include "ConsoleOutput.h"
#include "Language.h"
#include "MainWindow.h"
#include "UiContext.h"
#include "pages/Page.h"
#include "pages/RequestPage.h"
#include "pages/SettingsPage.h"
#include "store/Database.h"
#include "store/RequestRepository.h"
#include "widgets/AdminChooser.h"
#include "widgets/Dialogs.h"
#include "widgets/DocumentActions.h"
#include "widgets/DocumentPreviewDialog.h"
#include "widgets/DocumentSource.h"
#include "widgets/SettingsSection.h"
#include "workflow/RequestWorkflow.h"
#include "workflow/SopStep.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QListWidget>
#include <QLocale>
#include <QMap>
#include <QSettings>
#include <QTemporaryDir>

namespace kolokasi {

namespace {

// Lays out and paints everything that is pending, so grab() shows the final picture.
void settle()
{
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
}

class Shooter
{
public:
    Shooter(const QString &folder, QSize size) : m_folder(folder), m_size(size) {}

    bool save(QWidget &widget, const QString &name)
    {
        settle();
        const QString path = QDir(m_folder).filePath(
            QStringLiteral("%1-%2x%3.png").arg(name).arg(m_size.width()).arg(m_size.height()));
        if (!widget.grab().save(path)) {
            ConsoleOutput::error(CommandLine::tr("Cannot write %1.").arg(path));
            return false;
        }
        ++m_written;
        return true;
    }
    int written() const { return m_written; }

private:
    QString m_folder;
    QSize m_size;
    int m_written = 0;
};

// One request of each stage the window shows differently: open at each step, each kind of
// closing, a pencabutan. The first found of each, by id.
QMap<QString, qint64> showcaseRequests(Database &db)
{
    QMap<QString, qint64> chosen;
    const auto requests = RequestRepository(db).all();
    if (!requests.ok())
        return chosen;
    for (const Request &request : *requests) {
        QString key;
        if (request.kind == RequestKind::Withdrawal)
            key = request.status == RequestStatus::Open ? QStringLiteral("pencabutan")
                                                        : QStringLiteral("pencabutan-selesai");
        else if (const auto next = SopSteps::next(request.step);
                 request.status == RequestStatus::Open && next)
            key =
                QStringLiteral("step-%1").arg(SopSteps::number(*next)); // the page of the next step
        else
            key = QStringLiteral("closed-%1").arg(toStorage(request.status));
        if (!chosen.contains(key) || chosen.value(key) > request.id)
            chosen.insert(key, request.id);
    }
    return chosen;
}

// Pengaturan, one picture per section (tab).
bool shootSettings(MainWindow &window, Shooter &shooter)
{
    SettingsPage *settings = nullptr;
    for (Page *page : window.pages()) {
        if (auto *found = qobject_cast<SettingsPage *>(page))
            settings = found;
    }
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    if (!settings || !navigation)
        return true;
    const QList<QListWidgetItem *> items =
        navigation->findItems(settings->title(), Qt::MatchExactly);
    if (items.isEmpty())
        return true;
    navigation->setCurrentItem(items.first());
    bool ok = true;
    int number = 0;
    for (SettingsSection *section : settings->sections()) {
        settings->showSection(section);
        ok &= shooter.save(
            window, QStringLiteral("30-settings-%1-%2").arg(++number).arg(section->objectName()));
    }
    return ok;
}

bool shootWindow(MainWindow &window, RequestPage &requestPage, UiContext &context,
                 const QMap<QString, qint64> &requests, Shooter &shooter)
{
    bool ok = true;
    window.showNavigationPage(0);
    ok &= shooter.save(window, QStringLiteral("01-dashboard"));
    window.showNavigationPage(1);
    ok &= shooter.save(window, QStringLiteral("02-requests"));
    window.startNewRequest();
    ok &= shooter.save(window, QStringLiteral("03-new-request"));
    for (auto it = requests.constBegin(); it != requests.constEnd(); ++it) {
        window.openRequest(it.value());
        ok &= shooter.save(window, QStringLiteral("10-request-%1").arg(it.key()));
    }
    if (const qint64 completed = requests.value(QStringLiteral("closed-completed"))) {
        window.openRequest(completed);
        requestPage.showTab(1);
        ok &= shooter.save(window, QStringLiteral("04-request-documents"));
        requestPage.showTab(2);
        ok &= shooter.save(window, QStringLiteral("05-request-history"));
        DocumentActions actions(context, &window);
        DocumentOrder order;
        order.kind = DocumentKind::Approval;
        order.requestId = completed;
        order.paper = DocumentSource(context.db).defaultPaper();
        DocumentPreviewDialog preview(context, actions, order, &window);
        preview.resize(window.size() * 0.9);
        preview.show();
        if (Status loaded = preview.load(); loaded.ok())
            ok &= shooter.save(preview, QStringLiteral("06-print-preview"));
        else
            ConsoleOutput::error(loaded.error().message);
        preview.hide();
    }
    ok &= shootSettings(window, shooter);
    return ok;
}

} // namespace

CommandInfo ScreenshotsCommand::info()
{
    return {QStringLiteral("screenshots"),
            [] {
                return CommandLine::tr(
                    "write a PNG of every screen of the window with the database's data");
            },
            &ScreenshotsCommand::run};
}

int ScreenshotsCommand::run(const CommandLine &line)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DIR"),
                                 CommandLine::tr("the folder for the PNG files"));
    if (!parser.parse(line.commandArguments)) {
        ConsoleOutput::error(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.positionalArguments().size() != 1) {
        ConsoleOutput::print(
            CommandLine::tr("Usage: kolokasi --database LOCATION screenshots DIR"));
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    }
    QLocale::setDefault(Language::localeOf(Language::choose(line.language))); // as the window shows
    const QString folder = parser.positionalArguments().first();
    if (!QDir().mkpath(folder)) {
        ConsoleOutput::error(CommandLine::tr("Cannot create the folder %1.").arg(folder));
        return ExitFailure;
    }
    const auto location = line.databaseLocation();
    if (!location.ok()) {
        ConsoleOutput::error(location.error().message);
        return ExitUsage;
    }
    // The window's remembered sizes, columns and last page stay the user's own.
    const QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    const auto db = Database::open(*location, Database::OpenMode::ExistingOnly);
    if (!db.ok()) {
        ConsoleOutput::error(db.error().message);
        return ExitFailure;
    }
    Database &database = *db.value();
    // The data centre's officer, as a real sign-in would show (nothing is written anyway).
    database.setActor(AdminChooser::officersOf(database).value(0, QStringLiteral("screenshots")));
    RequestWorkflow workflow(database);
    ScriptedDialogs dialogs; // a screenshot never waits for an answer
    UiContext context{database, workflow, dialogs, database.clock()};
    const auto requests = showcaseRequests(database);

    int written = 0;
    bool ok = true;
    for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
        MainWindow window(context);
        window.resize(size);
        window.show();
        Shooter shooter(folder, size);
        ok &= shootWindow(window, *window.findChild<RequestPage *>(), context, requests, shooter);
        written += shooter.written();
    }
    ConsoleOutput::print(CommandLine::tr("%1 screenshots written to %2.").arg(written).arg(folder));
    return ok ? ExitOk : ExitFailure;
}

} // namespace kolokasi
