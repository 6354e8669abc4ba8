#pragma once

// Private to RegisterImport: the checker of one import's rows.

#include "RegisterImport.h"

#include "capacity/PlacementRules.h"
#include "domain/FormField.h"
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

#include <QHash>
#include <QRegularExpression>

#include <optional>

namespace kolokasi {

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

class RegisterImport::RowImporter
{
    Q_DECLARE_TR_FUNCTIONS(RegisterImport)

public:
    RowImporter(Database &db, const ColumnMapping &mapping, const ImportOptions &options)
        : m_db(db), m_mapping(mapping), m_options(options)
    {
    }

    Status load();
    /// Checks one row; writes it if good. An error only when the store fails.
    Status take(const SheetRow &row);
    /// The store's refusal of a row's write, naming the row and (if known) the column.
    Error rowRefusal(const SheetRow &row, const Error &error) const;

    ImportReport report;

private:
    QString cell(const SheetRow &row, RegisterField field) const;
    void refuse(const SheetRow &row, RegisterField field, const QString &code,
                const QString &message);
    void refuse(const SheetRow &row, RegisterField field, const Error &error);
    /// Where a row says its server stands, before the NOC and rack are looked up.
    struct Location
    {
        QString noc, rack, firstU, heightU;
    };

    static QString key(const QString &name) { return name.simplified().toCaseFolded(); }
    std::optional<ImportedAsset> read(const SheetRow &row);
    void readCells(const SheetRow &row, ImportedAsset &asset);
    void readOfficer(const SheetRow &row, ImportedAsset &asset);
    Location readLocation(const SheetRow &row);
    void findRack(const SheetRow &row, const Location &where, ImportedAsset &asset);
    void readServiceType(const SheetRow &row, const QString &rackName, ImportedAsset &asset);
    void readSizes(const SheetRow &row, const Location &where, ImportedAsset &asset);
    void readDetails(const SheetRow &row, ImportedAsset &asset);
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

} // namespace kolokasi
