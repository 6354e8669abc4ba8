#pragma once

#include <QString>
#include <QStringList>

namespace kolokasi {

/// The specification columns of the handover table (spesifikasi server).
struct ServerSpec
{
    QString processor;
    QString ram;
    QString motherboard;
    QString storage;
    QString psu;
    QString mismatchNote; // why an accepted difference from the requested spec is fine

    /// The compared fields, in the order of the SERAH TERIMA table.
    static QStringList fieldNames()
    {
        return {QStringLiteral("processor"), QStringLiteral("ram"), QStringLiteral("motherboard"),
                QStringLiteral("storage"), QStringLiteral("psu")};
    }

    /// The value of one of fieldNames(), empty for an unknown name.
    QString value(const QString &field) const
    {
        const QStringList names = fieldNames();
        const QString values[] = {processor, ram, motherboard, storage, psu};
        const qsizetype index = names.indexOf(field);
        return index < 0 ? QString() : values[index];
    }
};

} // namespace kolokasi
