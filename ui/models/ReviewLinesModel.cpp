#include "ReviewLinesModel.h"

#include "StatePalette.h"
#include "store/Database.h"

#include <QColor>
#include <QLocale>

namespace kolokasi {

ReviewLinesModel::ReviewLinesModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db)
{
}

Status ReviewLinesModel::load(qint64 reviewId)
{
    Result<ReviewProgress> read = reviewId > 0 ? ReviewProcess(m_db).progress(reviewId)
                                               : Result<ReviewProgress>(ReviewProgress{});
    beginResetModel();
    m_reviewId = reviewId;
    m_progress = read.ok() ? *read : ReviewProgress{};
    rebuildShown();
    endResetModel();
    return read.ok() ? Status() : Status(read.error());
}

void ReviewLinesModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    rebuildShown();
    endResetModel();
}

int ReviewLinesModel::rowOfAsset(qint64 assetId) const
{
    for (int row = 0; row < m_shown.size(); ++row) {
        if (lineAt(row).entry.asset.id == assetId)
            return row;
    }
    return -1;
}

const ReviewLine &ReviewLinesModel::lineAt(int row) const
{
    return m_progress.lines.at(m_shown.at(row));
}

Status ReviewLinesModel::mark(int row, ReviewFinding finding, const QString &note)
{
    if (row < 0 || row >= m_shown.size())
        return {};
    const ReviewLine &line = lineAt(row);
    const int version = line.finding ? line.finding->rowVersion : 0;
    auto saved = ReviewProcess(m_db).mark(m_reviewId, line.entry.asset.id, finding, note, version);
    if (!saved.ok())
        return saved.error();
    m_progress.lines[m_shown.at(row)].finding = *saved;
    recount();
    if (passes(lineAt(row))) {
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else {
        beginRemoveRows({}, row, row);
        m_shown.removeAt(row);
        endRemoveRows();
    }
    return {};
}

QString ReviewLinesModel::findingText(const std::optional<ReviewItem> &finding)
{
    if (!finding)
        return tr("Not reviewed");
    switch (finding->finding()) {
    case ReviewFinding::Matches:
        return tr("Matches");
    case ReviewFinding::DoesNotMatch:
        return tr("Does not match");
    case ReviewFinding::NotFound:
        return tr("Not found");
    }
    return {};
}

QString ReviewLinesModel::progressText() const
{
    const QLocale locale;
    return tr("%1 of %2 reviewed")
        .arg(locale.toString(m_progress.marked), locale.toString(m_progress.lines.size()));
}

int ReviewLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

int ReviewLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReviewLine &line = lineAt(index.row());
    const RegisterEntry &e = line.entry;
    switch (role) {
    case AssetIdRole:
        return e.asset.id;
    case RequestIdRole:
        return e.asset.requestId;
    case FindingRole:
        return line.finding ? static_cast<int>(line.finding->finding()) : -1;
    case RowVersionRole:
        return line.finding ? line.finding->rowVersion : 0;
    case FindingColourRole:
        if (!line.finding)
            return StatePalette::ink(PaletteState::Closed); // grey: still to do
        return StatePalette::colour(line.finding->matches ? PaletteState::OnTime
                                                          : PaletteState::Overdue);
    case Qt::ToolTipRole:
        return index.column() == NoteColumn && line.finding ? line.finding->note : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case RegisterNumberColumn:
        return e.asset.registerNumber;
    case ServerColumn:
        return e.serverName;
    case UnitColumn:
        return e.unitName;
    case LocationColumn: {
        const QString units = e.placement.heightU > 1
                                  ? QStringLiteral("U%1–U%2")
                                        .arg(e.placement.firstU)
                                        .arg(e.placement.firstU + e.placement.heightU - 1)
                                  : QStringLiteral("U%1").arg(e.placement.firstU);
        if (e.rackName.isEmpty())
            return e.nocName;
        return QStringLiteral("%1 / %2 / %3").arg(e.nocName, e.rackName, units);
    }
    case SerialNumberColumn:
        return e.placement.serialNumber;
    case DomainColumn:
        return e.placement.domain;
    case FindingColumn:
        return findingText(line.finding);
    case NoteColumn:
        return line.finding ? line.finding->note : QString();
    default:
        return {};
    }
}

QVariant ReviewLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RegisterNumberColumn:
        return tr("Register number");
    case ServerColumn:
        return tr("Server");
    case UnitColumn:
        return tr("Unit");
    case LocationColumn:
        return tr("NOC / rack / U");
    case SerialNumberColumn:
        return tr("S/N");
    case DomainColumn:
        return tr("Domain");
    case FindingColumn:
        return tr("Finding");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

bool ReviewLinesModel::passes(const ReviewLine &line) const
{
    switch (m_filter) {
    case Filter::All:
        return true;
    case Filter::Unmarked:
        return !line.finding;
    case Filter::Matches:
        return line.finding && line.finding->finding() == ReviewFinding::Matches;
    case Filter::DoesNotMatch:
        return line.finding && line.finding->finding() == ReviewFinding::DoesNotMatch;
    case Filter::NotFound:
        return line.finding && line.finding->finding() == ReviewFinding::NotFound;
    }
    return true;
}

void ReviewLinesModel::rebuildShown()
{
    m_shown.clear();
    for (int i = 0; i < m_progress.lines.size(); ++i) {
        if (passes(m_progress.lines.at(i)))
            m_shown.append(i);
    }
}

// The counts as ReviewProcess::progress makes them, after a finding saved here.
void ReviewLinesModel::recount()
{
    m_progress.marked = m_progress.matching = m_progress.notMatching = m_progress.notFound = 0;
    for (const ReviewLine &line : std::as_const(m_progress.lines)) {
        if (!line.finding)
            continue;
        ++m_progress.marked;
        switch (line.finding->finding()) {
        case ReviewFinding::Matches:
            ++m_progress.matching;
            break;
        case ReviewFinding::DoesNotMatch:
            ++m_progress.notMatching;
            break;
        case ReviewFinding::NotFound:
            ++m_progress.notFound;
            break;
        }
    }
}

} // namespace kolokasi
