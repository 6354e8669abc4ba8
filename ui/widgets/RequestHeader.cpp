#include "RequestHeader.h"

#include "StatusBadge.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace kolokasi {

RequestHeader::RequestHeader(QWidget *parent)
    : QWidget(parent), m_letter(value(QStringLiteral("headerLetter"))),
      m_unit(value(QStringLiteral("headerUnit"))),
      m_subject(value(QStringLiteral("headerSubject"))),
      m_service(value(QStringLiteral("headerService"))),
      m_step(value(QStringLiteral("headerStep"))), m_status(new StatusBadge(this))
{
    setObjectName(QStringLiteral("requestHeader"));
    m_status->setObjectName(QStringLiteral("headerStatus"));
    m_subject->setWordWrap(true);
    auto *left = new QFormLayout;
    left->setLabelAlignment(Qt::AlignRight);
    left->addRow(tr("Letter:"), m_letter);
    left->addRow(tr("Unit:"), m_unit);
    left->addRow(tr("Subject:"), m_subject);
    auto *right = new QFormLayout;
    right->setLabelAlignment(Qt::AlignRight);
    right->addRow(tr("Service:"), m_service);
    right->addRow(tr("Status:"), m_status);
    right->addRow(tr("Step:"), m_step);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 3);
    layout->addSpacing(24);
    layout->addLayout(right, 2);
}

QLabel *RequestHeader::value(const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void RequestHeader::show(const RequestDossier &dossier, bool overdue)
{
    const Request &request = dossier.request;
    const QLocale locale;
    const QString date = request.letterDate.isValid()
                             ? locale.toString(request.letterDate, QLocale::LongFormat)
                             : QString();
    m_letter->setText(date.isEmpty() ? request.letterNumber
                                     : tr("%1 of %2").arg(request.letterNumber, date));
    m_unit->setText(dossier.unit.name);
    m_subject->setText(request.subject);
    m_service->setText(request.kind == RequestKind::Withdrawal ? tr("Pencabutan")
                                                               : serviceWord(request.serviceType));
    m_step->setText(request.kind == RequestKind::Withdrawal ? tr("Pencabutan")
                                                            : tr("%1 of 9").arg(request.step));
    StatusBadge::Tone tone = StatusBadge::Tone::Closed;
    if (request.status == RequestStatus::Open)
        tone = overdue ? StatusBadge::Tone::Overdue : StatusBadge::Tone::OnTime;
    m_status->setState(tone, statusWord(request, overdue));
}

void RequestHeader::showNew()
{
    m_letter->setText(tr("(new letter)"));
    for (QLabel *label : {m_unit, m_subject, m_service})
        label->clear();
    m_step->setText(tr("%1 of 9").arg(1));
    m_status->setState(StatusBadge::Tone::OnTime, tr("New"));
}

QString RequestHeader::statusWord(const Request &request, bool overdue)
{
    switch (request.status) {
    case RequestStatus::Open:
        return overdue ? tr("Overdue") : tr("On time");
    case RequestStatus::Completed:
        return request.kind == RequestKind::Withdrawal ? tr("Withdrawn") : tr("Completed");
    case RequestStatus::ClosedNoCapacity:
        return tr("No capacity");
    case RequestStatus::ClosedRejected:
        return tr("Rejected");
    case RequestStatus::ClosedCancelled:
        return tr("Cancelled");
    }
    return {};
}

QString RequestHeader::serviceWord(ServiceType type)
{
    return type == ServiceType::Hosting ? tr("Hosting") : tr("Co-location");
}

} // namespace kolokasi
