#include "RegisterTable.h"

#include <QDate>

namespace kolokasi {

QStringList RegisterTable::header()
{
    QStringList names;
    for (RegisterField field : RegisterFields::all())
        names << RegisterFields::header(field);
    return names;
}

QVariantList RegisterTable::row(const RegisterEntry &entry)
{
    const Asset &asset = entry.asset;
    const Placement &placement = entry.placement;
    const bool inRack = placement.rackId > 0;
    auto optionalDate = [](const QDate &day) {
        return day.isValid() ? QVariant(day) : QVariant(QString());
    };
    QVariantList cells;
    for (RegisterField field : RegisterFields::all()) {
        switch (field) {
        case RegisterField::RegisterNumber:
            cells << asset.registerNumber;
            break;
        case RegisterField::ServerName:
            cells << entry.serverName;
            break;
        case RegisterField::Unit:
            cells << entry.unitName;
            break;
        case RegisterField::OfficerName:
            cells << entry.officerName;
            break;
        case RegisterField::OfficerNip:
            cells << entry.officerNip;
            break;
        case RegisterField::ServiceType:
            cells << (asset.serviceType == ServiceType::Hosting ? QStringLiteral("hosting")
                                                                : QStringLiteral("kolokasi"));
            break;
        case RegisterField::Domain:
            cells << placement.domain;
            break;
        case RegisterField::IpAddresses:
            cells << placement.ipAddresses.join(QStringLiteral(", "));
            break;
        case RegisterField::SerialNumber:
            cells << placement.serialNumber;
            break;
        case RegisterField::TypeBrand:
            cells << placement.typeBrand;
            break;
        case RegisterField::Processor:
            cells << entry.spec.processor;
            break;
        case RegisterField::Ram:
            cells << entry.spec.ram;
            break;
        case RegisterField::Motherboard:
            cells << entry.spec.motherboard;
            break;
        case RegisterField::Storage:
            cells << entry.spec.storage;
            break;
        case RegisterField::Psu:
            cells << entry.spec.psu;
            break;
        case RegisterField::Noc:
            cells << entry.nocName;
            break;
        case RegisterField::Rack:
            cells << entry.rackName;
            break;
        case RegisterField::FirstU:
            cells << (inRack ? QVariant(placement.firstU) : QVariant(QString()));
            break;
        case RegisterField::HeightU:
            cells << (inRack ? QVariant(placement.heightU) : QVariant(QString()));
            break;
        case RegisterField::PowerW:
            cells << entry.powerW;
            break;
        case RegisterField::InstalledOn:
            cells << optionalDate(asset.installedOn);
            break;
        case RegisterField::ValidUntil:
            cells << (asset.permanent ? QVariant(QStringLiteral("permanen"))
                                      : optionalDate(asset.validUntil));
            break;
        case RegisterField::State:
            cells << (asset.status == AssetStatus::Active ? QStringLiteral("aktif")
                                                          : QStringLiteral("dicabut"));
            break;
        case RegisterField::LastReviewedOn:
            cells << optionalDate(asset.lastReviewedOn);
            break;
        case RegisterField::Location: // import only: all() leaves it out
            break;
        }
    }
    return cells;
}

QString RegisterTable::text(const QVariant &cell)
{
    if (cell.typeId() == QMetaType::QDate)
        return cell.toDate().toString(Qt::ISODate);
    return cell.toString();
}

} // namespace kolokasi
