#include "DomainName.h"

#include <QRegularExpression>

namespace kolokasi {

QString DomainName::normalized(const QString &input)
{
    QString name = input.trimmed().toLower();
    for (const QLatin1String scheme : {QLatin1String("https://"), QLatin1String("http://")}) {
        if (name.startsWith(scheme))
            name = name.mid(scheme.size());
    }
    if (name.endsWith(QLatin1Char('/')))
        name.chop(1);
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name;
}

Status DomainName::validate(const QString &input, const QString &field)
{
    const QString name = normalized(input);
    if (name.isEmpty())
        return Error{QStringLiteral("required"), tr("The domain name must be filled in."), field};
    static const QRegularExpression label(QStringLiteral("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"));
    const QStringList labels = name.split(QLatin1Char('.'));
    const bool labelsValid = std::all_of(labels.begin(), labels.end(),
                                         [](const QString &part) { return label.match(part).hasMatch(); });
    const bool topLevelValid = labels.size() >= 2 && !labels.last().front().isDigit();
    if (name.size() > 253 || !labelsValid || !topLevelValid)
        return Error{QStringLiteral("domain_invalid"),
                     tr("%1 is not a valid domain name (for example simpeg.cirebonkab.go.id).").arg(input.trimmed()),
                     field};
    return {};
}

} // namespace kolokasi
