#include "RegisterImport.h"

#include "domain/FormField.h"

#include "capacity/PlacementRules.h"
#include "domain/FormField.h"
#include "domain/Noc.h"
#include "domain/Rack.h"
#include "register/AssetRegister.h"
#include "store/AssetRepository.h"
#include "store/AuditLog.h"
#include "store/DataCentreRepository.h"
#include "store/Database.h"
#include "store/PlacementRepository.h"
#include "store/RequestRepository.h"
#include "store/ReviewRepository.h"
#include "store/ServerRepository.h"
#include "services/MasterData.h"
#include "validation/DateInput.h"
#include "validation/DomainName.h"
#include "validation/EmployeeNumber.h"
#include "validation/IpAddress.h"
#include "validation/Nip.h"
#include "validation/TextInput.h"

#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace kolokasi {

int ImportReport::badRowCount() const
{
    QSet<int> lines;
    for (const ImportProblem &problem : problems)
        lines.insert(problem.line);
    return int(lines.size());
}

namespace {
/// One row read into typed values.
struct ImportedAsset
{
    QString registerNumber;
    Server server;
    QString unitName;
    QString officerName;
    QString officerNip;
    ServiceType serviceType = ServiceType::Colocation;
    PlacementBlock block;
    QDate installedOn;
    QDate validUntil; // invalid: permanent
    QDate lastReviewedOn;
};

QString key(const QString &name)
{
    return name.simplified().toCaseFolded();
}

const QString kRolledBack = QStringLiteral("import_not_written");
} // namespace

/// One import: the lookups it keeps (units, officers, NOCs, racks) and the report it fills.
class RegisterImport::Run
{
    Q_DECLARE_TR_FUNCTIONS(RegisterImport)

public:
    Run(Database &db, const ColumnMapping &mapping, const ImportOptions &options)
        : m_db(db), m_mapping(mapping), m_options(options)
    {
    }

    Status load();
    /// Checks one row; writes it if good. An error only when the store fails.
    Status take(const SheetRow &row);

    ImportReport report;

private:
    QString cell(const SheetRow &row, RegisterField field) const;
    void refuse(const SheetRow &row, RegisterField field, const QString &code,
                const QString &message);
    void refuse(const SheetRow &row, RegisterField field, const Error &error);
    std::optional<ImportedAsset> read(const SheetRow &row);
    std::optional<int> number(const SheetRow &row, RegisterField field, const QString &text,
                              int fallback, int minimum);
    QDate date(const SheetRow &row, RegisterField field, bool required);
    Result<bool> registerNumberTaken(const QString &number) const;
    Result<qint64> unitId(const QString &name);
    /// The unit called `name` or whose short code is `name` (Dinkes); id 0 if none.
    Unit knownUnit(const QString &name) const;
    Result<qint64> officerId(const ImportedAsset &asset, qint64 unitId);
    Result<qint64> write(const ImportedAsset &asset, const QList<AddressAssignment> &addresses,
                         int line);

    Database &m_db;
    const ColumnMapping &m_mapping;
    const ImportOptions &m_options;
    QHash<QString, Unit> m_units;       // by key(name)
    QHash<QString, Unit> m_shortUnits;  // by key(shortName)
    QHash<QString, Officer> m_officers; // by NIP
    QHash<QString, Noc> m_nocs;         // by key(name)
    QHash<QString, Rack> m_racks;       // by NOC id + key(name)
    int m_problemsBefore = 0;
};

