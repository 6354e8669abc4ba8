// kolokasi_bench: the in-process half of scripts/bench. Times the register's screens, opening a
// request and the window's start-up on a database, and writes the register's SQL with its values
// inlined, so scripts/bench can time the very same statement in the sqlite3 shell.
// Prints one "name<TAB>median wall ms<TAB>median CPU ms<TAB>runs" line per figure: on a shared
// machine the CPU time is what an idle machine's wall time would be. Built by the test command so
// it always compiles; never run as a unit test (timings on a shared machine are not pass/fail).
//
//   kolokasi_bench register DATABASE SQL_FOLDER [RUNS]
//   kolokasi_bench request DATABASE REQUEST_ID [RUNS]
//   kolokasi_bench startup FOLDER [RUNS]    (an empty database of its own, made in FOLDER)
//   kolokasi_bench pages DATABASE [RUNS]    (the window's first paint with each page shown)
//   kolokasi_bench preview DATABASE [RUNS]  (the register's print preview: page 1, all pages)
//   kolokasi_bench racks DATABASE NOC [RUNS]
//   kolokasi_bench window DATABASE [RUNS]   (the window opened on Aset Register: peak memory)
#include "AssetRegisterModel.h"
#include "MainWindow.h"
#include "RequestListModel.h"
#include "ScriptedDialogs.h"
#include "UiContext.h"
#include "pages/AssetRegisterPage.h"
#include "pages/rack/RackElevationView.h"
#include "register/AssetRegister.h"
#include "store/Database.h"
#include "store/PrintDataRepository.h"
#include "store/Query.h"
#include "store/RackViewRepository.h"
#include "workflow/RequestDossierReader.h"
#include "workflow/RequestWorkflow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>

#include <sys/resource.h>

using namespace kolokasi;

namespace {

// Searches the benchmark uses: the generator makes one asset in a hundred a Fujitsu Primergy.
const QString kOnePercent = QStringLiteral("primergy");
const QString kNothing = QStringLiteral("zqxjvw");
constexpr int kScreenful = 50;

struct Timing
{
    double wallMs = 0;
    double cpuMs = 0;
};

double cpuNowMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

Timing medianMs(int runs, const std::function<void()> &work)
{
    QList<double> wall;
    QList<double> cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        const double cpuStart = cpuNowMs();
        timer.start();
        work();
        wall << double(timer.nsecsElapsed()) / 1e6;
        cpu << cpuNowMs() - cpuStart;
    }
    return {median(wall), median(cpu)};
}

void report(const QString &name, Timing timing, int runs)
{
    std::printf("%s\t%.2f\t%.2f\t%d\n", qPrintable(name), timing.wallMs, timing.cpuMs, runs);
    std::fflush(stdout);
}

void report(const QString &name, double count)
{
    std::printf("%s\t%.0f\t%.0f\t1\n", qPrintable(name), count, count);
    std::fflush(stdout);
}

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "kolokasi_bench: %s\n", qPrintable(what));
    std::exit(1);
}

template <typename T> T must(Result<T> result, const QString &what)
{
    if (!result.ok())
        fail(what + QStringLiteral(": ") + result.error().message);
    return std::move(result).value();
}

// Only `startup` creates a database (in a folder of its own); every other mode opens one that
// exists, so a typo never leaves a new file behind.
std::unique_ptr<Database> openDatabase(const QString &text,
                                       Database::OpenMode mode = Database::OpenMode::ExistingOnly)
{
    const auto location = DatabaseLocation::parse(text);
    if (!location.ok())
        fail(location.error().message);
    return must(Database::open(*location, mode), QStringLiteral("open ") + text);
}

