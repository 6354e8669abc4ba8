#include "CapacityReport.h"

#include "DocumentParts.h"
#include "PrintedDocument.h"

namespace kolokasi {

namespace {
struct ResourceText
{
    QString key;
    QString name;
    QString unit;
};

// The SOP's resources (server, listrik, UPS, genset, bandwidth, tempat) and public IPs.
ResourceText resourceText(const QString &key)
{
    static const QList<ResourceText> all{
            {QStringLiteral("server"), QStringLiteral("Server"), QStringLiteral("unit")},
            {QStringLiteral("power"), QStringLiteral("Listrik"), QStringLiteral("W")},
            {QStringLiteral("ups"), QStringLiteral("UPS"), QStringLiteral("W")},
            {QStringLiteral("genset"), QStringLiteral("Genset"), QStringLiteral("W")},
            {QStringLiteral("bandwidth"), QStringLiteral("Bandwidth"), QStringLiteral("Mbps")},
            {QStringLiteral("space"), QStringLiteral("Tempat (rak)"), QStringLiteral("U")},
            {QStringLiteral("public_ip"), QStringLiteral("IP Publik"), QStringLiteral("alamat")},
    };
    for (const ResourceText &text : all) {
        if (text.key == key)
            return text;
    }
    return {key, key, {}};
}

QList<QStringList> itemRows(const CapacityCheck &check)
{
    QList<QStringList> rows;
    int number = 0;
    for (const CapacityCheckItem &item : check.items) {
        const ResourceText text = resourceText(item.resource);
        rows.append({QString::number(++number), text.name,
                     QStringLiteral("%1 %2").arg(DocumentParts::number(item.needed), text.unit),
                     QStringLiteral("%1 %2").arg(DocumentParts::number(item.free), text.unit),
                     item.available ? QStringLiteral("Tersedia") : QStringLiteral("Tidak tersedia"), item.note});
    }
    return rows;
}

QList<FieldRow> requestRows(const PrintDossier &dossier)
{
    const Request &r = dossier.request;
    return {{QStringLiteral("Unit Pemohon"), {TextRun::words(dossier.unit.name)}},
            {QStringLiteral("Surat Permohonan"),
             {TextRun::valueOrDots(r.letterNumber.isEmpty() ? QString()
                                                            : QStringLiteral("%1 tanggal %2").arg(
                                                                      r.letterNumber, DocumentParts::date(r.letterDate)))}},
            {QStringLiteral("Perihal"), {TextRun::words(r.subject)}},
            {QStringLiteral("Jenis Layanan"), {TextRun::words(DocumentParts::serviceName(r.serviceType))}},
            {QStringLiteral("Tanggal Pengecekan"),
             {TextRun::words(DocumentParts::date(DocumentParts::dayOf(dossier.capacityCheck->checkedAt)))}},
            {QStringLiteral("Pemeriksa"), {TextRun::words(dossier.capacityCheck->checkedBy)}}};
}
} // namespace

void CapacityReport::write(DocumentWriter &writer, const PrintedDocument &doc)
{
    const PrintDossier &dossier = *doc.dossier;
    const CapacityCheck &check = *dossier.capacityCheck;
    writer.title(QStringLiteral("LAPORAN PENGECEKAN KETERSEDIAAN KAPASITAS INFRASTRUKTUR"), doc.number);
    writer.fields(requestRows(dossier));
    writer.space(3);
    writer.table({{QStringLiteral("No"), 0.5, true, {}},
                  {QStringLiteral("Sumber Daya"), 1.5, false, {}},
                  {QStringLiteral("Dibutuhkan"), 1.2, true, {}},
                  {QStringLiteral("Tersedia"), 1.2, true, {}},
                  {QStringLiteral("Hasil"), 1.2, true, {}},
                  {QStringLiteral("Keterangan"), 2, false, {}}},
                 itemRows(check));
    writer.space(3);
    const auto signatures = DocumentParts::officerWithHeadAcknowledging(doc, QStringLiteral("Pemeriksa,"));
    // The conclusion stays on the page of the signatures.
    writer.keepTogether(3 * writer.paragraphHeight({TextRun::words(QStringLiteral("Kapasitas"))})
                        + writer.signaturesHeight(signatures));
    writer.paragraph(QStringLiteral("Kapasitas masih tersedia :"));
    writer.paragraph({TextRun::box(check.available), TextRun::words(QStringLiteral("a) YA, lanjutkan ke aktivitas no. 4"))},
                     6);
    writer.paragraph({TextRun::box(!check.available), TextRun::words(QStringLiteral("b) TIDAK, proses selesai"))}, 6);
    if (!check.note.isEmpty()) {
        writer.space(2);
        writer.paragraph(QStringLiteral("Catatan: %1").arg(check.note));
    }
    writer.signatures(signatures);
}

} // namespace kolokasi
