#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>
#include <optional>

namespace kolokasi {

/// An IPv4 or IPv6 address, parsed without QtNetwork (core links Core and Sql only).
class IpAddress
{
    Q_DECLARE_TR_FUNCTIONS(IpAddress)

public:
    /// Dotted quad (no leading zeros) or RFC 4291 text (with "::" and an IPv4 tail).
    static std::optional<IpAddress> parse(const QString &text);
    /// Success if `text` is an IPv4 or IPv6 address.
    static Status validate(const QString &text, const QString &field = QStringLiteral("ip_address"));

    bool isV4() const { return m_v4; }
    /// Canonical text: dotted quad, or RFC 5952 IPv6 (lower case, longest zero run as "::").
    QString toString() const;
    /// The next address (wraps around at the end of the family's range).
    IpAddress next() const;

    const std::array<quint8, 16> &bytes() const { return m_bytes; }
    bool operator==(const IpAddress &other) const = default;
    auto operator<=>(const IpAddress &other) const = default;

private:
    friend class IpNetwork;
    static std::optional<IpAddress> parseV4(const QString &text);
    static std::optional<IpAddress> parseV6(const QString &text);

    bool m_v4 = true;
    std::array<quint8, 16> m_bytes{}; // IPv4 uses the last 4 bytes
};

/// A network in CIDR notation (103.10.20.0/24, 2001:db8::/64): a pool of addresses.
class IpNetwork
{
    Q_DECLARE_TR_FUNCTIONS(IpNetwork)

public:
    /// Parses "address/prefix"; refuses host bits set after the prefix.
    static std::optional<IpNetwork> parse(const QString &cidr);
    /// Success if `text` is a network in CIDR notation; the message says what is wrong.
    static Status validate(const QString &text, const QString &field = QStringLiteral("cidr"));

    bool contains(const IpAddress &address) const;
    /// Addresses a server may get, in order, at most `maxCount` (IPv4: without the network and
    /// broadcast addresses, except in /31 and /32).
    QStringList usableHosts(int maxCount) const;
    /// How many addresses usableHosts() gives without a limit; saturates at the largest
    /// quint64 (an IPv6 network of 2^64 addresses or more).
    quint64 usableHostCount() const;
    QString toString() const;
    int prefixLength() const { return m_prefix; }
    const IpAddress &address() const { return m_address; }

private:
    IpNetwork(IpAddress address, int prefix) : m_address(address), m_prefix(prefix) {}
    int bitCount() const { return m_address.isV4() ? 32 : 128; }
    IpAddress lastAddress() const;

    IpAddress m_address;
    int m_prefix = 0;
};

} // namespace kolokasi
