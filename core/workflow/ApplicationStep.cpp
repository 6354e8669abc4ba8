#include "ApplicationStep.h"

#include "RequestTransition.h"
#include "domain/FormField.h"
#include "domain/Officer.h"
#include "domain/Problems.h"
#include "store/Database.h"
#include "store/RequestRepository.h"
#include "store/StepRepository.h"
#include "store/UnitRepository.h"
#include "validation/DomainName.h"
#include "validation/EmployeeNumber.h"
#include "validation/PhoneNumber.h"
#include "validation/Required.h"

namespace kolokasi {

namespace {
Error incomplete(const QString &what, const QString &field)
{
    return Error{QStringLiteral("application_incomplete"), what, field};
}
} // namespace

Status ApplicationStep::fill(qint64 requestId, const Application &application)
{
    return m_db.transaction([&]() -> Status {
        RequestTransition transition(m_db);
        auto request = transition.expectReadyFor(requestId, SopStep::Application);
        if (!request.ok())
            return request.error();
        if (const QList<Error> found = problems(*request, application); !found.isEmpty())
            return found.first();
        Application stored = application;
        stored.requestId = requestId;
        stored.domain = DomainName::normalized(application.domain);
        stored.contactPhone = PhoneNumber::normalized(application.contactPhone);
        if (Status saved = StepRepository(m_db).saveApplication(stored); !saved.ok())
            return saved;
        return transition.advance(*request, SopStep::Application, stored.domain);
    });
}

QList<Error> ApplicationStep::problems(qint64 requestId, const Application &application) const
{
    auto request = RequestRepository(m_db).find(requestId);
    if (!request.ok())
        return {request.error()};
    return problems(*request, application);
}

QList<Error> ApplicationStep::problems(const Request &request, const Application &application) const
{
    Problems found;
    found.add(checkOfficer(application.officerId, request, nullptr));
    found.add(Required::text(application.unitAddress, FormField::kUnitAddress, tr("Unit address")));
    found.add(PhoneNumber::validate(application.contactPhone, FormField::kContactPhone));
    found.add(DomainName::validate(application.domain, FormField::kDomain));
    if (!application.permanent && !application.validUntil.isValid())
        found.add(Error{QStringLiteral("required"),
                        tr("A placement that is not permanent needs its end date."),
                        FormField::kValidUntil});
    else if (!application.permanent && application.validUntil <= m_db.clock().today())
        found.add(Error{QStringLiteral("invalid_value"),
                        tr("The end of validity must lie in the future."), FormField::kValidUntil});
    return found.list();
}

Status ApplicationStep::checkOfficer(qint64 officerId, const Request &request, Officer *officer) const
{
    if (Status chosen = Required::reference(officerId, QStringLiteral("officer"), tr("Responsible officer"));
        !chosen.ok())
        return chosen;
    auto found = UnitRepository(m_db).findOfficer(officerId);
    if (!found.ok())
        return Error{found.error().code, found.error().message, QStringLiteral("officer")};
    if (found->unitId != request.unitId)
        return Error{QStringLiteral("invalid_value"), tr("The responsible officer must belong to the requesting unit."),
                     QStringLiteral("officer")};
    if (officer)
        *officer = *found;
    return {};
}

Status ApplicationStep::checkComplete(const Request &request) const
{
    auto application = StepRepository(m_db).application(request.id);
    if (!application.ok())
        return incomplete(tr("The application form (pengajuan) has not been filled."), QStringLiteral("application"));
    Officer officer;
    if (Status valid = checkOfficer(application->officerId, request, &officer); !valid.ok())
        return incomplete(valid.error().message, QStringLiteral("officer"));
    if (officer.nip.isEmpty() || !EmployeeNumber::validate(officer.nip, officer.kind).ok())
        return incomplete(
            tr("The responsible officer %1 has no valid NIP or PPPK number.").arg(officer.name),
            QStringLiteral("nip"));
    if (application->unitAddress.trimmed().isEmpty())
        return incomplete(tr("The unit address is missing."), QStringLiteral("unit_address"));
    if (application->contactPhone.trimmed().isEmpty())
        return incomplete(tr("The contact number is missing."), QStringLiteral("contact_phone"));
    if (application->domain.trimmed().isEmpty())
        return incomplete(tr("The domain name is missing."), QStringLiteral("domain"));
    if (!application->permanent && !application->validUntil.isValid())
        return incomplete(tr("The end of validity is missing."), QStringLiteral("valid_until"));
    return {};
}

} // namespace kolokasi
