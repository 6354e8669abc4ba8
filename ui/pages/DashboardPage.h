#pragma once

#include "Page.h"

class QAbstractItemModel;
class QLabel;
class QTableView;

namespace kolokasi {

class CapacitySummaryModel;
class EmptyState;
class ExpiringPlacementsModel;
class OpenRequestsModel;
class PageTitle;
struct UiContext;

/// Dasbor: the open requests by step with their service-standard state (overdue first),
/// the placements whose validity has expired or expires within 30 days, and the free
/// capacity per NOC. Double-click or Enter on a line opens what it names.
class DashboardPage : public Page
{
    Q_OBJECT

public:
    DashboardPage(UiContext &context, QWidget *parent = nullptr);

    QString title() const override;
    void reload() override;

signals:
    void openRequested(qint64 requestId);
    /// The overdue-for-review line was followed: open Peninjauan.
    void reviewRequested();
    /// "... more: see Aset Register" under the validity list was followed.
    void registerRequested();
    /// "... more: see Permohonan" under the open requests was followed.
    void requestListRequested();
    /// The empty open-request list's "New request" (as Ctrl+N).
    void newRequestRequested();
    /// The empty capacity list's "Open Data centre": there is no NOC yet.
    void dataCentreRequested();

private:
    QTableView *section(const QString &objectName);
    void createModels();
    static void bind(QTableView *table, QAbstractItemModel *model, int stretchColumn);
    QLabel *moreLine(const QString &objectName);
    static void showMore(QLabel *line, int shown, int total, const QString &where);

    UiContext &m_context;
    PageTitle *m_title;
    OpenRequestsModel *m_openModel;
    ExpiringPlacementsModel *m_validityModel;
    CapacitySummaryModel *m_capacityModel;
    QTableView *m_openRequests;
    QTableView *m_validity;
    QTableView *m_capacity;
    EmptyState *m_openEmpty = nullptr;
    EmptyState *m_validityEmpty = nullptr;
    EmptyState *m_capacityEmpty = nullptr;
    QLabel *m_reviewOverdue; // "Terlambat ditinjau: N aset", a link to Peninjauan
    QLabel *m_moreOpen;      // "dan 3.120 lainnya — lihat di Permohonan"
    QLabel *m_moreValidity;  // "dan 3.120 lainnya — lihat di Aset Register"
};

} // namespace kolokasi
