#include "AssetRegisterModel.h"

#include "RequestNames.h"
#include "ServiceStateBadge.h"
#include "common/Clock.h"
#include "register/AssetRegister.h"
#include "register/ReviewSchedule.h"

#include <QLocale>

namespace kolokasi {

namespace {
std::optional<RegisterColumn> sortOf(int column)
{
    switch (column) {
    case AssetRegisterModel::RegisterNumberColumn:
        return RegisterColumn::RegisterNumber;
    case AssetRegisterModel::ServerNameColumn:
        return RegisterColumn::ServerName;
    case AssetRegisterModel::UnitColumn:
        return RegisterColumn::Unit;
    case AssetRegisterModel::OfficerColumn:
        return RegisterColumn::Officer;
    case AssetRegisterModel::DomainColumn:
        return RegisterColumn::Domain;
    case AssetRegisterModel::IpAddressColumn:
        return RegisterColumn::IpAddress;
    case AssetRegisterModel::SerialNumberColumn:
        return RegisterColumn::SerialNumber;
    case AssetRegisterModel::TypeBrandColumn:
        return RegisterColumn::TypeBrand;
    case AssetRegisterModel::LocationColumn:
        return RegisterColumn::Location;
    case AssetRegisterModel::PowerColumn:
        return RegisterColumn::PowerW;
    case AssetRegisterModel::InstalledOnColumn:
        return RegisterColumn::InstalledOn;
    case AssetRegisterModel::ValidUntilColumn:
        return RegisterColumn::ValidUntil;
    case AssetRegisterModel::StatusColumn:
        return RegisterColumn::State;
    case AssetRegisterModel::LastReviewColumn:
        return RegisterColumn::LastReviewedOn;
    default:
        return std::nullopt;
    }
}

QString shortDate(const QDate &day)
{
    return day.isValid() ? QLocale().toString(day, QStringLiteral("dd/MM/yyyy")) : QString();
}

// Set while the model announces a change: views (and QAbstractItemModelTester) ask to fetch
// more from inside those signals, and a page inserted then would nest one change in another.
class ChangeGuard
{
public:
    explicit ChangeGuard(bool &flag) : m_flag(flag) { m_flag = true; }
    ~ChangeGuard() { m_flag = false; }
    ChangeGuard(const ChangeGuard &) = delete;
    ChangeGuard &operator=(const ChangeGuard &) = delete;

private:
    bool &m_flag;
};

QString specText(const ServerSpec &spec)
{
    QStringList parts;
    for (const QString &part : {spec.processor, spec.ram, spec.storage})
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    return parts.join(QStringLiteral(", "));
}
} // namespace

AssetRegisterModel::AssetRegisterModel(Database &db, const Clock &clock, QObject *parent,
                                       bool readNow)
    : QAbstractTableModel(parent), m_db(db), m_clock(clock)
{
    if (readNow)
        reload();
}

bool AssetRegisterModel::isSortable(int column)
{
    return sortOf(column).has_value();
}

void AssetRegisterModel::setFilter(const AssetFilter &filter)
{
    m_filter = filter;
    reload();
}

void AssetRegisterModel::reload()
{
    const ChangeGuard changing(m_changing);
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_lastError.clear();
    m_today = m_clock.today();
    auto total = AssetRegister(m_db).count(m_filter);
    if (total.ok()) {
        m_total = *total;
        if (m_total > 0)
            readPage(0, m_rows);
    } else {
        m_lastError = total.error().message;
    }
    endResetModel();
}

bool AssetRegisterModel::readPage(int offset, QList<RegisterEntry> &rows)
{
    RegisterPage page = m_order;
    page.offset = offset;
    page.limit = kPageSize;
    auto lines = AssetRegister(m_db).page(m_filter, page);
    if (!lines.ok()) {
        m_lastError = lines.error().message;
        return false;
    }
    rows = *lines;
    return true;
}

bool AssetRegisterModel::isReviewOverdue(const RegisterEntry &entry, const QDate &today)
{
    return entry.asset.status == AssetStatus::Active &&
           ReviewSchedule::isOverdue(entry.asset.lastReviewedOn, today);
}

bool AssetRegisterModel::isExpired(const RegisterEntry &entry, const QDate &today)
{
    return entry.asset.status == AssetStatus::Active && !entry.asset.permanent &&
           entry.asset.validUntil.isValid() && entry.asset.validUntil < today;
}

int AssetRegisterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AssetRegisterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssetRegisterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RegisterEntry &entry = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(entry, index.column(), m_today);
    case Qt::ToolTipRole:
        return index.column() == SpecColumn ? specText(entry.spec) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == PowerColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                             : QVariant();
    case IdRole:
        return entry.asset.id;
    case RequestIdRole:
        return entry.asset.requestId;
    case ReviewOverdueRole:
        return isReviewOverdue(entry, m_today);
    case ExpiredRole:
        return isExpired(entry, m_today);
    case StatusColourRole:
        return index.column() == StatusColumn
                   ? ServiceStateBadge::colour(entry.asset.status == AssetStatus::Active
                                                   ? ServiceState::OnTime
                                                   : ServiceState::None)
                   : QVariant();
    default:
        return {};
    }
}

