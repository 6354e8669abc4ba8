#include "ScreenshotsCommand.h"

#include "CommandLine.h"
#include "ConsoleOutput.h"
#include "Language.h"
#include "MainWindow.h"
#include "UiContext.h"
#include "UnattendedDialogs.h"
#include "common/AtomicFileWriter.h"
#include "domain/SopStep.h"
#include "interchange/CsvWriter.h"
#include "interchange/RegisterTable.h"
#include "models/RackTableModel.h"
#include "pages/AssetRegisterPage.h"
#include "pages/DataCentrePage.h"
#include "pages/Page.h"
#include "pages/RequestPage.h"
#include "pages/SettingsPage.h"
#include "pages/StepPage.h"
#include "pages/StepPages.h"
#include "pages/UnitsPage.h"
#include "register/AssetRegister.h"
#include "store/Database.h"
#include "workflow/RequestList.h"
#include "widgets/AdminChooser.h"
#include "widgets/BackupActions.h"
#include "widgets/BackupFolderPanel.h"
#include "widgets/DocumentActions.h"
#include "widgets/DocumentPreviewDialog.h"
#include "widgets/DocumentSource.h"
#include "widgets/ImportRegisterDialog.h"
#include "widgets/RecordDialog.h"
#include "widgets/SearchableComboBox.h"
#include "widgets/SettingsSection.h"
#include "widgets/ValidatedLineEdit.h"
#include "widgets/setup/SetupWizard.h"
#include "workflow/RequestWorkflow.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDialog>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMap>
#include <QMenu>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QVBoxLayout>

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
    const auto requests = RequestList(db).all();
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

// Shows the navigation page with this object name; false if the window has none.
bool showNavigationPageNamed(MainWindow &window, const QString &objectName)
{
    for (int i = 0; i < window.pages().size(); ++i) {
        window.showNavigationPage(i);
        if (window.currentPage() && window.currentPage()->objectName() == objectName)
            return true;
    }
    return false;
}

