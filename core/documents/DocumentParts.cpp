#include "DocumentParts.h"

#include "PrintedDocument.h"
#include "text/IndonesianText.h"

#include <QLocale>

namespace kolokasi {

namespace {
constexpr double kBlockIndentMm = 6;

// A stored (or unused, id -1) placement prints "-" where nothing was recorded; an empty one
// (blank form) prints dots.
TextRun valueOf(const DossierPlacement &p, const QString &value)
{
    return p.id == 0 ? TextRun::valueOrDots(value) : TextRun::valueOrDash(value);
}

// The block a filled form does not use (struck through, every value "-") as one short
// paragraph "NOC : - Letak Server : - ...": the SOP's labels stay, without a column of
// dashes pushing the signature onto a page of its own (issue 17 point 11).
TextRuns unusedRuns(const QList<FieldRow> &rows)
{
    TextRuns runs;
    for (const FieldRow &row : rows) {
        runs.append(TextRun::words(QString(row.label).replace(QLatin1Char('\n'), QLatin1Char(' ')) +
                                   QStringLiteral(" :")));
        runs.append(row.value);
    }
    return runs;
}

QList<FieldRow> dataCentreRows(const DossierPlacement &p)
{
    return {{QStringLiteral("NOC"), {valueOf(p, p.noc)}},
            {QStringLiteral("Letak Server"), {valueOf(p, DocumentParts::location(p))}},
            {QStringLiteral("Nama Domain"), {valueOf(p, p.domain)}}};
}

QList<FieldRow> colocationRows(const DossierPlacement &p, bool hostAdmin, const QString &password)
{
    QList<FieldRow> rows{{QStringLiteral("NOC"), {valueOf(p, p.noc)}},
                         {QStringLiteral("Letak Server"), {valueOf(p, DocumentParts::location(p))}},
                         {QStringLiteral("S/N Server"), {valueOf(p, p.serialNumber)}},
                         {QStringLiteral("Type & Merk"), {valueOf(p, p.typeBrand)}},
                         {QStringLiteral("Nama Domain"), {valueOf(p, p.domain)}}};
    if (!hostAdmin)
        return rows;
    // The password is typed at print time or written by hand: dots when not typed.
    const TextRun user = p.id == 0 && p.hostAdminUser.isEmpty()
                             ? TextRun::dots(40)
                             : TextRun::valueOrDash(p.hostAdminUser);
    const TextRun secret = p.id < 0             ? TextRun::words(QStringLiteral("-"))
                           : password.isEmpty() ? TextRun::dots(40)
                                                : TextRun::words(password);
    rows.append({QStringLiteral("Host Admin"),
                 {TextRun::words(QStringLiteral("User :")), user,
                  TextRun::words(QStringLiteral("   Password :")), secret}});
    rows.append(
        {QStringLiteral("IP Address"), {valueOf(p, p.ipAddresses.join(QStringLiteral(", ")))}});
    return rows;
}
} // namespace

QDate DocumentParts::dayOf(const QDateTime &instant)
{
    return instant.isValid() ? instant.toLocalTime().date() : QDate();
}

QString DocumentParts::date(const QDate &day)
{
    return day.isValid() ? IndonesianText::date(day) : QString();
}

QString DocumentParts::location(const DossierPlacement &placement)
{
    QString text;
    if (!placement.rack.isEmpty()) {
        const int last = placement.firstU + std::max(1, placement.heightU) - 1;
        text = last > placement.firstU
                   ? QStringLiteral("Rak %1, U%2–U%3")
                         .arg(placement.rack)
                         .arg(placement.firstU)
                         .arg(last)
                   : QStringLiteral("Rak %1, U%2").arg(placement.rack).arg(placement.firstU);
    }
    // The workflow may repeat the rack in the note; print it once.
    if (placement.locationNote.isEmpty() ||
        (!placement.rack.isEmpty() &&
         placement.locationNote.contains(placement.rack, Qt::CaseInsensitive)))
        return text;
    return text.isEmpty() ? placement.locationNote
                          : QStringLiteral("%1 (%2)").arg(text, placement.locationNote);
}

QString DocumentParts::serviceName(ServiceType type)
{
    return type == ServiceType::Hosting ? QStringLiteral("Hosting aplikasi")
                                        : QStringLiteral("Co-location server");
}

QString DocumentParts::number(double value)
{
    const QLocale indonesian(QLocale::Indonesian, QLocale::Indonesia);
    const bool whole = value == static_cast<double>(static_cast<qint64>(value));
    return whole ? indonesian.toString(static_cast<qint64>(value))
                 : indonesian.toString(value, 'f', 1);
}

QString DocumentParts::placeAndDate(const PrintedDocument &doc)
{
    if (doc.blank || !doc.date.isValid())
        return QStringLiteral("%1, ..............................").arg(doc.agency.place);
    return IndonesianText::placeAndDate(doc.agency.place, doc.date);
}

SignatureBlock DocumentParts::signature(const QStringList &heading, const Signatory &signatory,
                                        bool blank)
{
    if (blank)
        return {heading, {}, {}, true, {}};
    return {heading, signatory.name, signatory.nip, true, signatory.rank};
}

SignatureBlock DocumentParts::headOfDivisionSignature(const PrintedDocument &doc,
                                                      const QString &greeting)
{
    return signature({placeAndDate(doc), greeting, headOfDivisionTitle(doc)}, doc.headOfDivision,
                     doc.blank);
}

TextRuns DocumentParts::dottedLines(int count)
{
    TextRuns runs;
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            runs.append(TextRun::words(QStringLiteral("\n")));
        runs.append(TextRun::dots());
    }
    return runs;
}

