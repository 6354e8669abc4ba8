#pragma once

#include <QString>
#include <QStringList>

namespace kolokasi {

/// A field of one server's block of a form: "servers.<position>.<name>" split up.
struct ServerFieldName
{
    int position = 0; // 1..n; 0 when the name is not a server field
    QString name;     // "rack", "ip_address", "ram", ... ; empty for the whole row ("servers.2")
};

/// The field contract of refusals: every Error::field the workflow gives is one of these
/// names (or a server field built with ofServer()), so a page maps each to one widget and
/// marks it. Per-server blocks (the letter's servers, the approval's placement blocks, the
/// handover's delivered specs) name their row: "servers.2.rack".
struct FormField
{
    // Any step: the request itself is in the wrong state.
    static inline const QString kStatus = QStringLiteral("status");
    static inline const QString kKind = QStringLiteral("kind");
    static inline const QString kStep = QStringLiteral("step");

    // Step 1, surat permohonan.
    static inline const QString kUnit = QStringLiteral("unit");
    static inline const QString kSubject = QStringLiteral("subject");
    static inline const QString kLetterNumber = QStringLiteral("letter_number");
    static inline const QString kLetterDate = QStringLiteral("letter_date");
    static inline const QString kServers = QStringLiteral("servers");
    static inline const QString kServerName = QStringLiteral("name");
    static inline const QString kRackUnits = QStringLiteral("rack_units");
    static inline const QString kPowerW = QStringLiteral("power_w");

    // Step 2, disposisi.
    static inline const QString kToWhom = QStringLiteral("to_whom");

    // Steps 3, 6, 7, 9: the admin's note.
    static inline const QString kNote = QStringLiteral("note");

    // Step 4, pengajuan.
    static inline const QString kOfficer = QStringLiteral("officer");
    static inline const QString kNip = QStringLiteral("nip");
    static inline const QString kUnitAddress = QStringLiteral("unit_address");
    static inline const QString kContactPhone = QStringLiteral("contact_phone");
    static inline const QString kDomain = QStringLiteral("domain");
    static inline const QString kValidUntil = QStringLiteral("valid_until");
    static inline const QString kApplicationForm =
        QStringLiteral("application"); // the form is missing

    // Step 5, persetujuan; per server block: kNoc, kRack, kFirstU, kIpAddress, kDomain,
    // kSerialNumber, kOverrideNote.
    static inline const QString kReasons = QStringLiteral("reasons");
    static inline const QString kApprovalForm = QStringLiteral("approval"); // no approval yet
    static inline const QString kNoc = QStringLiteral("noc");
    static inline const QString kRack = QStringLiteral("rack");
    static inline const QString kFirstU = QStringLiteral("first_u");
    static inline const QString kIpAddress = QStringLiteral("ip_address");
    static inline const QString kSerialNumber = QStringLiteral("serial_number");
    static inline const QString kOverrideNote = QStringLiteral("override_note");

    // Step 8, serah terima; per server: ServerSpec::fieldNames() ("processor", "ram", ...).
    static inline const QString kGiverName = QStringLiteral("giver_name");
    static inline const QString kGiverNip = QStringLiteral("giver_nip");
    static inline const QString kReceiverName = QStringLiteral("receiver_name");
    static inline const QString kReceiverNip = QStringLiteral("receiver_nip");
    static inline const QString kHandoverForm = QStringLiteral("handover"); // no handover yet

    // Cancellation and corrections.
    static inline const QString kReason = QStringLiteral("reason");

    // Pencabutan.
    static inline const QString kAsset = QStringLiteral("asset");

    // Units and officers (Unit & Pejabat), signatories and the agency profile (Pengaturan).
    static inline const QString kName = QStringLiteral("name");
    static inline const QString kPhone = QStringLiteral("phone");
    static inline const QString kEmail = QStringLiteral("email");
    static inline const QString kPosition = QStringLiteral("position");
    static inline const QString kAddress = QStringLiteral("address");
    static inline const QString kGovernmentName = QStringLiteral("government_name");
    static inline const QString kOfficeName = QStringLiteral("office_name");
    static inline const QString kPlace = QStringLiteral("place");
    static inline const QString kNumberingPattern = QStringLiteral("numbering_pattern");

    // Pengaturan: office calendar, holidays and the database connection.
    static inline const QString kOfficeEnd = QStringLiteral("office_end");
    static inline const QString kWorkingDays = QStringLiteral("working_days");
    static inline const QString kDay = QStringLiteral("day");
    static inline const QString kHost = QStringLiteral("host");
    static inline const QString kDatabase = QStringLiteral("database");
    static inline const QString kPassword = QStringLiteral("password");
    static inline const QString kSslMode = QStringLiteral("sslmode");
    static inline const QString kFile = QStringLiteral("file");

    // Pusat Data: NOCs, racks, IP pools and facilities.
    static inline const QString kLocation = QStringLiteral("location");
    static inline const QString kHeightU = QStringLiteral("height_u");
    static inline const QString kPowerBudgetW = QStringLiteral("power_budget_w");
    static inline const QString kGateway = QStringLiteral("gateway");
    static inline const QString kIsPublic = QStringLiteral("is_public");
    static inline const QString kCapacity = QStringLiteral("capacity");

    // The first-run guide (InitialSetup); a person's fields are ofPerson(kHeadOfDivision, kNip).
    static inline const QString kNocName = QStringLiteral("noc_name");
    static inline const QString kRackCount = QStringLiteral("rack_count");
    static inline const QString kRackHeightU = QStringLiteral("rack_height_u");
    static inline const QString kRackPowerW = QStringLiteral("rack_power_w");
    static inline const QString kUps = QStringLiteral("ups");
    static inline const QString kGenset = QStringLiteral("genset");
    static inline const QString kBandwidth = QStringLiteral("bandwidth");
    static inline const QString kPoolName = QStringLiteral("pool_name");
    static inline const QString kPoolCidr = QStringLiteral("pool_cidr");
    static inline const QString kPoolGateway = QStringLiteral("pool_gateway");
    static inline const QString kHeadOfDivision = QStringLiteral("head_of_division");
    static inline const QString kDataCentreOfficer = QStringLiteral("dc_officer");
    static inline const QString kFirstUnitPrefix = QStringLiteral("unit_"); // "unit_name"

    /// A field of one person of the guide: "head_of_division/nip".
    static QString ofPerson(const QString &person, const QString &name)
    {
        return person + QLatin1Char('/') + name;
    }

    /// "servers.<position>.<name>", or "servers.<position>" for the whole row when `name` is empty.
    static QString ofServer(int position, const QString &name = {})
    {
        const QString row = kServers + QLatin1Char('.') + QString::number(position);
        return name.isEmpty() ? row : row + QLatin1Char('.') + name;
    }

    /// The server row and field named by `field`; position 0 if it is not a server field.
    static ServerFieldName parseServer(const QString &field)
    {
        const QStringList parts = field.split(QLatin1Char('.'));
        if (parts.size() < 2 || parts.size() > 3 || parts.first() != kServers)
            return {};
        bool ok = false;
        const int position = parts.at(1).toInt(&ok);
        if (!ok || position < 1)
            return {};
        return {position, parts.size() == 3 ? parts.at(2) : QString()};
    }
};

} // namespace kolokasi