// Unit & Pejabat with a unit that has a PPPK officer, and the officer's and the unit's forms.
bool shootUnitsPage(MainWindow &window, Shooter &shooter)
{
    auto *page = window.findChild<UnitsPage *>();
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    if (!page || !navigation)
        return true;
    for (int row = 0; row < navigation->count(); ++row) {
        if (navigation->item(row)->text() == page->title())
            window.showNavigationPage(row);
    }
    auto *officers = page->findChild<QTableView *>(QStringLiteral("officerTable"));
    auto *units = page->findChild<QTableView *>(QStringLiteral("unitTable"));
    for (int row = 0; units && officers && row < units->model()->rowCount(); ++row) {
        units->setCurrentIndex(units->model()->index(row, 0));
        if (officers->model()->rowCount() > 1)
            break;
    }
    bool ok = shooter.save(window, QStringLiteral("07-units"));
    if (!officers || officers->model()->rowCount() == 0)
        return ok;
    officers->setCurrentIndex(officers->model()->index(officers->model()->rowCount() - 1, 0));
    for (const QString &button : {QStringLiteral("editOfficer"), QStringLiteral("editUnit")}) {
        page->findChild<QPushButton *>(button)->click();
        if (QDialog *dialog = page->openDialog()) {
            ok &= shooter.save(*dialog, QStringLiteral("08-") + dialog->objectName());
            dialog->reject();
        }
    }
    return ok;
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
    showNavigationPageNamed(window, QStringLiteral("rackPage")); // on the main NOC (the fullest)
    if (auto *noc = window.findChild<QComboBox *>(QStringLiteral("nocChooser")))
        noc->setCurrentIndex(std::max(0, noc->findText(QStringLiteral("NOC Utama"))));
    ok &= shooter.save(window, QStringLiteral("07-racks"));
    if (showNavigationPageNamed(window, QStringLiteral("reviewPage")))
        ok &= shooter.save(window, QStringLiteral("07-review"));
    ok &= shootUnitsPage(window, shooter);
    window.startNewRequest();
    ok &= shooter.save(window, QStringLiteral("03-new-request"));
    for (auto it = requests.constBegin(); it != requests.constEnd(); ++it) {
        window.openRequest(it.value());
        ok &= shooter.save(window, QStringLiteral("10-request-%1").arg(it.key()));
        // Serah terima's receiving party is below the servers: the end of the page too.
        if (it.key() == QLatin1String("step-8")) {
            if (auto *scroll = requestPage.stepPage()->findChild<QScrollArea *>()) {
                scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
                ok &= shooter.save(window, QStringLiteral("10-request-step-8-end"));
            }
            // "Tambah pejabat baru…" on the receiver: the officer dialog, as a signatory.
            if (auto *receiver = requestPage.stepPage()->findChild<SearchableComboBox *>(
                    QStringLiteral("receiverName"))) {
                emit receiver->addRequested(QStringLiteral("DEDE KURNIAWAN, S.Kom."));
                if (auto *dialog = receiver->findChild<QDialog *>()) {
                    ok &= shooter.save(*dialog, QStringLiteral("10-request-step-8-add-receiver"));
                    dialog->reject();
                }
            }
        }
    }
    // Pencabutan's decision by the head of division, as a decided withdrawal shows it.
    if (const qint64 withdrawal = requests.value(QStringLiteral("pencabutan"))) {
        std::unique_ptr<StepPage> decision(
            createStepPage(StepPageKind::WithdrawalDecision, context));
        decision->resize(window.size() * 0.8);
        decision->show();
        decision->load(withdrawal);
        ok &= shooter.save(*decision, QStringLiteral("10-request-pencabutan-decision"));
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

// Pusat Data: each tab with its form open, and a refusal of the core. Nothing is written:
// the only save asks a rack that draws power for a budget of 0 W, which the core refuses.
bool shootDataCentre(MainWindow &window, Shooter &shooter)
{
    auto *page = window.findChild<DataCentrePage *>();
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    const auto items =
        page ? navigation->findItems(page->title(), Qt::MatchExactly) : QList<QListWidgetItem *>();
    if (items.isEmpty())
        return true;
    navigation->setCurrentItem(items.first());
    bool ok = shooter.save(window, QStringLiteral("07-data-centre"));
    const auto click = [page](const char *name) {
        page->findChild<QPushButton *>(QLatin1String(name))->click();
    };
    auto *racks = page->findChild<QTableView *>(QStringLiteral("rackTable"));
    auto *rackModel = qobject_cast<RackTableModel *>(racks->model());
    int drawing = 0;
    while (drawing < rackModel->rowCount() && rackModel->lineAt(drawing).usedPowerW == 0)
        ++drawing;
    racks->selectRow(drawing < rackModel->rowCount() ? drawing : 0);
    click("rackEdit");
    ok &= shooter.save(window, QStringLiteral("07-data-centre-rack-form"));
    if (drawing < rackModel->rowCount()) {
        page->findChild<QSpinBox *>(QStringLiteral("rack_power_budget_w"))->setValue(0);
        click("rackSave");
        ok &= shooter.save(window, QStringLiteral("07-data-centre-rack-refused"));
    }
    click("rackCancel");
    auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("dataCentreTabs"));
    for (const auto &[tab, prefix] : {std::pair{1, "facility"}, std::pair{2, "pool"}}) {
        tabs->setCurrentIndex(tab);
        page->findChild<QTableView *>(QLatin1String(prefix) + QStringLiteral("Table"))
            ->selectRow(0);
        click((QByteArray(prefix) + "Edit").constData());
        ok &= shooter.save(window,
                           QStringLiteral("07-data-centre-%1-form").arg(QLatin1String(prefix)));
        click((QByteArray(prefix) + "Cancel").constData());
    }
    tabs->setCurrentIndex(0);
    return ok;
}

// The first-run guide page by page, as an admin fills it (nothing is written: no Finish).
bool shootSetupGuide(Database &db, Dialogs &dialogs, Shooter &shooter)
{
    SetupWizard guide(db, dialogs);
    guide.setDemoFiller([] { return Status(); });
    guide.show();
    const QList<std::pair<QString, QString>> typed{
        {QStringLiteral("governmentName"), QStringLiteral("PEMERINTAH KABUPATEN KUNINGAN")},
        {QStringLiteral("officeName"), QStringLiteral("DINAS KOMUNIKASI DAN INFORMATIKA")},
        {QStringLiteral("divisionName"), QStringLiteral("BIDANG APLIKASI INFORMATIKA")},
        {QStringLiteral("address"), QStringLiteral("Jl. Aruji Kartawinata No. 15, Kuningan")},
        {QStringLiteral("phone"), QStringLiteral("(0232) 871023")},
        {QStringLiteral("email"), QStringLiteral("diskominfo@kuningankab.go.id")},
        {QStringLiteral("website"), QStringLiteral("diskominfo.kuningankab.go.id")},
        {QStringLiteral("place"), QStringLiteral("Kuningan")},
        {QStringLiteral("headName"), QStringLiteral("Ir. DEDI SUPRIADI, M.T.")},
        {QStringLiteral("headNip"), QStringLiteral("19750314 200003 1 002")},
        {QStringLiteral("officerName"), QStringLiteral("RINA AGUSTINA, S.Kom.")},
        {QStringLiteral("officerNip"), QStringLiteral("19900817 201502 2 001")},
        {QStringLiteral("nocLocation"), QStringLiteral("Gedung Diskominfo Lantai 2")},
        {QStringLiteral("poolCidr"), QStringLiteral("103.10.20.0/26")},
        {QStringLiteral("unitName"), QStringLiteral("Dinas Kesehatan")},
        {QStringLiteral("unitShortName"), QStringLiteral("Dinkes")}};
    bool ok = shooter.save(guide, QStringLiteral("20-setup-1-welcome"));
    guide.next();
    ok &= shooter.save(guide, QStringLiteral("20-setup-2-agency-empty"));
    for (int number = 2; guide.currentPage(); ++number) {
        for (const auto &[name, text] : typed) {
            if (auto *field = guide.currentPage()->findChild<ValidatedLineEdit *>(name))
                field->lineEdit()->setText(text);
        }
        if (auto *ups = guide.currentPage()->findChild<QSpinBox *>(QStringLiteral("upsCapacity"))) {
            ups->setValue(16000);
            guide.currentPage()->findChild<QSpinBox *>(QStringLiteral("bandwidth"))->setValue(500);
        }
        ok &= shooter.save(
            guide,
            QStringLiteral("20-setup-%1-%2").arg(number).arg(guide.currentPage()->objectName()));
        if (guide.nextId() == -1)
            break;
        guide.next();
    }
    guide.hide();
    return ok;
}

// The first day: the window over a database with nothing in it yet, each list's empty state.
bool shootFirstDay(Database &db, Dialogs &dialogs, Shooter &shooter)
{
    RequestWorkflow workflow(db);
    UiContext context{db, workflow, dialogs, db.clock()};
    MainWindow window(context);
    window.resize(1366, 768);
    window.show();
    bool ok = true;
    for (const QString &name : {QStringLiteral("dashboardPage"), QStringLiteral("requestListPage"),
                                QStringLiteral("rackPage"), QStringLiteral("assetRegisterPage")}) {
        if (showNavigationPageNamed(window, name))
            ok &= shooter.save(window, QStringLiteral("40-empty-%1").arg(name));
    }
    return ok;
}

// The backup's busy indicator over the window, and the settings panel of the daily backup.
bool shootBackup(MainWindow &window, UiContext &context, Shooter &shooter)
{
    std::unique_ptr<QProgressDialog> progress(BackupActions::makeProgress(
        &window, QCoreApplication::translate("kolokasi::BackupActions", "Writing the backup to %1…")
                     .arg(QStringLiteral("/home/admin/kolokasi-20261127-080000.sqlite"))));
    progress->show();
    bool ok = shooter.save(*progress, QStringLiteral("07-backup-progress"));
    progress->hide();
    QWidget holder;
    auto *layout = new QVBoxLayout(&holder);
    layout->addWidget(new BackupFolderPanel(context.db, &holder));
    holder.resize(760, 160);
    holder.show();
    ok &= shooter.save(holder, QStringLiteral("08-backup-folder-panel"));
    return ok;
}

// An agency's old register as it might come: a title row above the header, the first assets
// of this database under headers spelt another way (English, lower case, an extra column no
// field reads, one that looks like a field but matches none), a JUMLAH row below.
QString writeAgencySheet(Database &db, const QString &folder)
{
    RegisterPage first;
    first.limit = 25;
    const auto entries = AssetRegister(db).page({}, first);
    QStringList header = RegisterTable::header();
    header.replace(0, QStringLiteral("Asset number"));
    header.replace(1, QStringLiteral("server name"));
    header.replace(3, QStringLiteral("PIC"));
    header << QStringLiteral("Keterangan lain") << QStringLiteral("Posisi Rack Lama");
    QList<QStringList> rows;
    for (const RegisterEntry &entry : entries.ok() ? *entries : QList<RegisterEntry>{}) {
        QStringList cells;
        for (const QVariant &cell : RegisterTable::row(entry))
            cells << RegisterTable::text(cell);
        cells << QStringLiteral("dari register lama") << QStringLiteral("lantai 1");
        rows << cells;
    }
    rows << QStringList{QString(), QStringLiteral("JUMLAH"), QString::number(rows.size())};
    rows.prepend(header);
    rows.prepend(QStringList());
    const QString path = QDir(folder).filePath(QStringLiteral("register-dinas.csv"));
    const QByteArray bytes =
        CsvWriter::write({QStringLiteral("REGISTER ASET SERVER DINAS KOMINFO 2025")}, rows);
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
        dialog->ignoreColumn(int(RegisterTable::header().size()) + 1); // "Posisi Rack Lama"
        ok &= shooter.save(*dialog, QStringLiteral("09-import-2b-mapping-resolved"));
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
    UnattendedDialogs dialogs; // a screenshot never waits for an answer
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
        ok &= shootDataCentre(window, shooter);
        ok &= shootBackup(window, context, shooter);
        ok &= shootRegister(window, database, shooter);
        written += shooter.written();
    }
    // The first-run guide, as a new empty database opens it (a temporary one: nothing is kept).
    const QTemporaryDir empty;
    const auto fresh =
        Database::open(DatabaseLocation::sqlite(empty.filePath(QStringLiteral("kolokasi.sqlite"))),
                       Database::OpenMode::CreateIfMissing);
    if (!fresh.ok()) {
        ConsoleOutput::error(fresh.error().message);
        return ExitFailure;
    }
    Shooter guideShooter(folder, QSize(1366, 768));
    ok &= shootSetupGuide(*fresh.value(), dialogs, guideShooter);
    ok &= shootFirstDay(*fresh.value(), dialogs, guideShooter);
    written += guideShooter.written();
    ConsoleOutput::print(CommandLine::tr("%1 screenshots written to %2.").arg(written).arg(folder));
    return ok ? ExitOk : ExitFailure;
}

} // namespace kolokasi
