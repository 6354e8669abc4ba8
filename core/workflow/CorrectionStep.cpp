#include "CorrectionStep.h"

#include "store/CorrectionRepository.h"
#include "store/Database.h"
#include "store/PlacementRepository.h"
#include "store/RequestEventRepository.h"
#include "store/RequestRepository.h"
#include "validation/DateInput.h"
#include "validation/DomainName.h"
#include "validation/EmployeeNumber.h"
#include "validation/Nip.h"
#include "validation/PhoneNumber.h"
#include "validation/Required.h"

namespace kolokasi {

Result<RequestEvent> CorrectionStep::correct(const Correction &correction)
{
    auto field = CorrectionRepository::field(correction.field);
    if (!field.ok())
        return field.error();
    if (Status filled = Required::text(correction.reason, QStringLiteral("reason"), tr("Reason"),
                                         TextInput::Lines::Multi); !filled.ok())
        return filled.error();
    auto value = normalizedValue(*field, correction);
    if (!value.ok())
        return value.error();
    return m_db.transaction([&]() -> Result<RequestEvent> {
        auto request = RequestRepository(m_db).find(correction.requestId);
        if (!request.ok())
            return request.error();
        if (request->step < field->step)
            return Error{QStringLiteral("not_yet_entered"),
                         tr("This value belongs to step %1, which the request has not reached.")
                             .arg(SopSteps::number(field->step)),
                         field->name};
        CorrectionRepository store(m_db);
        auto old = store.read(*field, correction.requestId, correction.recordId);
        if (!old.ok())
            return old.error();
        if (old->text == *value)
            return Error{QStringLiteral("unchanged"), tr("The new value is the same as the old one."), field->name};
        if (Status unique = checkUnique(*field, correction, *value); !unique.ok())
            return unique.error();
        if (Status written = store.write(*field, correction.requestId, correction.recordId, *value,
                                         correction.expectedRowVersion);
            !written.ok())
            return written.error();
        RequestEvent event;
        event.requestId = correction.requestId;
        event.step = field->step;
        event.action = QStringLiteral("correction");
        event.field = field->name;
        event.oldValue = old->text;
        event.newValue = *value;
        event.reason = correction.reason.trimmed();
        if (field->perRecord)
            event.details = QString::number(correction.recordId);
        if (Status logged = RequestEventRepository(m_db).append(event); !logged.ok())
            return logged.error();
        return event;
    });
}

Result<QString> CorrectionStep::normalizedValue(const CorrectableField &field, const Correction &correction) const
{
    const QString text = correction.newValue.trimmed();
    if (field.required) {
        if (Status filled = Required::text(text, field.name, field.name, TextInput::Lines::Multi); !filled.ok())
            return filled.error();
    }
    if (text.isEmpty())
        return text;
    if (field.kind == QLatin1String("date")) {
        auto day = DateInput::parse(text, field.name);
        if (!day.ok())
            return day.error();
        return day->toString(Qt::ISODate);
    }
    if (field.kind == QLatin1String("domain")) {
        if (Status valid = DomainName::validate(text, field.name); !valid.ok())
            return valid.error();
        return DomainName::normalized(text);
    }
    if (field.kind == QLatin1String("phone")) {
        if (Status valid = PhoneNumber::validate(text, field.name); !valid.ok())
            return valid.error();
        return PhoneNumber::normalized(text);
    }
    if (field.kind == QLatin1String("nip")) {
        if (Status valid = EmployeeNumber::validateEitherKind(text, field.name); !valid.ok())
            return valid.error();
        return Nip::normalized(text);
    }
    return text;
}

Status CorrectionStep::checkUnique(const CorrectableField &field, const Correction &correction,
                                   const QString &value) const
{
    if (value.isEmpty() || field.table != QLatin1String("placements"))
        return {};
    PlacementRepository placements(m_db);
    Result<bool> taken = false;
    if (field.column == QLatin1String("domain"))
        taken = placements.liveDomainTaken(value, correction.recordId);
    else if (field.column == QLatin1String("serial_number"))
        taken = placements.liveSerialTaken(value, correction.recordId);
    if (!taken.ok())
        return taken.error();
    if (*taken)
        return Error{QStringLiteral("duplicate"), tr("%1 is already used by another placed server.").arg(value),
                     field.name};
    return {};
}

const QList<CorrectableField> &CorrectionStep::catalogue()
{
    return CorrectionRepository::catalogue();
}

Result<CorrectableField> CorrectionStep::field(const QString &name)
{
    return CorrectionRepository::field(name);
}

Result<StoredValue> CorrectionStep::currentValue(const CorrectableField &field, qint64 requestId,
                                                 qint64 recordId) const
{
    return CorrectionRepository(m_db).read(field, requestId, recordId);
}

} // namespace kolokasi
