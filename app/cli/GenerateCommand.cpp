#include "GenerateCommand.h"

#include "CommandLine.h"
#include "ConsoleOutput.h"
#include "DemoData.h"
#include "store/bulk/BulkGenerator.h"
#include "store/Database.h"
#include "store/DatabaseContents.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

namespace kolokasi {

namespace {
const QString kAssets = QStringLiteral("assets");
const QString kRequests = QStringLiteral("requests");

QString usage()
{
    return GenerateCommand::tr(
        "Usage: kolokasi --database LOCATION generate --assets N --requests M");
}

// A whole number of at least 1 from an option, or 0 when it is not one.
int positiveNumber(const QCommandLineParser &parser, const QString &option, int fallback)
{
    if (!parser.isSet(option))
        return fallback;
    bool number = false;
    const int value = parser.value(option).toInt(&number);
    return number && value > 0 ? value : 0;
}
} // namespace

CommandInfo GenerateCommand::info()
{
    return {QStringLiteral("generate"),
            [] {
                return GenerateCommand::tr(
                    "fill a new, empty database with generated data at scale (benchmarks)");
            },
            &GenerateCommand::run};
}

int GenerateCommand::run(const CommandLine &line)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{kAssets, tr("how many assets (default 1000)"), QStringLiteral("N")},
                       {kRequests, tr("how many requests (default: a fifth of the assets)"),
                        QStringLiteral("M")}});
    if (!parser.parse(line.commandArguments)) {
        ConsoleOutput::error(parser.errorText() + QLatin1Char('\n') + usage());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        ConsoleOutput::print(usage());
        return ExitOk;
    }
    GenerationSize size;
    size.assets = positiveNumber(parser, kAssets, 1000);
    size.requests = positiveNumber(parser, kRequests, qMax(1, size.assets / 5));
    if (size.assets == 0 || size.requests == 0) {
        ConsoleOutput::error(tr("--assets and --requests take a whole number of at least 1.") +
                             QLatin1Char('\n') + usage());
        return ExitUsage;
    }
    const auto location = line.databaseLocation();
    if (!location.ok()) {
        ConsoleOutput::error(location.error().message);
        return ExitUsage;
    }
    const auto db = Database::open(*location, Database::OpenMode::CreateIfMissing);
    if (!db.ok()) {
        ConsoleOutput::error(db.error().message);
        return ExitFailure;
    }
    const auto holdsData = DatabaseContents(*db.value()).holdsData();
    if (!holdsData.ok() || *holdsData) {
        ConsoleOutput::error(
            holdsData.ok() ? tr("The database %1 already holds data; generate only fills a new, "
                                "empty database.")
                                 .arg(location->displayName())
                           : holdsData.error().message);
        return ExitFailure;
    }
    db.value()->setActor(QStringLiteral("generator"));
    QElapsedTimer timer;
    timer.start();
    auto summary = BulkGenerator(*db.value()).fill(size);
    // The agency's profile, signatories and numbering: generated documents print like real ones.
    if (summary.ok()) {
        if (Status agency = DemoData::writeAgency(*db.value()); !agency.ok())
            summary = agency.error();
    }
    if (!summary.ok()) {
        ConsoleOutput::error(
            tr("Generating stopped, nothing was written: %1").arg(summary.error().message));
        return ExitFailure;
    }
    ConsoleOutput::print(
        tr("Generated in %1 s into %2: %3 assets (%4 withdrawn), %5 requests, %6 NOCs, %7 racks, "
           "%8 units. Requests to try: 12 servers %9, one server %10, long history %11.")
            .arg(QString::number(timer.elapsed() / 1000.0, 'f', 1), location->displayName())
            .arg(summary->assets)
            .arg(summary->withdrawnAssets)
            .arg(summary->requests)
            .arg(summary->nocs)
            .arg(summary->racks)
            .arg(summary->units)
            .arg(summary->twelveServerRequestId)
            .arg(summary->oneServerRequestId)
            .arg(summary->longHistoryRequestId));
    return ExitOk;
}

} // namespace kolokasi
