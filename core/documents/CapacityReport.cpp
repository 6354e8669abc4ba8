#include "CapacityReport.h"

#include "DocumentParts.h"
#include "PrintedDocument.h"

namespace kolokasi {

namespace {
// What each line of the SOP's check (server, listrik, UPS, genset, bandwidth, tempat, IP
// publik) measured, in words a head of division reads without the program: what the
// request needs and what was still free when it was checked.
struct ResourceText
{
    QString key;
    QString name;
    QString needed; // %1: the figure
    QString free;   // %1: the figure
};

ResourceText resourceText(const QString &key)
{
    static const QList<ResourceText> all{
        {QStringLiteral("server"), QStringLiteral("Server"), QStringLiteral("%1\u00a0server"),
         QStringLiteral("dapat ditempatkan: %1\u00a0server")},
        {QStringLiteral("power"), QStringLiteral("Listrik (daya rak)"), QStringLiteral("%1\u00a0W"),
         QStringLiteral("sisa %1\u00a0W")},
        {QStringLiteral("ups"), QStringLiteral("UPS"), QStringLiteral("%1\u00a0W"),
         QStringLiteral("sisa %1\u00a0W")},
        {QStringLiteral("genset"), QStringLiteral("Genset"), QStringLiteral("%1\u00a0W"),
         QStringLiteral("sisa %1\u00a0W")},
        {QStringLiteral("bandwidth"), QStringLiteral("Bandwidth"), QStringLiteral("%1\u00a0Mbps"),
         QStringLiteral("sisa %1\u00a0Mbps")},
        {QStringLiteral("space"), QStringLiteral("Tempat (ruang rak)"), QStringLiteral("%1\u00a0U"),
         QStringLiteral("%1\u00a0U kosong")},
        {QStringLiteral("public_ip"), QStringLiteral("IP Publik"), QStringLiteral("%1\u00a0alamat"),
         QStringLiteral("%1\u00a0alamat bebas")},
    };
    for (const ResourceText &text : all) {
        if (text.key == key)
            return text;
    }
    return {key, key, QStringLiteral("%1"), QStringLiteral("%1")};
}

// Where the servers go, once placed: the rack lines the space and power figures refer to.
QString placementNote(const PrintDossier &dossier)
{
    QStringList racks;
    for (const DossierPlacement &p : dossier.placements) {
        if (!p.rack.isEmpty())
            racks.append(QStringLiteral("%1: %2").arg(p.serverName, DocumentParts::location(p)));
    }
    return racks.join(QStringLiteral("; "));
}

QList<QStringList> itemRows(const PrintDossier &dossier)
{
    QList<QStringList> rows;
    int number = 0;
    const QString placed = placementNote(dossier);
    for (const CapacityCheckItem &item : dossier.capacityCheck->items) {
        const ResourceText text = resourceText(item.resource);
        QString note = item.note;
        if (note.isEmpty() && item.resource == QLatin1String("space") && !placed.isEmpty())
            note = QStringLiteral("Penempatan: %1").arg(placed);
        rows.append({QString::number(++number), text.name,
                     text.needed.arg(DocumentParts::number(item.needed)),
                     text.free.arg(DocumentParts::number(item.free)),
                     item.available ? QStringLiteral("Tersedia") : QStringLiteral("Tidak tersedia"),
                     note.isEmpty() ? QStringLiteral("-") : note});
    }
    return rows;
}

QList<FieldRow> requestRows(const PrintDossier &dossier)
{
    const Request &r = dossier.request;
    return {
        {QStringLiteral("Unit Pemohon"), {TextRun::words(dossier.unit.name)}},
        {QStringLiteral("Surat Permohonan"),
         {TextRun::valueOrDash(r.letterNumber.isEmpty()
                                   ? QString()
                                   : QStringLiteral("%1 tanggal %2")
                                         .arg(r.letterNumber, DocumentParts::date(r.letterDate)))}},
        {QStringLiteral("Perihal"), {TextRun::valueOrDash(r.subject)}},
        {QStringLiteral("Jenis Layanan"),
         {TextRun::words(DocumentParts::serviceName(r.serviceType))}},
        {QStringLiteral("Tanggal Pengecekan"),
         {TextRun::words(
             DocumentParts::date(DocumentParts::dayOf(dossier.capacityCheck->checkedAt)))}}};
}
} // namespace

void CapacityReport::write(DocumentWriter &writer, const PrintedDocument &doc)
{
    const PrintDossier &dossier = *doc.dossier;
    const CapacityCheck &check = *dossier.capacityCheck;
    writer.title(QStringLiteral("LAPORAN PENGECEKAN KETERSEDIAAN KAPASITAS INFRASTRUKTUR"),
                 doc.number);
    writer.fields(requestRows(dossier));
    writer.space(3);
    const TextRuns question{TextRun::words(QStringLiteral("Kapasitas masih tersedia :"))};
    const TextRuns yes{TextRun::box(check.available),
                       TextRun::words(QStringLiteral("a) YA, lanjutkan ke aktivitas no. 4"))};
    const TextRuns no{TextRun::box(!check.available),
                      TextRun::words(QStringLiteral("b) TIDAK, proses selesai"))};
    const QString note =
        check.note.isEmpty() ? QString() : QStringLiteral("Catatan: %1").arg(check.note);
    const auto signatures =
        DocumentParts::officerWithHeadAcknowledging(doc, QStringLiteral("Pemeriksa,"));
    // The last line of the table, the conclusion and the signatures stay on one page.
    const double conclusion =
        writer.spaceHeight(3) + writer.paragraphHeight(question) + writer.paragraphHeight(yes, 6) +
        writer.paragraphHeight(no, 6) +
        (note.isEmpty() ? 0 : writer.spaceHeight(2) + writer.paragraphHeight(note)) +
        writer.signaturesHeight(signatures);
    writer.table({{QStringLiteral("No"), 0.5, true, {}},
                  {QStringLiteral("Yang Diperiksa"), 1.6, false, {}},
                  {QStringLiteral("Dibutuhkan"), 1.2, true, {}},
                  {QStringLiteral("Tersedia"), 1.5, true, {}},
                  {QStringLiteral("Hasil"), 1.1, true, {}},
                  {QStringLiteral("Keterangan"), 2, false, {}}},
                 itemRows(dossier), 9, conclusion);
    writer.space(3);
    writer.paragraph(question);
    writer.paragraph(yes, 6);
    writer.paragraph(no, 6);
    if (!note.isEmpty()) {
        writer.space(2);
        writer.paragraph(note);
    }
    writer.signatures(signatures);
}

} // namespace kolokasi