QList<SignatureBlock> DocumentParts::officerWithHeadAcknowledging(const PrintedDocument &doc,
                                                                  const QString &greeting)
{
    QStringList officerHeading{placeAndDate(doc)};
    if (!greeting.isEmpty())
        officerHeading.append(greeting);
    officerHeading.append(dataCentreOfficerTitle(doc));
    return {signature({QStringLiteral("Mengetahui,"), headOfDivisionTitle(doc)}, doc.headOfDivision,
                      false),
            signature(officerHeading, doc.dataCentreOfficer, false)};
}

QString DocumentParts::dataCentreOfficerTitle(const PrintedDocument &doc)
{
    return doc.dataCentreOfficer.position.isEmpty() ? QStringLiteral("Personil Data Center")
                                                    : doc.dataCentreOfficer.signedPosition();
}

QString DocumentParts::headOfDivisionTitle(const PrintedDocument &doc)
{
    return doc.headOfDivision.position.isEmpty() ? QStringLiteral("Kepala Bidang")
                                                 : doc.headOfDivision.signedPosition();
}

void DocumentParts::placementBlock(DocumentWriter &writer, ServiceType type,
                                   const DossierPlacement &placement, bool hostAdmin,
                                   const QString &password, bool struck)
{
    const bool hosting = type == ServiceType::Hosting;
    writer.caption(hosting ? QStringLiteral("Data Center") : QStringLiteral("Co – Location"), 0,
                   struck);
    const QList<FieldRow> rows =
        hosting ? dataCentreRows(placement) : colocationRows(placement, hostAdmin, password);
    if (struck && placement.id == -1)
        writer.paragraph(unusedRuns(rows), kBlockIndentMm);
    else
        writer.fields(rows, kBlockIndentMm);
}

DossierPlacement DocumentParts::unusedPlacement()
{
    DossierPlacement none;
    none.id = -1; // recorded as not used: every value prints "-"
    return none;
}

void DocumentParts::placementBlocks(DocumentWriter &writer, ServiceType type,
                                    const QList<DossierPlacement> &placements, bool hostAdmin,
                                    const QString &password, double keepLastWith)
{
    // As on the SOP form: the Data Center block, then the Co-Location block; the one the
    // service does not use is struck through, and a struck block alone is kept once.
    const bool hosting = type == ServiceType::Hosting;
    struct Block
    {
        ServiceType type;
        DossierPlacement placement;
        bool struck;
        QString server;
    };
    QList<Block> blocks;
    const bool used = !placements.isEmpty();
    const auto add = [&](ServiceType blockType) {
        const bool active = used && (blockType == ServiceType::Hosting) == hosting;
        if (!active) {
            blocks.append({blockType, unusedPlacement(), true, {}});
            return;
        }
        for (const DossierPlacement &p : placements)
            blocks.append({blockType, p, false, placements.size() > 1 ? p.serverName : QString()});
    };
    add(ServiceType::Hosting);
    add(ServiceType::Colocation);
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const Block &block = blocks.at(i);
        // A block never splits: its "Server: ..." heading and rows move to the next page
        // whole; the last one also takes what follows it (the signature).
        writer.keepTogether(
            (block.server.isEmpty() ? 0 : writer.captionHeight()) +
            placementBlockHeight(writer, block.type, block.placement, hostAdmin, password) +
            (i + 1 == blocks.size() ? keepLastWith : 0));
        if (!block.server.isEmpty())
            writer.caption(QStringLiteral("Server: %1").arg(block.server));
        placementBlock(writer, block.type, block.placement, hostAdmin, password, block.struck);
    }
}

double DocumentParts::placementBlockHeight(DocumentWriter &writer, ServiceType type,
                                           const DossierPlacement &placement, bool hostAdmin,
                                           const QString &password)
{
    const bool hosting = type == ServiceType::Hosting;
    const QList<FieldRow> rows =
        hosting ? dataCentreRows(placement) : colocationRows(placement, hostAdmin, password);
    return writer.captionHeight() + (placement.id == -1
                                         ? writer.paragraphHeight(unusedRuns(rows), kBlockIndentMm)
                                         : writer.fieldsHeight(rows, kBlockIndentMm));
}

void DocumentParts::blankPlacementBlocks(DocumentWriter &writer, bool hostAdmin)
{
    placementBlock(writer, ServiceType::Hosting, {}, hostAdmin, {});
    placementBlock(writer, ServiceType::Colocation, {}, hostAdmin, {});
}

} // namespace kolokasi
