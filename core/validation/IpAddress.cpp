#include "IpAddress.h"

#include <limits>

namespace kolokasi {

namespace {
constexpr int kV4Offset = 12; // IPv4 lives in the last 4 of the 16 bytes

struct BitPosition
{
    std::size_t byte;
    quint8 mask;
};

// Bit `bit` of an address of the family (0 = most significant), as a byte and mask of the
// 16-byte storage.
BitPosition bitOf(bool v4, int bit)
{
    const int absolute = (v4 ? kV4Offset * 8 : 0) + bit;
    return {std::size_t(absolute / 8), quint8(0x80 >> (absolute % 8))};
}
} // namespace

std::optional<IpAddress> IpAddress::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.contains(QLatin1Char(':')) ? parseV6(trimmed) : parseV4(trimmed);
}

std::optional<IpAddress> IpAddress::parseV4(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return std::nullopt;
    IpAddress address;
    for (int i = 0; i < 4; ++i) {
        const QString &part = parts.at(i);
        bool ok = false;
        const int value = part.toInt(&ok);
        const bool leadingZero = part.size() > 1 && part.startsWith(QLatin1Char('0'));
        if (!ok || part.size() > 3 || leadingZero || value < 0 || value > 255 || part.startsWith(QLatin1Char('+')))
            return std::nullopt;
        address.m_bytes[std::size_t(kV4Offset + i)] = quint8(value);
    }
    return address;
}

std::optional<IpAddress> IpAddress::parseV6(const QString &text)
{
    if (text.count(QLatin1String("::")) > 1)
        return std::nullopt;
    // Expand into 8 groups; an IPv4 tail counts as two groups.
    QStringList head = text.section(QLatin1String("::"), 0, 0).split(QLatin1Char(':'), Qt::SkipEmptyParts);
    QStringList tail = text.contains(QLatin1String("::"))
                               ? text.section(QLatin1String("::"), 1).split(QLatin1Char(':'), Qt::SkipEmptyParts)
                               : QStringList();
    QStringList &last = tail.isEmpty() ? head : tail;
    std::optional<IpAddress> v4Tail;
    if (!last.isEmpty() && last.last().contains(QLatin1Char('.'))) {
        v4Tail = parseV4(last.takeLast());
        if (!v4Tail)
            return std::nullopt;
    }
    const int groups = int(head.size() + tail.size()) + (v4Tail ? 2 : 0);
    const bool compressed = text.contains(QLatin1String("::"));
    if ((compressed && groups > 7) || (!compressed && groups != 8))
        return std::nullopt;

    IpAddress address;
    address.m_v4 = false;
    std::size_t byte = 0;
    const auto put = [&](const QString &group) {
        bool ok = false;
        const uint value = group.toUInt(&ok, 16);
        if (!ok || group.size() > 4)
            return false;
        address.m_bytes[byte++] = quint8(value >> 8);
        address.m_bytes[byte++] = quint8(value & 0xff);
        return true;
    };
    for (const QString &group : head) {
        if (!put(group))
            return std::nullopt;
    }
    byte = 16 - std::size_t(tail.size()) * 2 - (v4Tail ? 4 : 0);
    for (const QString &group : tail) {
        if (!put(group))
            return std::nullopt;
    }
    if (v4Tail) {
        for (int i = 0; i < 4; ++i)
            address.m_bytes[std::size_t(12 + i)] = v4Tail->m_bytes[std::size_t(kV4Offset + i)];
    }
    return address;
}

Status IpAddress::validate(const QString &text, const QString &field)
{
    if (text.trimmed().isEmpty())
        return Error{QStringLiteral("required"), tr("The IP address must be filled in."), field};
    if (!parse(text))
        return Error{QStringLiteral("ip_invalid"),
                     tr("%1 is not an IP address (for example 103.10.20.5 or 2001:db8::5).").arg(text.trimmed()),
                     field};
    return {};
}

