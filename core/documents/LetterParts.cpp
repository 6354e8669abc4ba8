#include "LetterParts.h"

#include "DocumentParts.h"
#include "PageCanvas.h"
#include "PrintedDocument.h"
#include "domain/UnitHeadTitle.h"

namespace kolokasi {

namespace {
constexpr double kAddresseeIndentMm = 8;

// "DINAS KOMUNIKASI DAN INFORMATIKA" -> "Dinas Komunikasi dan Informatika".
QString titleCase(const QString &text)
{
    QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &word : words) {
        if (word != QLatin1String("dan") && word != QLatin1String("di") && !word.isEmpty())
            word[0] = word[0].toUpper();
    }
    return words.join(QLatin1Char(' '));
}
} // namespace

void LetterParts::opening(DocumentWriter &writer, const PrintedDocument &doc,
                          const QString &subject)
{
    writer.canvas().setRunningHeader(
        QStringLiteral("Nomor: %1   Perihal: %2")
            .arg(doc.number.isEmpty() ? QStringLiteral("-") : doc.number, subject));
    writer.aligned(DocumentParts::placeAndDate(doc), Qt::AlignRight);
    writer.space(2);
    writer.fields({{QStringLiteral("Nomor"), {TextRun::valueOrDots(doc.number)}},
                   {QStringLiteral("Sifat"), {TextRun::words(QStringLiteral("Biasa"))}},
                   {QStringLiteral("Lampiran"), {TextRun::words(QStringLiteral("-"))}},
                   {QStringLiteral("Perihal"), {TextRun::words(subject, true)}}});
    writer.space(4);
    // Addressed to the unit's head by title: "Yth. Camat Sumber", not "Kepala Kecamatan Sumber".
    const QString head = doc.dossier ? UnitHeadTitle::of(doc.dossier->unit) : QString();
    writer.paragraph(QStringLiteral("Kepada\nYth. %1\ndi -").arg(head));
    writer.paragraph({TextRun::words(QStringLiteral("Tempat"))}, kAddresseeIndentMm);
    writer.space(5);
}

QString LetterParts::referenceToRequest(const PrintedDocument &doc)
{
    const Request &request = doc.dossier->request;
    if (request.letterNumber.isEmpty())
        return QStringLiteral("Menindaklanjuti permohonan Saudara perihal %1").arg(request.subject);
    return QStringLiteral("Menindaklanjuti surat Saudara Nomor %1 tanggal %2 perihal %3")
        .arg(request.letterNumber, DocumentParts::date(request.letterDate), request.subject);
}

void LetterParts::placementTable(DocumentWriter &writer, const PrintDossier &dossier,
                                 bool withAccount, double keepWithLastRow)
{
    QList<TableColumn> columns{{QStringLiteral("No"), 0.5, true, {}},
                               {QStringLiteral("Nama Server"), 1.8, false, {}},
                               {QStringLiteral("Nama Domain"), 2.3, false, {}},
                               {QStringLiteral("Alamat IP"), 1.2, false, {}},
                               {QStringLiteral("Letak Server"), 1.6, false, {}}};
    if (withAccount)
        columns.append({QStringLiteral("Akun Admin Host"), 1.3, false, {}});
    QList<QStringList> rows;
    for (const DossierPlacement &p : dossier.placements) {
        QStringList where{p.noc, DocumentParts::location(p)};
        where.removeAll(QString());
        QStringList row{QString::number(rows.size() + 1), p.serverName, p.domain,
                        p.ipAddresses.join(QStringLiteral(", ")), where.join(QStringLiteral(", "))};
        if (withAccount)
            row.append(p.hostAdminUser);
        for (QString &cell : row)
            cell = cell.isEmpty() ? QStringLiteral("-") : cell;
        rows.append(row);
    }
    writer.space(2);
    writer.table(columns, rows, 9, keepWithLastRow);
}

void LetterParts::closing(DocumentWriter &writer, const QString &text)
{
    writer.space(3);
    writer.paragraph(text);
}

QString LetterParts::headOfOfficeTitle(const PrintedDocument &doc)
{
    if (!doc.headOfOffice.position.isEmpty())
        return doc.headOfOffice.signedPosition();
    return QStringLiteral("Kepala %1").arg(titleCase(doc.agency.officeName));
}

SignatureBlock LetterParts::onBehalfOfHeadOfOffice(const PrintedDocument &doc)
{
    return DocumentParts::signature({QStringLiteral("a.n. %1").arg(headOfOfficeTitle(doc)),
                                     DocumentParts::headOfDivisionTitle(doc)},
                                    doc.headOfDivision, false);
}

} // namespace kolokasi
