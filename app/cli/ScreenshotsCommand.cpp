#include "ScreenshotsCommand.h"

#include "CommandLine.h"
#include "ConsoleOutput.h"
#include "Language.h"
#include "MainWindow.h"
#include "UiContext.h"
#include "common/AtomicFileWriter.h"
#include "interchange/CsvWriter.h"
#include "interchange/RegisterTable.h"
#include "pages/AssetRegisterPage.h"
#include "pages/Page.h"
#include "pages/RequestPage.h"
#include "register/AssetRegister.h"
#include "store/Database.h"
#include "store/RequestRepository.h"
#include "widgets/AdminChooser.h"
#include "widgets/Dialogs.h"
#include "widgets/DocumentActions.h"
#include "widgets/DocumentPreviewDialog.h"
#include "widgets/DocumentSource.h"
#include "widgets/ImportRegisterDialog.h"
#include "workflow/RequestWorkflow.h"
#include "workflow/SopStep.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLocale>
#include <QMap>
#include <QMenu>
#include <QSettings>
#include <QTableView>
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
    return ok;
}

// An agency's old register as it might come: the first assets of this database under headers
// spelt another way (English, lower case, an extra column no field reads).
QString writeAgencySheet(Database &db, const QString &folder)
{
    RegisterPage first;
    first.limit = 25;
    const auto entries = AssetRegister(db).page({}, first);
    QStringList header = RegisterTable::header();
    header.replace(0, QStringLiteral("Asset number"));
    header.replace(1, QStringLiteral("server name"));
    header.replace(3, QStringLiteral("PIC"));
    header << QStringLiteral("Keterangan lain");
    QList<QStringList> rows;
    for (const RegisterEntry &entry : entries.ok() ? *entries : QList<RegisterEntry>{}) {
        QStringList cells;
        for (const QVariant &cell : RegisterTable::row(entry))
            cells << RegisterTable::text(cell);
        cells << QStringLiteral("dari register lama");
        rows << cells;
    }
    const QString path = QDir(folder).filePath(QStringLiteral("register-dinas.csv"));
    const QByteArray bytes = CsvWriter::write(header, rows);
    const Status written = AtomicFileWriter::write(path, [&](QIODevice &out) -> Status {
        return out.write(bytes) == bytes.size() ? Status() : Status(Error{});
    });
    return written.ok() ? path : QString();
}

// Each step of the import with that sheet: the file, the mapping, the check (the rows are
// already in the register, so every one is refused with its reason; nothing is written).
bool shootImport(AssetRegisterPage &page, Database &db, Shooter &shooter)
{
    const QTemporaryDir folder;
    const QString sheet = writeAgencySheet(db, folder.path());
    if (sheet.isEmpty())
        return true;
    page.startImport();
    auto *dialog = page.findChild<ImportRegisterDialog *>();
    if (!dialog)
        return true;
    bool ok = shooter.save(*dialog, QStringLiteral("09-import-1-file"));
    if (dialog->openFile(sheet)) {
        ok &= shooter.save(*dialog, QStringLiteral("09-import-2-mapping"));
        if (dialog->check())
            ok &= shooter.save(*dialog, QStringLiteral("09-import-3-check"));
    }
    dialog->close();
    return ok;
}

// Aset Register with every asset, its column chooser and the first asset's dialog.
bool shootRegister(MainWindow &window, Database &db, Shooter &shooter)
{
    auto *page = window.findChild<AssetRegisterPage *>();
    const int index = window.pages().indexOf(page);
    if (!page || index < 0)
        return true;
    window.showNavigationPage(index);
    bool ok = shooter.save(window, QStringLiteral("07-register"));
    QMenu *menu = page->columnMenu();
    menu->popup(page->mapToGlobal(QPoint(page->width() / 3, 120)));
    ok &= shooter.save(*menu, QStringLiteral("07-register-columns"));
    delete menu;
    const QAbstractItemModel *rows = page->findChild<QTableView *>()->model();
    if (rows->rowCount() > 0) {
        page->openAsset(rows->index(0, 0).data(Qt::UserRole + 1).toLongLong());
        if (auto *dialog = page->findChild<QDialog *>(QStringLiteral("assetDetailDialog"))) {
            ok &= shooter.save(*dialog, QStringLiteral("08-asset"));
            dialog->close();
        }
    }
    return ok && shootImport(*page, db, shooter);
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
        ok &= shootRegister(window, database, shooter);
        written += shooter.written();
    }
    ConsoleOutput::print(CommandLine::tr("%1 screenshots written to %2.").arg(written).arg(folder));
    return ok ? ExitOk : ExitFailure;
}

} // namespace kolokasi
