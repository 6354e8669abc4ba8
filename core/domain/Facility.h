#pragma once

#include <QDateTime>
#include <QString>

namespace kolokasi {

/// A facility-wide budget: UPS or genset capacity (W), or total bandwidth (Mbps).
struct FacilityResource
{
    qint64 id = 0;
    QString kind; // ups, genset, bandwidth
    QString name;
    double capacity = 0;
    int rowVersion = 0;
    /// When it left service (dipensiunkan); invalid while in service.
    QDateTime retiredAt;

    bool isRetired() const { return retiredAt.isValid(); }
    /// The unit capacity of `kind` is counted in: W for UPS and genset, Mbps for bandwidth.
    /// Fixed per kind, so the capacity check can add budgets of one kind together.
    static QString unitOf(const QString &kind)
    {
        return kind == QLatin1String("bandwidth") ? QStringLiteral("Mbps") : QStringLiteral("W");
    }
};

/// An address pool (CIDR); public pools are where a request's public IPs come from.
struct IpPool
{
    qint64 id = 0;
    QString name;
    QString cidr;
    bool isPublic = true;
    /// The router's address inside the pool; never given to a server. May be empty.
    QString gateway;
    QString note;
    int rowVersion = 0;
    /// When it left service (dipensiunkan); invalid while in service.
    QDateTime retiredAt;

    bool isRetired() const { return retiredAt.isValid(); }
};

} // namespace kolokasi