Status RegisterImport::Run::load()
{
    MasterData units(m_db);
    auto all = units.all();
    if (!all.ok())
        return all.error();
    for (const Unit &unit : *all) {
        m_units.insert(key(unit.name), unit);
        if (!unit.shortName.trimmed().isEmpty())
            m_shortUnits.insert(key(unit.shortName), unit);
        auto officers = units.officersOf(unit.id);
        if (!officers.ok())
            return officers.error();
        for (const Officer &officer : *officers) {
            if (!officer.nip.isEmpty())
                m_officers.insert(officer.nip, officer);
        }
    }
    DataCentreRepository rooms(m_db);
    auto nocs = rooms.nocs();
    if (!nocs.ok())
        return nocs.error();
    for (const Noc &noc : *nocs)
        m_nocs.insert(key(noc.name), noc);
    auto racks = rooms.allRacks();
    if (!racks.ok())
        return racks.error();
    for (const Rack &rack : *racks)
        m_racks.insert(QString::number(rack.nocId) + QLatin1Char('/') + key(rack.name), rack);
    return {};
}

Status RegisterImport::Run::take(const SheetRow &row)
{
    m_problemsBefore = int(report.problems.size());
    auto asset = read(row);
    if (!asset)
        return {};
    auto registerTaken = registerNumberTaken(asset->registerNumber);
    if (!registerTaken.ok())
        return registerTaken.error();
    if (*registerTaken) {
        refuse(row, RegisterField::RegisterNumber, QStringLiteral("duplicate"),
               tr("The register number %1 is already in the register.").arg(asset->registerNumber));
        return {};
    }
    auto addresses = PlacementRules(m_db).check(asset->block, asset->server, asset->serviceType);
    if (!addresses.ok()) {
        static const QHash<QString, RegisterField> fieldOfRule{
            {QStringLiteral("rack"), RegisterField::Rack},
            {QStringLiteral("noc"), RegisterField::Noc},
            {QStringLiteral("first_u"), RegisterField::FirstU},
            {QStringLiteral("override_note"), RegisterField::PowerW},
            {QStringLiteral("domain"), RegisterField::Domain},
            {QStringLiteral("serial_number"), RegisterField::SerialNumber},
            {QStringLiteral("ip_address"), RegisterField::IpAddresses}};
        // The rules name a server's row ("servers.1.rack"); the sheet has one server a line.
        const ServerFieldName named = FormField::parseServer(addresses.error().field);
        const QString rule = named.position > 0 ? named.name : addresses.error().field;
        refuse(row, fieldOfRule.value(rule, RegisterField::ServerName), addresses.error());
        return {};
    }
    const auto known = m_officers.constFind(asset->officerNip);
    if (!asset->officerNip.isEmpty() && known != m_officers.constEnd() &&
        knownUnit(asset->unitName).id != known->unitId) {
        refuse(row, RegisterField::OfficerNip, QStringLiteral("duplicate"),
               tr("The NIP %1 belongs to %2 of another unit.")
                   .arg(Nip::formatted(asset->officerNip), known->name));
        return {};
    }
    auto id = write(*asset, *addresses, row.line);
    if (!id.ok()) {
        // The database's own refusal (another program placed a server in these units or gave
        // out this address a moment ago) names the row and the column like the checks above.
        static const QHash<QString, RegisterField> fieldOfColumn{
            {QStringLiteral("first_u"), RegisterField::FirstU},
            {QStringLiteral("address"), RegisterField::IpAddresses},
            {QStringLiteral("domain"), RegisterField::Domain},
            {QStringLiteral("serial_number"), RegisterField::SerialNumber},
            {QStringLiteral("register_number"), RegisterField::RegisterNumber},
            {QStringLiteral("nip"), RegisterField::OfficerNip},
            {QStringLiteral("name"), RegisterField::Unit}};
        const auto column = fieldOfColumn.constFind(id.error().field);
        if (column == fieldOfColumn.constEnd())
            return Error{id.error().code, tr("Line %1: %2").arg(row.line).arg(id.error().message),
                         id.error().field};
        return Error{id.error().code,
                     tr("Line %1, column %2: %3")
                         .arg(row.line)
                         .arg(m_mapping.columnName(*column), id.error().message),
                     m_mapping.columnName(*column)};
    }
    ++report.acceptedCount;
    report.assetIds.append(*id);
    return {};
}

QString RegisterImport::Run::cell(const SheetRow &row, RegisterField field) const
{
    const int column = m_mapping.column(field);
    return column >= 0 && column < row.cells.size() ? row.cells.at(column).trimmed() : QString();
}

