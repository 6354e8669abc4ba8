#include "PrintCommand.h"

#include "CommandLine.h"
#include "ConsoleOutput.h"
#include "common/AtomicFileWriter.h"
#include "documents/DocumentRenderer.h"
#include "documents/DocumentService.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QFile>
#include <QPrinter>
#include <QPrinterInfo>
#include <QTextStream>

#include <cstdio>

namespace kolokasi {

namespace {
struct PrintArguments
{
    DocumentOrder order;
    bool blank = false;
    bool passwordFromStdin = false;
    bool paperGiven = false;
    QString output;
};

// Where the document goes: a PDF file (written whole or not at all), or the default printer.
struct Destination
{
    QString file;
    std::unique_ptr<QPrinter> printer;
};

const QString kRequest = QStringLiteral("request");
const QString kPaper = QStringLiteral("paper");
const QString kOutput = QStringLiteral("output");
const QString kBlank = QStringLiteral("blank");
const QString kPassword = QStringLiteral("admin-password-stdin");
const QString kNoc = QStringLiteral("noc");
const QString kRack = QStringLiteral("rack");
const QString kUnit = QStringLiteral("unit");
const QString kStatus = QStringLiteral("status");
const QString kReview = QStringLiteral("review");

void addOptions(QCommandLineParser &parser)
{
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("document"),
                                 PrintCommand::tr("the document to print"));
    parser.addOptions(
        {{kRequest, PrintCommand::tr("the request's number"), QStringLiteral("id")},
         {kPaper, PrintCommand::tr("paper size: A4 or F4 (default: the database's setting)"),
          QStringLiteral("size")},
         {kOutput, PrintCommand::tr("write a PDF file instead of printing"),
          QStringLiteral("file")},
         {kBlank, PrintCommand::tr("the empty form, to fill in by hand")},
         {kPassword, PrintCommand::tr("read the host admin password from standard input")},
         {kNoc, PrintCommand::tr("rak, register: the NOC"), QStringLiteral("name")},
         {kRack, PrintCommand::tr("rak: the rack"), QStringLiteral("name")},
         {kUnit, PrintCommand::tr("register: the unit"), QStringLiteral("name")},
         {kStatus, PrintCommand::tr("register: active or withdrawn"), QStringLiteral("status")},
         {kReview, PrintCommand::tr("peninjauan: the review's number"), QStringLiteral("id")}});
}

Result<PrintArguments> readArguments(const QCommandLineParser &parser)
{
    const auto usageError = [](const QString &message) {
        return Error{QStringLiteral("usage"), message, {}};
    };
    PrintArguments args;
    if (parser.positionalArguments().size() != 1)
        return usageError(PrintCommand::tr("Name one document to print.") + QLatin1Char('\n') +
                          PrintCommand::usage());
    const QString name = parser.positionalArguments().first();
    const auto kind = documentKindFromName(name);
    if (!kind)
        return usageError(PrintCommand::tr("Unknown document: %1.").arg(name) + QLatin1Char('\n') +
                          PrintCommand::usage());
    args.order.kind = *kind;
    const auto paper =
        paperFromName(parser.isSet(kPaper) ? parser.value(kPaper) : QStringLiteral("F4"));
    if (!paper)
        return usageError(
            PrintCommand::tr("Unknown paper size %1: use A4 or F4.").arg(parser.value(kPaper)));
    args.order.paper = *paper;
    args.paperGiven = parser.isSet(kPaper);
    args.blank = parser.isSet(kBlank);
    if (args.blank && !isForm(*kind))
        return usageError(
            PrintCommand::tr("Only the four forms have a blank version; %1 has none.").arg(name));
    if (!args.blank && belongsToRequest(*kind)) {
        bool number = false;
        args.order.requestId = parser.value(kRequest).toLongLong(&number);
        if (!number || args.order.requestId <= 0)
            return usageError(PrintCommand::tr("Give the request's number with --request."));
    }
    if (*kind == DocumentKind::ReviewReport) {
        bool number = false;
        args.order.reviewId = parser.value(kReview).toLongLong(&number);
        if (!number || args.order.reviewId <= 0)
            return usageError(PrintCommand::tr("Give the review's number with --review."));
    }
    const QString status = parser.value(kStatus);
    if (!status.isEmpty() && status != QLatin1String("active") &&
        status != QLatin1String("withdrawn"))
        return usageError(
            PrintCommand::tr("Unknown status %1: use active or withdrawn.").arg(status));
    args.order.registerFilter = {parser.value(kNoc), parser.value(kUnit), status};
    args.order.noc = parser.value(kNoc);
    args.order.rack = parser.value(kRack);
    args.passwordFromStdin = parser.isSet(kPassword);
    args.output = parser.value(kOutput);
    return args;
}

// Checked before anything is numbered, so an unwritable file or a missing printer wastes no
// number. The file itself is only written once the document is ready.
Status openDestination(const QString &output, Destination &destination)
{
    if (!output.isEmpty()) {
        destination.file = output;
        return AtomicFileWriter::checkWritable(output, kOutput);
    }
    const QPrinterInfo printer = QPrinterInfo::defaultPrinter();
    if (printer.isNull())
        return Error{
            QStringLiteral("no_printer"),
            PrintCommand::tr("There is no default printer. Give --output to write a PDF file."),
            kOutput};
    destination.printer = std::make_unique<QPrinter>(printer, QPrinter::HighResolution);
    return {};
}

Status deliver(const PrintedDocument &doc, const Destination &destination)
{
    if (destination.printer)
        return DocumentRenderer::print(doc, *destination.printer);
    return DocumentRenderer::writePdf(doc, destination.file);
}

// Prepares the document and delivers it. A filled document is issued and delivered in one
// transaction: its number is only taken if the file is written or the job spooled. The
// database stays open while the document is drawn (a register reads its lines as it goes).
Result<PrintedDocument> prepareAndDeliver(const CommandLine &line, const PrintArguments &args,
                                          const Destination &destination)
{
    const auto delivered = [&destination](Result<PrintedDocument> doc) -> Result<PrintedDocument> {
        if (!doc.ok())
            return doc;
        if (Status done = deliver(*doc, destination); !done.ok())
            return done.error();
        return doc;
    };
    const auto location = line.databaseLocation();
    if (!location.ok())
        return location.error();
    // A blank form needs no database: without one (none given, none made yet) it has no
    // letterhead, and printing it creates no database.
    const bool noDatabaseYet =
        location->engine == DatabaseLocation::Engine::SQLite && !QFile::exists(location->filePath);
    if (args.blank && !line.databaseGiven && noDatabaseYet)
        return delivered(
            DocumentService::blankForm(args.order.kind, args.order.paper, AgencyProfile{}));
    // Printing never creates a database. It is not read-only: a document's first print
    // issues its number (a read-only database still prints reprints, lists and racks).
    auto db = Database::open(*location, Database::OpenMode::ExistingOnly);
    if (!db.ok() && args.blank && !line.databaseGiven)
        return delivered(
            DocumentService::blankForm(args.order.kind, args.order.paper, AgencyProfile{}));
    if (!db.ok())
        return db.error();
    DocumentService service(*db.value());
    DocumentOrder order = args.order;
    if (!args.paperGiven) {
        auto paper = service.defaultPaper();
        if (!paper.ok())
            return paper.error();
        order.paper = *paper;
    }
    if (args.blank)
        return delivered(service.blankForm(order.kind, order.paper));
    if (args.passwordFromStdin)
        order.hostAdminPassword = QTextStream(stdin).readLine().trimmed();
    return service.issueAndDeliver(
        order, [&destination](const PrintedDocument &doc) { return deliver(doc, destination); });
}
} // namespace