QString IpAddress::toString() const
{
    if (m_v4)
        return QStringLiteral("%1.%2.%3.%4").arg(m_bytes[12]).arg(m_bytes[13]).arg(m_bytes[14]).arg(m_bytes[15]);
    std::array<uint, 8> groups{};
    for (std::size_t i = 0; i < 8; ++i)
        groups[i] = uint(m_bytes[2 * i]) << 8 | m_bytes[2 * i + 1];
    // The longest run of two or more zero groups becomes "::".
    int bestStart = -1, bestLength = 0;
    for (int i = 0; i < 8;) {
        int j = i;
        while (j < 8 && groups[std::size_t(j)] == 0)
            ++j;
        if (j - i > bestLength && j - i >= 2) {
            bestStart = i;
            bestLength = j - i;
        }
        i = j == i ? i + 1 : j;
    }
    QStringList parts;
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            parts << (i == 0 ? QStringLiteral(":") : QString());
            i += bestLength - 1;
            if (i == 7)
                parts << QString();
            continue;
        }
        parts << QString::number(groups[std::size_t(i)], 16);
    }
    return parts.join(QLatin1Char(':'));
}

IpAddress IpAddress::next() const
{
    IpAddress result = *this;
    const std::size_t first = m_v4 ? kV4Offset : 0;
    for (std::size_t i = 16; i-- > first;) {
        if (++result.m_bytes[i] != 0)
            break;
    }
    return result;
}

std::optional<IpNetwork> IpNetwork::parse(const QString &cidr)
{
    const QStringList parts = cidr.trimmed().split(QLatin1Char('/'));
    if (parts.size() != 2)
        return std::nullopt;
    const auto address = IpAddress::parse(parts.first());
    bool ok = false;
    const int prefix = parts.last().toInt(&ok);
    if (!address || !ok || prefix < 0 || prefix > (address->isV4() ? 32 : 128))
        return std::nullopt;
    IpNetwork network(*address, prefix);
    // Host bits must be zero: the network address is written, not one of its hosts.
    for (int bit = prefix; bit < network.bitCount(); ++bit) {
        const BitPosition position = bitOf(address->isV4(), bit);
        if (address->bytes()[position.byte] & position.mask)
            return std::nullopt;
    }
    return network;
}

Status IpNetwork::validate(const QString &text, const QString &field)
{
    if (text.trimmed().isEmpty())
        return Error{QStringLiteral("required"), tr("The network must be filled in."), field};
    if (!parse(text))
        return Error{QStringLiteral("cidr_invalid"),
                     tr("%1 is not a network in CIDR notation with its network address (for example "
                        "103.10.20.0/24).").arg(text.trimmed()),
                     field};
    return {};
}

bool IpNetwork::contains(const IpAddress &address) const
{
    if (address.isV4() != m_address.isV4())
        return false;
    for (int bit = 0; bit < m_prefix; ++bit) {
        const BitPosition position = bitOf(m_address.isV4(), bit);
        if ((address.bytes()[position.byte] & position.mask) != (m_address.bytes()[position.byte] & position.mask))
            return false;
    }
    return true;
}

IpAddress IpNetwork::lastAddress() const
{
    IpAddress last = m_address;
    for (int bit = m_prefix; bit < bitCount(); ++bit) {
        const BitPosition position = bitOf(m_address.isV4(), bit);
        last.m_bytes[position.byte] |= position.mask;
    }
    return last;
}

QStringList IpNetwork::usableHosts(int maxCount) const
{
    QStringList hosts;
    const bool skipEnds = m_address.isV4() && m_prefix <= 30;
    const IpAddress last = lastAddress();
    IpAddress current = skipEnds ? m_address.next() : m_address;
    while (hosts.size() < maxCount) {
        if (skipEnds && current == last)
            break;
        hosts << current.toString();
        if (current == last)
            break;
        current = current.next();
    }
    return hosts;
}

quint64 IpNetwork::usableHostCount() const
{
    const int hostBits = bitCount() - m_prefix;
    if (hostBits >= 64)
        return std::numeric_limits<quint64>::max();
    const quint64 all = quint64(1) << hostBits;
    return m_address.isV4() && m_prefix <= 30 ? all - 2 : all;
}

QString IpNetwork::toString() const
{
    return QStringLiteral("%1/%2").arg(m_address.toString()).arg(m_prefix);
}

} // namespace kolokasi
