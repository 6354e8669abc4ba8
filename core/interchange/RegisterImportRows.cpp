#include "RegisterImportRows.h"

#include "validation/DateInput.h"
#include "validation/DomainName.h"
#include "validation/EmployeeNumber.h"
#include "validation/IpAddress.h"
#include "validation/Nip.h"
#include "validation/TextInput.h"

#include <cmath>

namespace kolokasi {

QString RegisterImport::RowImporter::cell(const SheetRow &row, RegisterField field) const
{
    const int column = m_mapping.column(field);
    return column >= 0 && column < row.cells.size() ? row.cells.at(column).trimmed() : QString();
}

void RegisterImport::RowImporter::refuse(const SheetRow &row, RegisterField field,
                                         const QString &code, const QString &message)
{
    report.problems.append({row.line, m_mapping.columnName(field), code, message});
}

void RegisterImport::RowImporter::refuse(const SheetRow &row, RegisterField field,
                                         const Error &error)
{
    refuse(row, field, error.code, error.message);
}

namespace {
bool spansLines(RegisterField field)
{
    return field == RegisterField::TypeBrand || field == RegisterField::IpAddresses;
}
} // namespace

void RegisterImport::RowImporter::readCells(const SheetRow &row, ImportedAsset &asset)
{
    for (RegisterField field : RegisterFields::all()) {
        if (RegisterFields::isRequired(field) && cell(row, field).isEmpty())
            refuse(row, field, QStringLiteral("required"),
                   tr("%1 is empty; fill it in.").arg(RegisterFields::label(field)));
        // The same rule as the forms: one line, no control or bidi character, a length limit.
        // (Type & brand and the IP addresses may span lines, as the register's own exports do:
        // one address per line is how offices keep several in a cell.)
        else if (Status plain = TextInput::check(cell(row, field), {}, RegisterFields::label(field),
                                                 spansLines(field) ? TextInput::Lines::Multi
                                                                   : TextInput::Lines::Single);
                 !plain.ok())
            refuse(row, field, plain.error());
    }
    asset.registerNumber = cell(row, RegisterField::RegisterNumber);
    asset.server.name = cell(row, RegisterField::ServerName);
    asset.server.position = 1;
    asset.server.requested = {
        cell(row, RegisterField::Processor),   cell(row, RegisterField::Ram),
        cell(row, RegisterField::Motherboard), cell(row, RegisterField::Storage),
        cell(row, RegisterField::Psu),         {}};
    asset.unitName = cell(row, RegisterField::Unit).simplified();
    asset.officerName = cell(row, RegisterField::OfficerName).simplified();
}

void RegisterImport::RowImporter::readOfficer(const SheetRow &row, ImportedAsset &asset)
{
    const QString nipCell = cell(row, RegisterField::OfficerNip);
    asset.officerNip = Nip::normalized(nipCell);
    // Excel keeps 15 significant digits of a number: an 18-digit NIP typed into a number
    // cell comes out as 1.97310081992032E+17 (or 1,97312E+17 in a CSV saved on an
    // Indonesian PC); its last digits are gone and no reading can bring them back.
    static const QRegularExpression asNumber(
        QStringLiteral("^\\d+(?:[.,]\\d+)?\\s*[eE]\\s*\\+?\\s*\\d+$"));
    if (asNumber.match(nipCell).hasMatch()) {
        refuse(row, RegisterField::OfficerNip, QStringLiteral("nip_as_number"),
               tr("The NIP \"%1\" was stored by the spreadsheet as a number and lost its last "
                  "digits. Format the %2 column as Text, type the NIPs again and import the "
                  "file again.")
                   .arg(nipCell, m_mapping.columnName(RegisterField::OfficerNip)));
        asset.officerNip.clear();
    } else if (!asset.officerNip.isEmpty()) {
        // A known officer's number follows their kind; a new one may be a NIP or a PPPK number.
        const auto known = m_officers.constFind(asset.officerNip);
        const Status valid = known != m_officers.constEnd()
                                 ? EmployeeNumber::validate(asset.officerNip, known->kind)
                                 : EmployeeNumber::validateEitherKind(asset.officerNip);
        if (!valid.ok())
            refuse(row, RegisterField::OfficerNip, valid.error());
        else if (asset.officerName.isEmpty() && !m_officers.contains(asset.officerNip))
            refuse(row, RegisterField::OfficerName, QStringLiteral("required"),
                   tr("The officer with NIP %1 is not known yet: fill in the name.")
                       .arg(Nip::formatted(asset.officerNip)));
    }
}

RegisterImport::RowImporter::Location RegisterImport::RowImporter::readLocation(const SheetRow &row)
{
    const QString nocName = cell(row, RegisterField::Noc);
    QString rackName = cell(row, RegisterField::Rack);
    QString firstUText = cell(row, RegisterField::FirstU);
    QString heightUText = cell(row, RegisterField::HeightU);
    const QString location = cell(row, RegisterField::Location);
    if (!location.isEmpty() && rackName.isEmpty()) {
        // "Rak R01 / U 5-6", "R01, U5", "Rack R01 U 05-06": the rack, its first and last U.
        static const QRegularExpression combined(
            QStringLiteral(
                "^(?:rak|rack)?\\s*(.+?)\\s*[/,;]?\\s*\\bU\\s*(\\d+)(?:\\s*[-\u2013]\\s*(\\d+))?$"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression rackOnly(QStringLiteral("^(?:rak|rack)\\s+(.+)$"),
                                                 QRegularExpression::CaseInsensitiveOption);
        if (const auto match = combined.match(location); match.hasMatch()) {
            rackName = match.captured(1);
            if (firstUText.isEmpty())
                firstUText = match.captured(2);
            if (heightUText.isEmpty() && !match.captured(3).isEmpty())
                heightUText =
                    QString::number(match.captured(3).toInt() - match.captured(2).toInt() + 1);
        } else if (const auto rack = rackOnly.match(location); rack.hasMatch()) {
            rackName = rack.captured(1);
        } else {
            refuse(row, RegisterField::Location, QStringLiteral("invalid_value"),
                   tr("\"%1\" is not a location: write the rack and the U, for example "
                      "\"Rak R01 / U 5-6\".")
                       .arg(location));
        }
    }
    // "5-6" in the first U column: the server takes U 5 to 6.
    static const QRegularExpression uRange(
        QStringLiteral("^U?\\s*(\\d+)\\s*[-\u2013]\\s*U?\\s*(\\d+)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto range = uRange.match(firstUText); range.hasMatch()) {
        firstUText = range.captured(1);
        if (heightUText.isEmpty())
            heightUText =
                QString::number(range.captured(2).toInt() - range.captured(1).toInt() + 1);
    }
    return {nocName, rackName, firstUText, heightUText};
}

void RegisterImport::RowImporter::findRack(const SheetRow &row, const Location &where,
                                           ImportedAsset &asset)
{
    const QString &nocName = where.noc;
    const QString &rackName = where.rack;
    if (!nocName.isEmpty()) {
        const auto noc = m_nocs.constFind(key(nocName));
        if (noc == m_nocs.constEnd()) {
            refuse(row, RegisterField::Noc, QStringLiteral("unknown_noc"),
                   tr("There is no NOC called \"%1\". Add it under Data centre first, or correct "
                      "the name.")
                       .arg(nocName));
        } else {
            asset.block.nocId = noc->id;
            if (!rackName.isEmpty()) {
                const auto rack =
                    m_racks.constFind(QString::number(noc->id) + QLatin1Char('/') + key(rackName));
                if (rack == m_racks.constEnd())
                    refuse(row, RegisterField::Rack, QStringLiteral("unknown_rack"),
                           tr("NOC %1 has no rack called \"%2\". Add the rack first, or correct "
                              "the name.")
                               .arg(noc->name, rackName));
                else
                    asset.block.rackId = rack->id;
            }
        }
    }
}

void RegisterImport::RowImporter::readServiceType(const SheetRow &row, const QString &rackName,
                                                  ImportedAsset &asset)
{
    const QString type = key(cell(row, RegisterField::ServiceType));
    static const QStringList hosting{QStringLiteral("hosting"), QStringLiteral("hosting aplikasi"),
                                     QStringLiteral("application hosting")};
    static const QStringList colocation{QStringLiteral("kolokasi"), QStringLiteral("colocation"),
                                        QStringLiteral("co-location"), QStringLiteral("ko-lokasi"),
                                        QStringLiteral("colo")};
    const bool sheetHasLocation = m_mapping.column(RegisterField::Rack) >= 0 ||
                                  m_mapping.column(RegisterField::Location) >= 0;
    if (type.isEmpty() && !sheetHasLocation)
        // Without a rack column an empty service type cannot say hosting: a rack server
        // would come in as hosting with no rack and no U.
        refuse(row, RegisterField::ServiceType, QStringLiteral("service_type_unknown"),
               tr("The service type is empty and the file has no rack column, so it cannot be "
                  "told whether the server is co-located or hosted. Fill in %1 (kolokasi or "
                  "hosting), or add the rack and U columns.")
                   .arg(m_mapping.columnName(RegisterField::ServiceType)));
    else if (type.isEmpty())
        asset.serviceType = rackName.isEmpty() ? ServiceType::Hosting : ServiceType::Colocation;
    else if (hosting.contains(type))
        asset.serviceType = ServiceType::Hosting;
    else if (colocation.contains(type))
        asset.serviceType = ServiceType::Colocation;
    else
        refuse(row, RegisterField::ServiceType, QStringLiteral("invalid_value"),
               tr("\"%1\" is not a service type: write kolokasi (co-location) or hosting.")
                   .arg(cell(row, RegisterField::ServiceType)));

    const QString status = key(cell(row, RegisterField::State));
    static const QStringList active{QString(), QStringLiteral("aktif"), QStringLiteral("active")};
    if (!active.contains(status))
        refuse(row, RegisterField::State, QStringLiteral("not_active"),
               tr("Only active assets can be imported; this row's status is \"%1\". Leave the row "
                  "out.")
                   .arg(cell(row, RegisterField::State)));
}

void RegisterImport::RowImporter::readSizes(const SheetRow &row, const Location &where,
                                            ImportedAsset &asset)
{
    const QString &rackName = where.rack;
    const QString &firstUText = where.firstU;
    const QString &heightUText = where.heightU;
    const auto firstU =
        number(row, RegisterField::FirstU, firstUText, 0, asset.block.rackId > 0 ? 1 : 0);
    const auto heightU = number(row, RegisterField::HeightU, heightUText, 1, 0);
    std::optional<int> powerW = 0;
    if (const QString power = cell(row, RegisterField::PowerW); !power.isEmpty()) {
        powerW = parsePower(power);
        if (!powerW)
            refuse(row, RegisterField::PowerW, QStringLiteral("invalid_value"),
                   tr("%1 must be the power in watts, for example 450, 450 W or 0,45 kW; not "
                      "\"%2\".")
                       .arg(RegisterFields::label(RegisterField::PowerW), power));
    }
    if (firstU)
        asset.block.firstU = *firstU;
    if (heightU)
        asset.server.rackUnits =
            asset.serviceType == ServiceType::Hosting && asset.block.rackId <= 0 ? 0 : *heightU;
    if (powerW)
        asset.server.powerW = *powerW;
    if (asset.block.rackId > 0 && firstUText.isEmpty())
        refuse(row, RegisterField::FirstU, QStringLiteral("required"),
               tr("The server is in rack %1: fill in its first U.").arg(rackName));
}

void RegisterImport::RowImporter::readDetails(const SheetRow &row, ImportedAsset &asset)
{
    asset.block.domain = DomainName::normalized(cell(row, RegisterField::Domain));
    if (!asset.block.domain.isEmpty()) {
        if (Status valid = DomainName::validate(asset.block.domain); !valid.ok())
            refuse(row, RegisterField::Domain, valid.error());
    }
    const QStringList addresses = splitAddresses(cell(row, RegisterField::IpAddresses));
    for (const QString &address : addresses) {
        if (Status valid = IpAddress::validate(address); !valid.ok())
            refuse(row, RegisterField::IpAddresses, valid.error());
    }
    asset.block.ipAddresses = addresses;
    asset.block.serialNumber = cell(row, RegisterField::SerialNumber);
    asset.block.typeBrand = cell(row, RegisterField::TypeBrand);

    asset.installedOn = date(row, RegisterField::InstalledOn, true);
    const QString validity = key(cell(row, RegisterField::ValidUntil));
    static const QStringList permanent{QString(), QStringLiteral("permanen"),
                                       QStringLiteral("permanent"), QStringLiteral("tetap"),
                                       QStringLiteral("-")};
    if (!permanent.contains(validity))
        asset.validUntil = date(row, RegisterField::ValidUntil, false);
    asset.lastReviewedOn = date(row, RegisterField::LastReviewedOn, false);
}

std::optional<ImportedAsset> RegisterImport::RowImporter::read(const SheetRow &row)
{
    ImportedAsset asset;
    readCells(row, asset);
    readOfficer(row, asset);
    const Location where = readLocation(row);
    findRack(row, where, asset);
    readServiceType(row, where.rack, asset);
    readSizes(row, where, asset);
    readDetails(row, asset);

    if (report.problems.size() > m_problemsBefore)
        return std::nullopt;
    return asset;
}

std::optional<int> RegisterImport::RowImporter::number(const SheetRow &row, RegisterField field,
                                                       const QString &text, int fallback,
                                                       int minimum)
{
    if (text.isEmpty())
        return fallback;
    // "2U", "U 5", "2 U": the unit letter people add.
    static const QRegularExpression withU(QStringLiteral("^U?\\s*(\\d+)\\s*U?$"),
                                          QRegularExpression::CaseInsensitiveOption);
    const auto match = withU.match(text);
    bool ok = false;
    const int value = match.hasMatch() ? match.captured(1).toInt(&ok) : text.toInt(&ok);
    if (!ok || value < minimum) {
        refuse(row, field, QStringLiteral("invalid_value"),
               tr("%1 must be a whole number of at least %2, not \"%3\".")
                   .arg(RegisterFields::label(field))
                   .arg(minimum)
                   .arg(text));
        return std::nullopt;
    }
    return value;
}

QDate RegisterImport::RowImporter::date(const SheetRow &row, RegisterField field, bool required)
{
    const QString text = cell(row, field);
    if (text.isEmpty() && !required)
        return {};
    if (text.isEmpty())
        return {}; // reported as a required field already
    auto day = DateInput::parse(text, RegisterFields::header(field));
    if (!day.ok()) {
        refuse(row, field, day.error());
        return {};
    }
    return *day;
}
} // namespace kolokasi
