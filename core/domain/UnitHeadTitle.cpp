#include "UnitHeadTitle.h"

#include "Unit.h"

#include <QRegularExpression>

namespace kolokasi {

namespace {
struct KindOfUnit
{
    const char *pattern; // the unit's first word(s), any case
    const char *head;    // replaces them in the head's title
};

// A kind named by its head (Camat, Direktur, Sekretaris, Inspektur, Lurah): the head's word
// takes the place of the unit's. "RSUD" and "Rumah Sakit" stay: the head is "Direktur RSUD ...".
const KindOfUnit kKinds[] = {
    {"^kecamatan\\s+|^kec\\.\\s*", "Camat "}, {"^kelurahan\\s+|^kel\\.\\s*", "Lurah "},
    {"^sekretariat\\s+", "Sekretaris "},      {"^setda\\b\\s*", "Sekretaris Daerah "},
    {"^setwan\\b\\s*", "Sekretaris DPRD "},   {"^inspektorat\\b\\s*", "Inspektur "},
};

const QRegularExpression kHospital(QStringLiteral("^(rsud|rumah\\s+sakit)\\b"),
                                   QRegularExpression::CaseInsensitiveOption);
} // namespace

QString UnitHeadTitle::defaultFor(const QString &unitName)
{
    const QString name = unitName.simplified();
    if (name.isEmpty())
        return {};
    for (const KindOfUnit &kind : kKinds) {
        const QRegularExpression lead(QString::fromLatin1(kind.pattern),
                                      QRegularExpression::CaseInsensitiveOption);
        if (const QRegularExpressionMatch found = lead.match(name); found.hasMatch())
            return (QString::fromLatin1(kind.head) + name.mid(found.capturedLength())).trimmed();
    }
    if (kHospital.match(name).hasMatch())
        return QStringLiteral("Direktur ") + name;
    return QStringLiteral("Kepala ") + name;
}

QString UnitHeadTitle::of(const Unit &unit)
{
    const QString stored = unit.headTitle.simplified();
    return stored.isEmpty() ? defaultFor(unit.name) : stored;
}

} // namespace kolokasi