void RegisterImport::Run::refuse(const SheetRow &row, RegisterField field, const QString &code,
                                 const QString &message)
{
    report.problems.append({row.line, m_mapping.columnName(field), code, message});
}

void RegisterImport::Run::refuse(const SheetRow &row, RegisterField field, const Error &error)
{
    refuse(row, field, error.code, error.message);
}

namespace {
bool spansLines(RegisterField field)
{
    return field == RegisterField::TypeBrand || field == RegisterField::IpAddresses;
}
} // namespace

std::optional<ImportedAsset> RegisterImport::Run::read(const SheetRow &row)
{
    ImportedAsset asset;
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

    if (report.problems.size() > m_problemsBefore)
        return std::nullopt;
    return asset;
}

std::optional<int> RegisterImport::Run::number(const SheetRow &row, RegisterField field,
                                               const QString &text, int fallback, int minimum)
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

QDate RegisterImport::Run::date(const SheetRow &row, RegisterField field, bool required)
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

Result<bool> RegisterImport::Run::registerNumberTaken(const QString &number) const
{
    if (number.isEmpty())
        return false;
    AssetFilter filter;
    filter.search = number;
    auto matches = AssetRegister(m_db).entries(filter);
    if (!matches.ok())
        return matches.error();
    for (const RegisterEntry &entry : *matches) {
        if (entry.asset.registerNumber.compare(number, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

Unit RegisterImport::Run::knownUnit(const QString &name) const
{
    if (const auto known = m_units.constFind(key(name)); known != m_units.constEnd())
        return *known;
    return m_shortUnits.value(key(name));
}

Result<qint64> RegisterImport::Run::unitId(const QString &name)
{
    if (const Unit known = knownUnit(name); known.id > 0)
        return known.id;
    Unit unit;
    unit.name = name;
    auto created = MasterData(m_db).create(unit);
    if (!created.ok())
        return created.error();
    m_units.insert(key(name), *created);
    report.newUnits.append(name);
    return created->id;
}

Result<qint64> RegisterImport::Run::officerId(const ImportedAsset &asset, qint64 unitId)
{
    if (!asset.officerNip.isEmpty()) {
        if (const auto known = m_officers.constFind(asset.officerNip);
            known != m_officers.constEnd())
            return known->id;
    } else if (asset.officerName.isEmpty()) {
        return qint64(0);
    } else {
        MasterData units(m_db);
        auto officers = units.officersOf(unitId);
        if (!officers.ok())
            return officers.error();
        for (const Officer &officer : *officers) {
            if (key(officer.name) == key(asset.officerName))
                return officer.id;
        }
    }
    Officer officer;
    officer.unitId = unitId;
    officer.name = asset.officerName;
    officer.nip = asset.officerNip;
    officer.kind = EmployeeNumber::kindOf(asset.officerNip).value_or(EmployeeKind::Pns);
    auto created = MasterData(m_db).createOfficer(officer);
    if (!created.ok())
        return created.error();
    if (!created->nip.isEmpty())
        m_officers.insert(created->nip, *created);
    return created->id;
}

Result<qint64> RegisterImport::Run::write(const ImportedAsset &asset,
                                          const QList<AddressAssignment> &addresses, int line)
{
    auto unit = unitId(asset.unitName);
    if (!unit.ok())
        return unit.error();
    auto officer = officerId(asset, *unit);
    if (!officer.ok())
        return officer.error();
    // The import stands for the request that once placed the server: a completed request.
    Request request;
    request.serviceType = asset.serviceType;
    request.unitId = *unit;
    request.subject =
        QStringLiteral("Impor aset register: %1 baris %2").arg(m_options.sourceName).arg(line);
    request.needs = {asset.server.rackUnits, asset.server.powerW, 0, int(addresses.size())};
    request.createdBy = m_db.actor();
    auto stored = RequestRepository(m_db).create(request);
    if (!stored.ok())
        return stored.error();
    if (Status done = RequestRepository(m_db).moveTo(stored->id, SopStep::RequestLetter,
                                                     SopStep::Completion, RequestStatus::Completed);
        !done.ok())
        return done.error();
    Server server = asset.server;
    server.requestId = stored->id;
    auto storedServer = ServerRepository(m_db).create(server);
    if (!storedServer.ok())
        return storedServer.error();
    Placement placement;
    placement.serverId = storedServer->id;
    placement.nocId = asset.block.nocId;
    placement.rackId = asset.block.rackId;
    placement.firstU = asset.block.firstU;
    placement.heightU = asset.block.rackId > 0 ? qMax(1, asset.server.rackUnits) : 0;
    placement.domain = asset.block.domain;
    placement.serialNumber = asset.block.serialNumber.trimmed();
    placement.typeBrand = asset.block.typeBrand;
    auto storedPlacement = PlacementRepository(m_db).create(placement, addresses);
    if (!storedPlacement.ok())
        return storedPlacement.error();
    if (Status active = PlacementRepository(m_db).activateRequest(stored->id); !active.ok())
        return active.error();
    Asset record;
    record.registerNumber = asset.registerNumber;
    record.placementId = storedPlacement->id;
    record.requestId = stored->id;
    record.unitId = *unit;
    record.officerId = *officer;
    record.serviceType = asset.serviceType;
    record.installedOn = asset.installedOn;
    record.permanent = !asset.validUntil.isValid();
    record.validUntil = asset.validUntil;
    auto storedAsset = AssetRepository(m_db).create(record);
    if (!storedAsset.ok())
        return storedAsset.error();
    if (asset.lastReviewedOn.isValid()) {
        if (Status stamped =
                ReviewRepository(m_db).recordLastReview(storedAsset->id, asset.lastReviewedOn);
            !stamped.ok())
            return stamped.error();
    }
    if (Status logged = AuditLog(m_db).append(
            QStringLiteral("import"), QStringLiteral("asset"), storedAsset->id,
            QStringLiteral("%1 line %2").arg(m_options.sourceName).arg(line));
        !logged.ok())
        return logged.error();
    return storedAsset->id;
}

std::optional<int> RegisterImport::parsePower(const QString &text)
{
    static const QRegularExpression power(
        QStringLiteral("^(\\d+(?:[.,]\\d+)*)\\s*(w|watt|kw|kilowatt)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = power.match(text.simplified());
    if (!match.hasMatch())
        return std::nullopt;
    QString digits = match.captured(1);
    const bool kilo = match.captured(2).startsWith(QLatin1Char('k'), Qt::CaseInsensitive);
    // "1.200" and "1,200" are thousands (three digits after each mark); any other mark is
    // the decimal one, as in "0,45" or "0.45".
    static const QRegularExpression thousands(QStringLiteral("^\\d{1,3}(?:[.,]\\d{3})+$"));
    if (!kilo && thousands.match(digits).hasMatch())
        digits.remove(QLatin1Char('.')).remove(QLatin1Char(','));
    digits.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double value = digits.toDouble(&ok) * (kilo ? 1000.0 : 1.0);
    if (!ok || value < 0 || value > 1e7)
        return std::nullopt;
    return int(std::lround(value));
}

QStringList RegisterImport::splitAddresses(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;/|\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

namespace {
QString rowText(const SheetRow &row)
{
    QStringList parts;
    for (const QString &cell : row.cells) {
        if (!cell.trimmed().isEmpty())
            parts << cell.simplified();
    }
    return parts.join(QStringLiteral(" | "));
}

/// The first filled cell of a row, and how many cells are filled.
QString firstFilled(const SheetRow &row, int *filled)
{
    QString first;
    *filled = 0;
    for (const QString &cell : row.cells) {
        if (cell.trimmed().isEmpty())
            continue;
        if (++*filled == 1)
            first = cell.trimmed();
    }
    return first;
}

bool isNote(const SheetRow &row)
{
    static const QRegularExpression note(
        QStringLiteral("^(keterangan|ket\\.|catatan|note|notes|sumber|mengetahui)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    int filled = 0;
    return note.match(firstFilled(row, &filled)).hasMatch();
}

bool isTotal(const SheetRow &row)
{
    static const QRegularExpression total(
        QStringLiteral("^(jumlah|total|sub ?total|grand total|rekap)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression number(QStringLiteral("^[\\d.,]+$"));
    int filled = 0;
    const QString first = firstFilled(row, &filled);
    if (total.match(first).hasMatch())
        return true;
    // A row with only numbers in it (a count or a sum under a column) is no asset.
    for (const QString &cell : row.cells) {
        if (!cell.trimmed().isEmpty() && !number.match(cell.trimmed()).hasMatch())
            return false;
    }
    return filled > 0;
}
} // namespace

qsizetype RegisterImport::trailerStart(const SheetData &sheet)
{
    const qsizetype size = sheet.rows.size();
    for (qsizetype start = sheet.headerIndex + 1; start < size; ++start) {
        const SheetRow &row = sheet.rows.at(start);
        if (!isNote(row) && !isTotal(row))
            continue;
        bool rest = true;
        for (qsizetype after = start; after < size; ++after) {
            if (isNote(sheet.rows.at(after)))
                break; // what follows a note is part of it
            if (!isTotal(sheet.rows.at(after))) {
                rest = false;
                break;
            }
        }
        if (rest)
            return start;
    }
    return size;
}

Result<ImportReport> RegisterImport::run(const SheetData &sheet, const ColumnMapping &mapping,
                                         const ImportOptions &options)
{
    if (sheet.isEmpty())
        return Error{
            QStringLiteral("empty_file"),
            tr("%1 is empty: there is no header and no asset to import.").arg(options.sourceName),
            QStringLiteral("file")};
    if (Status complete = mapping.checkNothingLost(); !complete.ok())
        return complete.error();
    const qsizetype dataEnd = trailerStart(sheet);
    if (dataEnd <= sheet.headerIndex + 1)
        return Error{QStringLiteral("no_rows"),
                     tr("%1 has a header (row %2) but no asset rows below it.")
                         .arg(options.sourceName)
                         .arg(sheet.headerLine()),
                     QStringLiteral("file")};
    Run run(m_db, mapping, options);
    run.report.rowCount = int(dataEnd - sheet.headerIndex - 1);
    run.report.headerLine = sheet.headerLine();
    for (qsizetype index = dataEnd; index < sheet.rows.size(); ++index)
        run.report.skippedRows.append({sheet.rows.at(index).line, rowText(sheet.rows.at(index))});
    run.report.ignoredColumns = mapping.unusedColumns();
    // Every row is checked and written inside one transaction, so each row is checked against
    // the rows above it with the same rules; the transaction is rolled back unless it is
    // to be kept (a confirmed import with no bad row, or skipInvalid).
    Status outcome = m_db.transaction([&]() -> Status {
        // Imports and approvals place servers one at a time (PostgreSQL; SQLite's write
        // transaction already does): the racks are read only once the lock is held.
        if (Status locked = PlacementRepository(m_db).lockForChanges(); !locked.ok())
            return locked;
        if (Status loaded = run.load(); !loaded.ok())
            return loaded;
        for (qsizetype index = sheet.headerIndex + 1; index < dataEnd; ++index) {
            if (Status taken = run.take(sheet.rows.at(index)); !taken.ok())
                return taken;
        }
        const bool keep = !options.dryRun && (run.report.problems.isEmpty() || options.skipInvalid);
        if (!keep)
            return Error{kRolledBack, {}, {}};
        return {};
    });
    if (!outcome.ok() && outcome.error().code != kRolledBack)
        return outcome.error();
    run.report.written = outcome.ok();
    if (!run.report.written)
        run.report.assetIds.clear();
    return run.report;
}

} // namespace kolokasi
