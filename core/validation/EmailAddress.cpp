#include "EmailAddress.h"

#include "DomainName.h"

#include <QRegularExpression>

namespace kolokasi {

Status EmailAddress::validate(const QString &input, const QString &field)
{
    const QString address = input.trimmed();
    if (address.isEmpty())
        return Error{QStringLiteral("required"), tr("The e-mail address must be filled in."),
                     field};
    // The host part follows the domain rule; the local part is what mail servers commonly accept.
    static const QRegularExpression local(QStringLiteral("^[A-Za-z0-9._%+\\-]{1,64}$"));
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    const QString host = address.mid(at + 1);
    if (at <= 0 || !local.match(address.left(at)).hasMatch() || host.contains(QLatin1Char('/')) ||
        !DomainName::validate(host).ok())
        return Error{QStringLiteral("email_invalid"),
                     tr("%1 is not an e-mail address (for example diskominfo@cirebonkab.go.id).")
                         .arg(address),
                     field};
    return {};
}

} // namespace kolokasi
