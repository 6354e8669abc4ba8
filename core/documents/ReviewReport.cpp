#include "ReviewReport.h"

#include "DocumentParts.h"
#include "PrintedDocument.h"
#include "register/ReviewProcess.h"

namespace kolokasi {

namespace {
constexpr double kTablePointSize = 7.5;

QList<TableColumn> columns()
{
    return {{QStringLiteral("No"), 0.45, true, {}},
            {QStringLiteral("No. Register"), 1.5, false, {}},
            {QStringLiteral("Server / Unit"), 2.6, false, {}},
            {QStringLiteral("Letak Server"), 1.5, false, {}},
            {QStringLiteral("S/N"), 1.3, false, {}},
            {QStringLiteral("Domain"), 2.2, false, {}},
            {QStringLiteral("Hasil"), 1.2, true, {}},
            {QStringLiteral("Keterangan"), 3.0, false, {}}};
}

QString findingWord(const std::optional<ReviewItem> &finding)
{
    if (!finding)
        return QStringLiteral("Belum ditinjau");
    switch (finding->finding()) {
    case ReviewFinding::Matches:
        return QStringLiteral("Sesuai");
    case ReviewFinding::DoesNotMatch:
        return QStringLiteral("Tidak sesuai");
    case ReviewFinding::NotFound:
        return QStringLiteral("Tidak ditemukan");
    }
    return {};
}

QStringList row(int number, const ReviewLine &line)
{
    const RegisterEntry &e = line.entry;
    DossierPlacement where;
    where.rack = e.rackName;
    where.firstU = e.placement.firstU;
    where.heightU = e.placement.heightU;
    const QString location = e.nocName.isEmpty()
                                 ? DocumentParts::location(where)
                                 : e.nocName + QLatin1Char('\n') + DocumentParts::location(where);
    const QString note = line.finding ? line.finding->note.trimmed() : QString();
    return {QString::number(number),
            e.asset.registerNumber,
            e.unitName.isEmpty() ? e.serverName : e.serverName + QLatin1Char('\n') + e.unitName,
            location,
            e.placement.serialNumber.isEmpty() ? QStringLiteral("-") : e.placement.serialNumber,
            e.placement.domain.isEmpty() ? QStringLiteral("-") : e.placement.domain,
            findingWord(line.finding),
            note.isEmpty() ? QStringLiteral("-") : note};
}

TextRuns value(const QString &text)
{
    return {TextRun::valueOrDash(text)};
}

QString count(int value)
{
    return QStringLiteral("%1 aset").arg(DocumentParts::number(value));
}

QList<FieldRow> headRows(const ReviewProgress &progress)
{
    const Review &review = progress.review;
    const QString state =
        review.isFinished() ? QStringLiteral("Selesai, %1")
                                  .arg(DocumentParts::date(DocumentParts::dayOf(review.finishedAt)))
                            : QStringLiteral("Belum selesai (laporan sementara)");
    return {{QStringLiteral("Tanggal peninjauan"), value(DocumentParts::date(review.reviewedOn))},
            {QStringLiteral("Peninjau"), value(review.reviewer)},
            {QStringLiteral("Status"), value(state)},
            {QStringLiteral("Catatan"), value(review.note)}};
}

QList<FieldRow> summaryRows(const ReviewProgress &progress)
{
    return {{QStringLiteral("Jumlah aset"), value(count(int(progress.lines.size())))},
            {QStringLiteral("Ditinjau"), value(count(progress.marked))},
            {QStringLiteral("Sesuai"), value(count(progress.matching))},
            {QStringLiteral("Tidak sesuai"), value(count(progress.notMatching))},
            {QStringLiteral("Tidak ditemukan"), value(count(progress.notFound))},
            {QStringLiteral("Belum ditinjau"), value(count(progress.unmarked()))}};
}

// The reviewer signs on the right under the place and date; the Kepala Bidang acknowledges on
// the left. The reviewer's NIP is known when the reviewer is the data-centre officer.
QList<SignatureBlock> signatures(const PrintedDocument &doc, const Review &review)
{
    const bool officer = !doc.dataCentreOfficer.name.isEmpty() &&
                         doc.dataCentreOfficer.name.trimmed() == review.reviewer.trimmed();
    SignatureBlock reviewer{{DocumentParts::placeAndDate(doc), QStringLiteral("Peninjau,")},
                            review.reviewer,
                            officer ? doc.dataCentreOfficer.nip : QString(),
                            true,
                            officer ? doc.dataCentreOfficer.rank : QString()};
    return {DocumentParts::signature(
                {QStringLiteral("Mengetahui,"), DocumentParts::headOfDivisionTitle(doc)},
                doc.headOfDivision, false),
            reviewer};
}
} // namespace

void ReviewReport::write(DocumentWriter &writer, const PrintedDocument &doc)
{
    const ReviewProgress &progress = *doc.review;
    writer.title(QStringLiteral("LAPORAN PENINJAUAN ASET REGISTER SERVER"), doc.number);
    writer.paragraph(QStringLiteral(
        "Daftar aset register server ditinjau setidaknya satu kali dalam setahun untuk "
        "memastikan kesesuaiannya. Peninjauan ini mencocokkan setiap aset yang tercatat dengan "
        "keadaan di Data Center, dengan hasil sebagai berikut."));
    writer.space(2);
    writer.fields(headRows(progress));
    writer.space(3);

    const QList<FieldRow> summary = summaryRows(progress);
    const QString closing = QStringLiteral(
        "Demikian laporan peninjauan ini dibuat dengan sebenarnya untuk dipergunakan "
        "sebagaimana mestinya.");
    const QList<SignatureBlock> blocks = signatures(doc, progress.review);
    // The summary, the closing and the signatures stay on the page of the table's last row.
    const double keep = writer.spaceHeight(3) + writer.captionHeight() +
                        writer.fieldsHeight(summary) + writer.closingHeight(closing, blocks);
    if (progress.lines.isEmpty()) {
        writer.table(columns(), {{QStringLiteral("Tidak ada aset aktif.")}}, kTablePointSize, keep);
    } else {
        writer.table(
            columns(), progress.lines.size(),
            [&](qsizetype index) {
                return row(static_cast<int>(index) + 1, progress.lines.at(index));
            },
            kTablePointSize, keep);
    }
    writer.space(3);
    writer.caption(QStringLiteral("Ringkasan"));
    writer.fields(summary);
    writer.closing(closing, blocks);
}

} // namespace kolokasi
