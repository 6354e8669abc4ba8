#include "ApplicationStep.h"

#include "RequestTransition.h"
#include "domain/Officer.h"
#include "store/Database.h"
#include "store/StepRepository.h"
#include "store/UnitRepository.h"
#include "validation/DomainName.h"
#include "validation/Nip.h"
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
        auto request = transition.expect(requestId, 3);
        if (!request.ok())
            return request.error();
        if (Status valid = validate(application, *request); !valid.ok())
            return valid;
        Application stored = application;
        stored.requestId = requestId;
        stored.domain = DomainName::normalized(application.domain);
        stored.contactPhone = PhoneNumber::normalized(application.contactPhone);
        if (Status saved = StepRepository(m_db).saveApplication(stored); !saved.ok())
            return saved;
        return transition.advance(*request, 4, QStringLiteral("fill_application"), stored.domain);
    });
}

Status ApplicationStep::validate(const Application &application, const Request &request) const
{
    if (Status officer = checkOfficer(application.officerId, request, nullptr); !officer.ok())
        return officer;
    if (Status filled = Required::text(application.unitAddress, QStringLiteral("unit_address"), tr("Unit address"));
        !filled.ok())
        return filled;
    if (Status phone = PhoneNumber::validate(application.contactPhone, QStringLiteral("contact_phone")); !phone.ok())
        return phone;
    if (Status domain = DomainName::validate(application.domain); !domain.ok())
        return domain;
    if (!application.permanent && !application.validUntil.isValid())
        return Error{QStringLiteral("required"), tr("A placement that is not permanent needs its end date."),
                     QStringLiteral("valid_until")};
    if (!application.permanent && application.validUntil <= m_db.clock().today())
        return Error{QStringLiteral("invalid_value"), tr("The end of validity must lie in the future."),
                     QStringLiteral("valid_until")};
    return {};
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
    if (officer.nip.isEmpty() || !Nip::validate(officer.nip).ok())
        return incomplete(tr("The responsible officer %1 has no valid NIP.").arg(officer.name), QStringLiteral("nip"));
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