QString AssetRegisterModel::displayText(const RegisterEntry &entry, int column, const QDate &today)
{
    const Asset &asset = entry.asset;
    const Placement &placement = entry.placement;
    switch (column) {
    case RegisterNumberColumn:
        return asset.registerNumber;
    case ServerNameColumn:
        return entry.serverName;
    case UnitColumn:
        return entry.unitName;
    case OfficerColumn:
        return entry.officerName;
    case DomainColumn:
        return placement.domain;
    case IpAddressColumn:
        return placement.ipAddresses.join(QStringLiteral(", "));
    case SerialNumberColumn:
        return placement.serialNumber;
    case TypeBrandColumn:
        return placement.typeBrand;
    case SpecColumn:
        return specText(entry.spec);
    case LocationColumn:
        if (placement.rackId <= 0)
            return asset.serviceType == ServiceType::Hosting ? tr("%1 / hosting").arg(entry.nocName)
                                                             : entry.nocName;
        return placement.heightU > 1
                   ? tr("%1 / %2 / U%3–%4")
                         .arg(entry.nocName, entry.rackName)
                         .arg(placement.firstU)
                         .arg(placement.lastU())
                   : tr("%1 / %2 / U%3").arg(entry.nocName, entry.rackName).arg(placement.firstU);
    case PowerColumn:
        return entry.powerW > 0 ? tr("%1 W").arg(QLocale().toString(entry.powerW)) : QString();
    case InstalledOnColumn:
        return shortDate(asset.installedOn);
    case ValidUntilColumn:
        if (asset.permanent)
            return tr("permanent");
        return isExpired(entry, today) ? tr("%1 (expired)").arg(shortDate(asset.validUntil))
                                       : shortDate(asset.validUntil);
    case StatusColumn:
        return asset.status == AssetStatus::Active ? tr("Active") : tr("Withdrawn");
    case LastReviewColumn: {
        const QString reviewed =
            asset.lastReviewedOn.isValid() ? shortDate(asset.lastReviewedOn) : tr("never");
        return isReviewOverdue(entry, today) ? tr("%1 (overdue)").arg(reviewed) : reviewed;
    }
    default:
        return {};
    }
}

QVariant AssetRegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return columnName(section);
}

QString AssetRegisterModel::columnName(int column)
{
    switch (column) {
    case RegisterNumberColumn:
        return tr("Register no.");
    case ServerNameColumn:
        return tr("Server name");
    case UnitColumn:
        return tr("Unit");
    case OfficerColumn:
        return tr("Responsible officer");
    case DomainColumn:
        return tr("Domain");
    case IpAddressColumn:
        return tr("IP address");
    case SerialNumberColumn:
        return tr("S/N");
    case TypeBrandColumn:
        return tr("Type and brand");
    case SpecColumn:
        return tr("Specification");
    case LocationColumn:
        return tr("NOC / rack / U");
    case PowerColumn:
        return tr("Power");
    case InstalledOnColumn:
        return tr("Installed");
    case ValidUntilColumn:
        return tr("Valid until");
    case StatusColumn:
        return tr("Status");
    case LastReviewColumn:
        return tr("Last review");
    default:
        return {};
    }
}

bool AssetRegisterModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void AssetRegisterModel::fetchMore(const QModelIndex &parent)
{
    if (m_changing || !canFetchMore(parent))
        return; // a view's check inside our own change signal: the next scroll fetches
    const ChangeGuard changing(m_changing);
    QList<RegisterEntry> more;
    if (!readPage(static_cast<int>(m_rows.size()), more) || more.isEmpty()) {
        m_total = static_cast<int>(m_rows.size()); // the register shrank meanwhile: stop asking
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
}

void AssetRegisterModel::sort(int column, Qt::SortOrder order)
{
    const auto by = sortOf(column);
    if (!by)
        return;
    m_order.sortBy = *by;
    m_order.descending = order == Qt::DescendingOrder;
    reload();
}

} // namespace kolokasi