// The statement as the sqlite3 shell can run it: every placeholder replaced by its value.
QString inlined(QString sql, QList<QPair<QString, QVariant>> values)
{
    // Longest names first: ":word1" must not eat the start of ":word10".
    std::sort(values.begin(), values.end(),
              [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    for (const auto &[name, value] : values) {
        const bool number =
            value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong;
        QString literal = value.toString();
        if (!number)
            literal = QLatin1Char('\'') + literal.replace(QLatin1Char('\''), QLatin1String("''")) +
                      QLatin1Char('\'');
        sql.replace(name, literal);
    }
    return sql;
}

// Runs `work` once and writes the last SELECT it ran, inlined, to `file`.
void writeStatement(const QString &file, const std::function<void()> &work)
{
    QString last;
    Query::setObserver([&last](const QString &sql, const QList<QPair<QString, QVariant>> &values) {
        if (sql.startsWith(QLatin1String("SELECT")))
            last = inlined(sql, values);
    });
    work();
    Query::setObserver({});
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        fail(QStringLiteral("cannot write ") + file);
    out.write(last.toUtf8() + ";\n");
}

void benchRegister(Database &db, const QString &sqlFolder, int runs)
{
    AssetRegister assets(db);
    const RegisterPage firstScreen{RegisterColumn::RegisterNumber, false, 0, kScreenful};
    for (const auto &[name, text] : {std::pair{QStringLiteral("search_1pct"), kOnePercent},
                                     std::pair{QStringLiteral("search_none"), kNothing}}) {
        AssetFilter filter;
        filter.search = text;
        const auto page = [&] { must(assets.page(filter, firstScreen), name); };
        const auto count = [&] { must(assets.count(filter), name); };
        page(); // warm the page cache, as a screen that is open would have it
        report(name + QStringLiteral("_page"), medianMs(runs, page), runs);
        report(name + QStringLiteral("_count"), medianMs(runs, count), runs);
        report(name + QStringLiteral("_page_and_count"),
               medianMs(runs,
                        [&] {
                            page();
                            count();
                        }),
               runs);
        report(name + QStringLiteral("_lines"), must(assets.count(filter), name));
        writeStatement(QDir(sqlFolder).filePath(name + QStringLiteral("_page.sql")), page);
        writeStatement(QDir(sqlFolder).filePath(name + QStringLiteral("_count.sql")), count);
    }
    report(QStringLiteral("first_page_unfiltered"),
           medianMs(runs, [&] { must(assets.page({}, firstScreen), QStringLiteral("page")); }),
           runs);
    const RegisterPage byUnit{RegisterColumn::Unit, false, 0, kScreenful};
    report(QStringLiteral("first_page_sorted_by_unit"),
           medianMs(runs, [&] { must(assets.page({}, byUnit), QStringLiteral("sorted page")); }),
           runs);
    const QDate today = db.clock().today();
    report(QStringLiteral("first_page_review_overdue"),
           medianMs(runs,
                    [&] {
                        must(assets.page(AssetRegister::onlyReviewOverdue({}, today), firstScreen),
                             QStringLiteral("overdue"));
                    }),
           runs);
    report(QStringLiteral("count_all"),
           medianMs(runs, [&] { must(assets.count(), QStringLiteral("count")); }), runs);
    // The whole register in one list (what `print register` reads): few runs, it is the long one.
    const int wholeRuns = qMin(runs, 3);
    report(QStringLiteral("entries_all"),
           medianMs(wholeRuns, [&] { must(assets.entries(), QStringLiteral("entries")); }),
           wholeRuns);
}

void benchRequest(Database &db, qint64 id, int runs)
{
    RequestDossierReader reader(db);
    const auto dossier = must(reader.read(id), QStringLiteral("request"));
    report(QStringLiteral("request_history_events"), double(dossier.history.size()));
    report(QStringLiteral("request_open"),
           medianMs(runs, [&] { must(reader.read(id), QStringLiteral("request")); }), runs);
}

// The request list as its page opens it: the lazy model reads its first page and the count
// (issue 8: 20,000 requests open and filter without a visible pause).
void benchRequestList(Database &db, int runs)
{
    RequestListModel model(db);
    const auto open = [&](const QString &search) {
        RequestListQuery query;
        query.search = search;
        model.setQuery(query);
        if (!model.lastError().isEmpty())
            fail(model.lastError());
    };
    for (const auto &[name, text] :
         {std::pair{QStringLiteral("requests_first_page"), QString()},
          std::pair{QStringLiteral("requests_search_year"), QStringLiteral("/2025")},
          std::pair{QStringLiteral("requests_search_none"), kNothing}}) {
        open(text); // warm, as an open page would be
        report(name, medianMs(runs, [&] { open(text); }), runs);
        report(name + QStringLiteral("_rows"), model.totalCount());
    }
}

// The window built with the page named `pageName` as the one it shows (the page the admin left
// it on, from the settings), shown and painted once: its first screenful.
void firstPaint(UiContext &context, const QString &pageName)
{
    QSettings().setValue(QStringLiteral("window/page"), pageName);
    MainWindow window(context);
    window.resize(1366, 768);
    window.show();
    QApplication::processEvents();
    window.grab();
}

const QStringList kNavigationPages{
    QStringLiteral("dashboardPage"), QStringLiteral("requestListPage"),
    QStringLiteral("rackPage"),      QStringLiteral("assetRegisterPage"),
    QStringLiteral("reviewPage"),    QStringLiteral("dataCentrePage"),
    QStringLiteral("unitsPage"),     QStringLiteral("settingsPage")};

// The first paint of the window on each navigation page: "window_<page>" lines.
void benchPages(Database &db, int runs)
{
    const QTemporaryDir settings; // no remembered columns or NOC: the default view
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    RequestWorkflow workflow(db);
    ScriptedDialogs dialogs;
    UiContext context{db, workflow, dialogs, db.clock()};
    for (const QString &page : kNavigationPages) {
        firstPaint(context, page); // warm, as a second start of the program would be
        report(QStringLiteral("window_") + page, medianMs(runs, [&] { firstPaint(context, page); }),
               runs);
    }
}

// `folder` is where the bench makes its own empty database, in a fresh folder of its own that it
// removes afterwards: it never deletes or rewrites a file it did not create. A path that exists
// and is not a folder is refused (it may be someone's database).
void benchStartup(const QString &folder, int runs)
{
    const QFileInfo given(folder);
    if (given.exists() && !given.isDir())
        fail(QStringLiteral("%1 exists and is not a folder: startup takes a folder to make its "
                            "own empty database in, and leaves every other file alone")
                 .arg(folder));
    if (!given.exists() && !QDir().mkpath(folder))
        fail(QStringLiteral("cannot create the folder ") + folder);
    QTemporaryDir own(QDir(folder).filePath(QStringLiteral("kolokasi-bench-XXXXXX")));
    if (!own.isValid())
        fail(QStringLiteral("cannot create a folder in ") + folder);
    const QString database = own.filePath(QStringLiteral("empty.sqlite"));
    openDatabase(database,
                 Database::OpenMode::CreateIfMissing); // created once, as on a first start
    // What the program does after QApplication exists: open the (empty) database, build the
    // window, show it and paint it once.
    const Timing timing = medianMs(runs, [&] {
        auto db = openDatabase(database);
        RequestWorkflow workflow(*db);
        ScriptedDialogs dialogs;
        UiContext context{*db, workflow, dialogs, db->clock()};
        MainWindow window(context);
        window.show();
        QApplication::processEvents();
        window.grab();
    });
    report(QStringLiteral("startup_window"), timing, runs);
    auto db = openDatabase(database);
    benchPages(*db, runs);
}

// The Rak page's view of a NOC: its data in one query, then the first full paint of the view at
// the size it has in a 1920 x 1080 window (fitted to it, as it opens).
void benchRackView(Database &db, const QString &noc, int runs)
{
    PrintDataRepository data(db);
    const auto load = [&] { return must(data.rackElevations(noc, {}), QStringLiteral("racks")); };
    const QList<RackElevation> racks = load();
    int placements = 0;
    qint64 usedU = 0;
    qint64 heightU = 0;
    for (const RackElevation &rack : racks) {
        placements += int(rack.occupants.size());
        usedU += rack.usedU();
        heightU += rack.heightU;
    }
    report(QStringLiteral("rack_view_racks"), double(racks.size()));
    report(QStringLiteral("rack_view_placements"), double(placements));
    report(QStringLiteral("rack_view_used_pct"),
           heightU > 0 ? 100.0 * double(usedU) / double(heightU) : 0);
    const QDate today = db.clock().today();
    RackElevationView view;
    view.resize(1740, 900);
    view.show();
    QApplication::processEvents();
    report(QStringLiteral("rack_view_load"), medianMs(runs, load), runs);
    report(QStringLiteral("rack_view_paint"),
           medianMs(runs,
                    [&] {
                        view.setRacks(racks, today);
                        view.grab();
                    }),
           runs);
    report(QStringLiteral("rack_view_open"),
           medianMs(runs,
                    [&] {
                        view.setRacks(load(), today);
                        view.grab();
                    }),
           runs);
    // As the Rak page opens it: the racks with their totals (one aggregate query), then the
    // occupants of the racks in view and a margin, read as the view paints them.
    RackViewRepository lazy(db);
    view.setOccupantReader([&](const QList<qint64> &ids) {
        return must(lazy.occupants(ids), QStringLiteral("occupants"));
    });
    report(QStringLiteral("rack_view_page_open"),
           medianMs(runs,
                    [&] {
                        view.setRacks(must(lazy.racks(noc), QStringLiteral("racks")), today);
                        view.grab();
                    }),
           runs);
}

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

// Shows Aset Register in `window` and paints it: the first screenful the admin sees.
AssetRegisterPage *showRegister(MainWindow &window)
{
    auto *page = window.findChild<AssetRegisterPage *>();
    window.showNavigationPage(int(window.pages().indexOf(page)));
    QApplication::processEvents();
    window.grab();
    return page;
}

// The window opened on Aset Register, as the admin sees it (1366 x 768, default columns): the
// time to its first screenful (window built, register page shown and painted), a 1 % search
// typed into it, scrolling down ten pages of rows; then the process's peak memory (issue 12:
// under 150 MB at 100,000 assets) against the same process before the window existed.
void benchWindow(Database &db, int runs)
{
    const QTemporaryDir settings; // no remembered columns: the default view
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    const double before = peakMegabytes();
    RequestWorkflow workflow(db);
    ScriptedDialogs dialogs;
    UiContext context{db, workflow, dialogs, db.clock()};
    const Timing open = medianMs(runs, [&] {
        MainWindow window(context);
        window.resize(1366, 768);
        window.show();
        showRegister(window);
    });
    report(QStringLiteral("register_window_first_screen"), open, runs);
    // The page alone (its share of the above; the rest is the other pages, built with the window).
    const Timing pageOnly = medianMs(runs, [&] {
        AssetRegisterPage alone(context);
        alone.resize(1180, 700);
        alone.show();
        QApplication::processEvents();
        alone.grab();
    });
    report(QStringLiteral("register_page_first_screen"), pageOnly, runs);

    MainWindow window(context);
    window.resize(1366, 768);
    window.show();
    AssetRegisterPage *page = showRegister(window);
    auto *search = page->findChild<QLineEdit *>(QStringLiteral("registerSearch"));
    auto *table = page->findChild<QTableView *>(QStringLiteral("assetTable"));
    auto *model = qobject_cast<AssetRegisterModel *>(table->model());
    bool typed = false;
    const Timing searched = medianMs(runs, [&] {
        search->setText(typed ? kOnePercent + QLatin1Char(' ') : kOnePercent);
        typed = !typed;
        emit search->returnPressed(); // the pause skipped: the search itself is timed
        QApplication::processEvents();
        window.grab();
    });
    report(QStringLiteral("register_window_search_1pct"), searched, runs);
    report(QStringLiteral("register_window_search_1pct_rows"), model->totalCount());

    search->clear();
    emit search->returnPressed();
    report(QStringLiteral("register_window_peak_before_scroll_mb"), peakMegabytes());
    const Timing scrolled = medianMs(1, [&] {
        for (int screen = 0; screen < 10; ++screen) {
            table->scrollToBottom();
            QApplication::processEvents();
        }
        window.grab();
    });
    report(QStringLiteral("register_window_scroll_10_pages"), scrolled, 1);
    report(QStringLiteral("register_window_rows_loaded"), model->rowCount());
    report(QStringLiteral("register_window_assets"), model->totalCount());
    report(QStringLiteral("register_window_peak_mb"), peakMegabytes());
    report(QStringLiteral("register_window_baseline_mb"), before);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() < 3)
        fail(QStringLiteral(
            "usage: kolokasi_bench register|request|requests|racks|startup|pages|window|preview "
            "DATABASE ..."));
    const QString mode = args.at(1);
    if (mode == QLatin1String("startup")) {
        benchStartup(args.at(2), args.value(3, QStringLiteral("7")).toInt());
        return 0;
    }
    auto db = openDatabase(args.at(2));
    if (mode == QLatin1String("register") && args.size() >= 4)
        benchRegister(*db, args.at(3), args.value(4, QStringLiteral("7")).toInt());
    else if (mode == QLatin1String("racks") && args.size() >= 4)
        benchRackView(*db, args.at(3), args.value(4, QStringLiteral("7")).toInt());
    else if (mode == QLatin1String("pages"))
        benchPages(*db, args.value(3, QStringLiteral("5")).toInt());
    else if (mode == QLatin1String("window"))
        benchWindow(*db, args.value(3, QStringLiteral("5")).toInt());
    else if (mode == QLatin1String("requests"))
        benchRequestList(*db, args.value(3, QStringLiteral("7")).toInt());
    else if (mode == QLatin1String("request") && args.size() >= 4)
        benchRequest(*db, args.at(3).toLongLong(), args.value(4, QStringLiteral("7")).toInt());
    else
        fail(QStringLiteral("unknown mode or missing arguments: ") + args.join(QLatin1Char(' ')));
    return 0;
}
