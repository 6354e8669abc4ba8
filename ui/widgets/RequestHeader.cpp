#include "RequestHeader.h"

#include "StatusBadge.h"
#include "domain/SopStep.h"
#include "models/RequestNames.h"
#include "models/ServiceStateBadge.h"

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

void RequestHeader::showRequest(const RequestDossier &dossier, bool overdue)
{
    const Request &request = dossier.request;
    const QLocale locale;
    const QString date = request.letterDate.isValid()
                             ? locale.toString(request.letterDate, QStringLiteral("d MMMM yyyy"))
                             : QString();
    m_letter->setText(date.isEmpty() ? request.letterNumber
                                     : tr("%1, dated %2").arg(request.letterNumber, date));
    m_unit->setText(dossier.unit.name);
    m_subject->setText(request.subject);
    m_service->setText(request.kind == RequestKind::Withdrawal
                           ? RequestNames::kind(request.kind)
                           : RequestNames::serviceType(request.serviceType));
    const QString step = SopSteps::name(request.step);
    m_step->setText(request.kind == RequestKind::Withdrawal
                        ? step
                        : tr("%1 of 9 done: %2").arg(SopSteps::number(request.step)).arg(step));
    if (request.status == RequestStatus::Open) {
        const ServiceState state = overdue ? ServiceState::Overdue : ServiceState::OnTime;
        m_status->setState(
            ServiceStateBadge::colour(state),
            tr("%1, %2").arg(RequestNames::status(request.status), ServiceStateBadge::word(state)));
    } else {
        m_status->setState(ServiceStateBadge::colour(ServiceState::None),
                           RequestNames::status(request.status));
    }
}

void RequestHeader::showNew()
{
    m_letter->setText(tr("(new letter)"));
    for (QLabel *label : {m_unit, m_subject, m_service})
        label->clear();
    m_step->setText(tr("the letter is registered first"));
    m_status->setState(ServiceStateBadge::colour(ServiceState::OnTime), tr("New"));
}

} // namespace kolokasi
