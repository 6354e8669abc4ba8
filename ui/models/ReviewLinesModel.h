#pragma once

#include "common/Result.h"
#include "register/ReviewProcess.h"

#include <QAbstractTableModel>

namespace kolokasi {

class Database;

/// The assets of one review (peninjauan) with their findings, as the review page shows them:
/// read from the store (so a review another admin started or marked is seen as stored),
/// narrowed by a filter, marked one asset at a time through ReviewProcess.
class ReviewLinesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RegisterNumberColumn,
        ServerColumn,
        UnitColumn,
        LocationColumn, // NOC / rack / U
        SerialNumberColumn,
        DomainColumn,
        FindingColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role
    {
        AssetIdRole = Qt::UserRole + 1, // qint64
        RequestIdRole,                  // qint64 the request that placed the asset
        FindingRole,                    // int: a ReviewFinding, or -1 when not marked yet
        RowVersionRole,                 // int: the finding's row version (0: none yet)
        FindingColourRole,              // QColor of the finding's badge
    };
    /// Which lines are shown.
    enum class Filter
    {
        All,
        Unmarked, // belum
        Matches,
        DoesNotMatch,
        NotFound,
    };

    explicit ReviewLinesModel(Database &db, QObject *parent = nullptr);

    /// Reads the review and its findings again from the store (0: shows nothing).
    Status load(qint64 reviewId);
    /// Reads the review shown again.
    Status reload() { return load(m_reviewId); }
    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }

    qint64 reviewId() const { return m_reviewId; }
    /// The review and its counts over every line (not only the shown ones).
    const ReviewProgress &progress() const { return m_progress; }
    /// The shown row of an asset, -1 when it is not shown.
    int rowOfAsset(qint64 assetId) const;
    const ReviewLine &lineAt(int row) const;

    /// Saves the finding of the asset on `row` at once, guarded by the version shown: a
    /// finding changed meanwhile by another admin is refused (code stale), never overwritten.
    /// A line that no longer passes the filter leaves the view.
    Status mark(int row, ReviewFinding finding, const QString &note);

    /// "Sesuai", "Tidak sesuai", "Tidak ditemukan", or "Belum ditinjau" for no finding.
    static QString findingText(const std::optional<ReviewItem> &finding);
    /// "312 dari 1.204 ditinjau".
    QString progressText() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    bool passes(const ReviewLine &line) const;
    void rebuildShown();
    void recount();

    Database &m_db;
    qint64 m_reviewId = 0;
    ReviewProgress m_progress;
    Filter m_filter = Filter::All;
    QList<int> m_shown; // indexes into m_progress.lines
};

} // namespace kolokasi
