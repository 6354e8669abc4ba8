#pragma once

#include "Request.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace kolokasi {

/// A request's service-standard state (mutu baku) in the list and on the dashboard.
enum class ServiceState
{
    None, // closed or completed: the clock has stopped
    OnTime,
    DueSoon, // three quarters of a standard used (the step's or the whole procedure's)
    Overdue,
};

/// One line of the request list: the request with its unit's name and domain, read in one
/// query for many requests.
struct RequestSummary
{
    qint64 id = 0;
    RequestKind kind = RequestKind::Placement;
    ServiceType serviceType = ServiceType::Colocation;
    qint64 unitId = 0;
    QString unitName;
    QString letterNumber;
    QDate letterDate;
    QString subject;
    QString domain; // from the pengajuan, once filled
    QDateTime receivedAt;
    SopStep step = SopStep::RequestLetter; // the last step done
    RequestStatus status = RequestStatus::Open;
    QDateTime closedAt;
    QDateTime stepDoneAt; // when the last step was done (the letter's receipt at step 1)
    ServiceState state = ServiceState::None;
};

/// The columns the request list can sort by (in SQL).
enum class RequestSort
{
    ByReceivedAt,
    ByLetterNumber,
    ByLetterDate,
    ByUnit,
    BySubject,
    ByDomain,
    ByStep,
    ByStatus,
    ByServiceType
};

/// Search, filters, sort and page of the request list. Empty filters match everything.
struct RequestListQuery
{
    QString search; // letter number, unit, subject or domain contains it (any case)
    std::optional<RequestStatus> status;
    std::optional<SopStep> step; // the last step done
    qint64 unitId = 0;
    int year = 0; // the year the letter was received
    std::optional<ServiceType> serviceType;
    std::optional<RequestKind> kind;
    RequestSort sort = RequestSort::ByReceivedAt;
    bool descending = true;
    int offset = 0;
    int limit = 100; // 0: no limit
};

} // namespace kolokasi
