#pragma once

#include "common/Result.h"
#include "domain/RegisterEntry.h"
#include "store/AssetRepository.h"

#include <QDate>
#include <QList>

namespace kolokasi {

class Database;

/// The asset register (aset register) as screens and printouts read it: filtered, searched,
/// sorted and paged lists (each page one query, so a screen stays quick at 100,000 assets),
/// the validity (masa berlaku) of not-permanent placements and the yearly review's overdue list.
class AssetRegister
{
public:
    /// An asset not reviewed for this many months (or never) is overdue for review.
    static constexpr int kReviewIntervalMonths = 12;

    explicit AssetRegister(Database &db) : m_db(db) {}

    /// Register lines by NOC, unit and status (0 / empty: any), by register number.
    Result<QList<RegisterEntry>> entries(const AssetFilter &filter = {}) const;
    /// One page of the lines matching `filter`, sorted as `page` says.
    Result<QList<RegisterEntry>> page(const AssetFilter &filter, const RegisterPage &page) const;
    /// How many lines match `filter` (the row count beside the table).
    Result<int> count(const AssetFilter &filter = {}) const;

    /// Active assets whose validity ended before `today`.
    Result<QList<RegisterEntry>> expired(const QDate &today) const;
    /// Active assets still valid on `today` whose validity ends within `days` days.
    Result<QList<RegisterEntry>> expiringWithin(int days, const QDate &today) const;
    /// The first `limit` active assets whose validity has ended or ends within `days` days of
    /// `today`, soonest first (a screen's first rows; count() with onlyValidityEndingWithin()
    /// says how many there are in all).
    Result<QList<RegisterEntry>> firstValidityEndingWithin(int days, const QDate &today,
                                                           int limit) const;
    /// Active assets not reviewed in the last 12 months, or never.
    Result<QList<RegisterEntry>> overdueForReview(const QDate &today) const;

    /// Narrows `filter` to active assets whose validity ended before `today`.
    static AssetFilter onlyExpired(AssetFilter filter, const QDate &today);
    /// Narrows `filter` to active assets still valid on `today` whose validity ends within `days`.
    static AssetFilter onlyExpiringWithin(AssetFilter filter, int days, const QDate &today);
    /// Narrows `filter` to active assets whose validity has ended or ends within `days`.
    static AssetFilter onlyValidityEndingWithin(AssetFilter filter, int days, const QDate &today);
    /// Narrows `filter` to active assets overdue for the yearly review on `today`.
    static AssetFilter onlyReviewOverdue(AssetFilter filter, const QDate &today);

private:
    Database &m_db;
};

} // namespace kolokasi
