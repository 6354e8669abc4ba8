#include "RegisterList.h"

#include "DocumentParts.h"
#include "PrintedDocument.h"
#include "register/ReviewSchedule.h"
#include "validation/Nip.h"

namespace kolokasi {

namespace {
constexpr double kTablePointSize = 7.5;
constexpr qsizetype kSliceSize = 2000; // register lines read at once (a few MB)

QList<TableColumn> columns()
{
    return {{QStringLiteral("No"), 0.45, true, {}},
            {QStringLiteral("No. Register"), 1.5, false, {}},
            {QStringLiteral("Unit / Penanggung Jawab"), 2.4, false, {}},
            {QStringLiteral("Server (Layanan) / Spesifikasi"), 2.2, false, {}},
            {QStringLiteral("Domain / IP"), 2.6, false, {}},
            {QStringLiteral("S/N / Type & Merk"), 1.4, false, {}},
            {QStringLiteral("Letak Server"), 1.3, false, {}},
            {QStringLiteral("Daya"), 0.75, true, {}},
            {QStringLiteral("Tgl. Pasang"), 1.05, true, {}},
            {QStringLiteral("Masa Berlaku"), 1.05, true, {}},
            {QStringLiteral("Status"), 1.25, true, {}},
            {QStringLiteral("Ditinjau"), 1.05, true, {}}};
}

QString shortDate(const QDate &day)
{
    return day.isValid() ? day.toString(QStringLiteral("dd-MM-yyyy")) : QStringLiteral("-");
}

QString joinLines(const QStringList &parts)
{
    QStringList present;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            present.append(part);
    }
    return present.join(QLatin1Char('\n'));
}

// The state the register screen shows, in words: an active placement past its masa berlaku is
// "Kedaluwarsa"; an active asset not reviewed for 12 months is "Terlambat ditinjau".
QStringList row(int number, const RegisterEntry &e, const QDate &today)
{
    const Asset &asset = e.asset;
    const Placement &p = e.placement;
    const QString officer =
        e.officerNip.isEmpty()
            ? e.officerName
            : QStringLiteral("%1\nNIP. %2").arg(e.officerName, Nip::formatted(e.officerNip));
    QStringList parts;
    for (const QString &part :
         {e.spec.processor, e.spec.ram, e.spec.motherboard, e.spec.storage, e.spec.psu}) {
        if (!part.trimmed().isEmpty())
            parts.append(part);
    }
    const QString spec = parts.join(QStringLiteral(", "));
    DossierPlacement where;
    where.rack = e.rackName;
    where.firstU = p.firstU;
    where.heightU = p.heightU;
    const bool active = asset.status == AssetStatus::Active;
    const bool expired =
        active && !asset.permanent && asset.validUntil.isValid() && asset.validUntil < today;
    const QString status = !active ? QStringLiteral("Dicabut\n%1").arg(shortDate(asset.withdrawnOn))
                           : expired ? QStringLiteral("Kedaluwarsa")
                                     : QStringLiteral("Aktif");
    // Never reviewed: due 12 months after its installation (a new asset is not late yet).
    const QDate since = asset.lastReviewedOn.isValid() ? asset.lastReviewedOn : asset.installedOn;
    QString reviewed = shortDate(asset.lastReviewedOn);
    if (active && ReviewSchedule::isOverdue(since, today))
        reviewed = asset.lastReviewedOn.isValid()
                       ? QStringLiteral("%1\nTerlambat ditinjau").arg(reviewed)
                       : QStringLiteral("Terlambat ditinjau");
    const QString service = asset.serviceType == ServiceType::Hosting
                                ? QStringLiteral("Hosting")
                                : QStringLiteral("Co-location");
    return {QString::number(number),
            asset.registerNumber,
            joinLines({e.unitName, officer}),
            joinLines({QStringLiteral("%1 (%2)").arg(e.serverName, service), spec}),
            joinLines({p.domain, p.ipAddresses.join(QStringLiteral(", "))}),
            joinLines({p.serialNumber, p.typeBrand}),
            joinLines({e.nocName, DocumentParts::location(where)}),
            e.powerW > 0 ? QStringLiteral("%1 W").arg(DocumentParts::number(e.powerW))
                         : QStringLiteral("-"),
            shortDate(asset.installedOn),
            asset.permanent ? QStringLiteral("Permanen")
                            : QStringLiteral("s.d.\n%1").arg(shortDate(asset.validUntil)),
            status,
            reviewed};
}

QString filterLine(const RegisterFilter &filter)
{
    QStringList parts;
    parts.append(
        QStringLiteral("NOC: %1").arg(filter.noc.isEmpty() ? QStringLiteral("semua") : filter.noc));
    parts.append(QStringLiteral("Unit: %1")
                     .arg(filter.unit.isEmpty() ? QStringLiteral("semua") : filter.unit));
    const QString status = filter.status == QLatin1String("active")      ? QStringLiteral("aktif")
                           : filter.status == QLatin1String("withdrawn") ? QStringLiteral("dicabut")
                                                                         : QStringLiteral("semua");
    parts.append(QStringLiteral("Status: %1").arg(status));
    if (!filter.search.trimmed().isEmpty())
        parts.append(QStringLiteral("Pencarian: \u201C%1\u201D").arg(filter.search.trimmed()));
    return parts.join(QStringLiteral("; "));
}
} // namespace

void RegisterList::write(DocumentWriter &writer, const PrintedDocument &doc)
{
    writer.title(QStringLiteral("ASET REGISTER SERVER CO-LOCATION DAN HOSTING APLIKASI"),
                 doc.number);
    writer.paragraph(QStringLiteral("Keadaan per %1. %2")
                         .arg(DocumentParts::date(doc.date), filterLine(doc.registerFilter)));
    writer.space(2);
    const RegisterLines &lines = doc.registerLines;
    const QString closing = QStringLiteral("Jumlah: %1 aset.").arg(lines.count);
    const auto signatures = DocumentParts::officerWithHeadAcknowledging(doc, QString());
    const double keep = writer.closingHeight(closing, signatures);
    if (lines.count == 0) {
        writer.table(columns(), {{QStringLiteral("Tidak ada aset yang sesuai.")}}, kTablePointSize,
                     keep);
    } else {
        // Lines are read a slice at a time and dropped once drawn.
        QList<RegisterEntry> slice;
        qsizetype sliceStart = 0;
        writer.table(
            columns(), lines.count,
            [&](qsizetype index) -> QStringList {
                if (index < sliceStart || index >= sliceStart + slice.size()) {
                    auto read = lines.read(index, kSliceSize);
                    if (!read.ok()) {
                        *lines.failure = read.error();
                        slice.clear();
                        return {QStringLiteral("-")};
                    }
                    slice = *read;
                    sliceStart = index;
                }
                if (index - sliceStart >= slice.size())
                    return {QStringLiteral("-")};
                return row(static_cast<int>(index) + 1, slice.at(index - sliceStart), doc.date);
            },
            kTablePointSize, keep);
    }
    writer.closing(closing, signatures);
}

} // namespace kolokasi