CommandInfo PrintCommand::info()
{
    return {QStringLiteral("print"),
            [] { return tr("print a form, letter, report, the register, a rack or a review"); },
            &PrintCommand::run};
}

QString PrintCommand::usage()
{
    return tr(
        "Usage:\n"
        "  kolokasi [--database F] print <document> --request <id> [--paper A4|F4] [--output "
        "file.pdf]\n"
        "           [--admin-password-stdin]\n"
        "  kolokasi [--database F] print <form> --blank [--paper A4|F4] [--output file.pdf]\n"
        "  kolokasi [--database F] print rak (--noc <name> | --rack <name>) [--output file.pdf]\n"
        "  kolokasi [--database F] print register [--noc N] [--unit U] [--status "
        "active|withdrawn]\n"
        "  kolokasi [--database F] print peninjauan --review <id> [--paper A4|F4] [--output "
        "file.pdf]\n"
        "Documents: pengajuan, persetujuan, serah-terima, pencabutan (forms, also --blank), "
        "kapasitas,\n"
        "  pemberitahuan, laporan-selesai, register, rak, peninjauan. Without --output: the "
        "default printer.");
}

int PrintCommand::run(const CommandLine &line)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(line.commandArguments)) {
        ConsoleOutput::error(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        ConsoleOutput::print(usage());
        return ExitOk;
    }
    const auto args = readArguments(parser);
    if (!args.ok()) {
        ConsoleOutput::error(args.error().message);
        return ExitUsage;
    }
    Destination destination;
    Status opened = openDestination(args->output, destination);
    auto doc = opened.ok() ? prepareAndDeliver(line, *args, destination)
                           : Result<PrintedDocument>(opened.error());
    if (!doc.ok()) {
        ConsoleOutput::error(doc.error().message);
        return ExitFailure;
    }
    const QString where = args->output.isEmpty() ? tr("the default printer") : args->output;
    ConsoleOutput::print(
        doc->number.isEmpty()
            ? tr("Printed %1 to %2.").arg(nameOf(doc->kind), where)
            : tr("Printed %1 number %2 to %3.").arg(nameOf(doc->kind), doc->number, where));
    return ExitOk;
}

} // namespace kolokasi
