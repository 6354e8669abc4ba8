#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace kolokasi {

/// A column of the asset register as exported and imported.
enum class RegisterField
{
    RegisterNumber,
    ServerName,
    Unit,
    OfficerName,
    OfficerNip,
    ServiceType,
    Domain,
    IpAddresses,
    SerialNumber,
    TypeBrand,
    Processor,
    Ram,
    Motherboard,
    Storage,
    Psu,
    Noc,
    Rack,
    FirstU,
    HeightU,
    PowerW,
    InstalledOn,
    ValidUntil,
    State,
    LastReviewedOn,
    /// Import only: a combined location cell ("Rak R01 / U 5-6"), read into rack, first U and
    /// height when the sheet has no separate columns for them. Never exported.
    Location
};

/// Names of the register's columns: the Indonesian header an export writes, the header names
/// (Indonesian or English) an import recognises, and a label for messages.
class RegisterFields
{
    Q_DECLARE_TR_FUNCTIONS(RegisterFields)

public:
    /// Every field, in export order.
    static const QList<RegisterField> &all();
    /// The fields an import can read: all() and Location.
    static const QList<RegisterField> &importable();
    /// The header names an import recognises, normalized (normalizedHeader()), as one table:
    /// each alias with its field.
    static QList<QPair<QString, RegisterField>> aliases();
    /// Whether a header an import does not recognise still looks like a register field (it
    /// names a rack, a NIP, a date, ...): such a column is not left out without being told.
    static bool looksLikeField(const QString &header);
    /// Fields an import cannot do without.
    static bool isRequired(RegisterField field);
    /// The header an export writes (Indonesian, like the printed register).
    static QString header(RegisterField field);
    /// The field's name in the user's language, for messages and the mapping step.
    static QString label(RegisterField field);
    /// A header as compared: lower case, letters and digits only ("No. Register" -> "noregister").
    static QString normalizedHeader(const QString &header);
    /// The field a header names, matched on normalizedHeader() against Indonesian and English
    /// names.
    static std::optional<RegisterField> fromHeader(const QString &header);
};

} // namespace kolokasi
