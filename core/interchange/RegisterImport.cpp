#include "RegisterImportRows.h"

#include "capacity/PlacementRules.h"
#include "domain/Noc.h"
#include "domain/Rack.h"
#include "register/AssetRegister.h"
#include "services/MasterData.h"
#include "store/AssetRepository.h"
#include "store/AuditLog.h"
#include "store/DataCentreRepository.h"
#include "store/Database.h"
#include "store/PlacementRepository.h"
#include "store/RequestRepository.h"
#include "store/ReviewRepository.h"
#include "store/ServerRepository.h"
#include "validation/DateInput.h"
#include "validation/DomainName.h"
#include "validation/EmployeeNumber.h"
#include "validation/IpAddress.h"
#include "validation/Nip.h"
#include "validation/TextInput.h"
#include <cmath>

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
const QString kRolledBack = QStringLiteral("import_not_written");
} // namespace

Status RegisterImport::RowImporter::load()
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

Error RegisterImport::RowImporter::rowRefusal(const SheetRow &row, const Error &error) const
{
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
    const auto column = fieldOfColumn.constFind(error.field);
    if (column == fieldOfColumn.constEnd())
        return Error{error.code, tr("Line %1: %2").arg(row.line).arg(error.message), error.field};
    return Error{error.code,
                 tr("Line %1, column %2: %3")
                     .arg(row.line)
                     .arg(m_mapping.columnName(*column), error.message),
                 m_mapping.columnName(*column)};
}

Status RegisterImport::RowImporter::take(const SheetRow &row)
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
    if (!id.ok())
        return rowRefusal(row, id.error());
    ++report.acceptedCount;
    report.assetIds.append(*id);
    return {};
}

Result<bool> RegisterImport::RowImporter::registerNumberTaken(const QString &number) const
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

Unit RegisterImport::RowImporter::knownUnit(const QString &name) const
{
    if (const auto known = m_units.constFind(key(name)); known != m_units.constEnd())
        return *known;
    return m_shortUnits.value(key(name));
}

Result<qint64> RegisterImport::RowImporter::unitId(const QString &name)
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

Result<qint64> RegisterImport::RowImporter::officerId(const ImportedAsset &asset, qint64 unitId)
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

Result<qint64> RegisterImport::RowImporter::write(const ImportedAsset &asset,
                                                  const QList<AddressAssignment> &addresses,
                                                  int line)
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
    RowImporter run(m_db, mapping, options);
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
