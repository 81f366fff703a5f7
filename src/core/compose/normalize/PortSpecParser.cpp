#include "PortSpecParser.h"

#include "IpAddressRules.h"
#include "NodeConverter.h"
#include "ObjectNormalizer.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <optional>
#include <utility>
#include <vector>

namespace Leitstand::Internal {

namespace {

struct PortRange
{
    int first = 0;
    int last = 0;
    int size() const { return last - first + 1; }
    bool isSingle() const { return first == last; }
};

std::optional<int> parsePort(std::string_view text)
{
    int value = 0;
    const char *end = text.data() + text.size();
    const auto [pointer, error] = std::from_chars(text.data(), end, value);
    if (text.empty() || text.front() == '-' || error != std::errc() || pointer != end || value > 65535)
        return std::nullopt;
    return value;
}

std::optional<PortRange> parseRange(const QString &text)
{
    const QStringList bounds = text.split(QLatin1Char('-'));
    if (bounds.size() > 2)
        return std::nullopt;
    const std::string first = bounds.first().toStdString();
    const auto start = parsePort(first);
    if (!start)
        return std::nullopt;
    if (bounds.size() == 1)
        return PortRange{*start, *start};
    const auto end = parsePort(bounds.last().toStdString());
    if (!end || *end < *start)
        return std::nullopt;
    return PortRange{*start, *end};
}

// "80/udp" → ("udp", "80"); "80" and "80/" → ("tcp", "80"); "/udp" → ("", "").
std::pair<QString, QString> splitProtocol(const QString &containerPart)
{
    const QStringList parts = containerPart.split(QLatin1Char('/'));
    if (containerPart.isEmpty() || parts.first().isEmpty())
        return {QString(), QString()};
    if (parts.size() == 1 || parts.at(1).isEmpty())
        return {QStringLiteral("tcp"), parts.first()};
    return {parts.at(1), parts.first()};
}

} // namespace

Expected<QJsonArray> PortSpecParser::parseShort(const YamlNode &spec, const QString &field)
{
    const QString raw = spec.text();
    auto invalid = [&](const QString &reason) {
        return Error(PortSpecParser::tr("\"%1\": invalid port \"%2\": %3").arg(field, raw, reason), spec.location());
    };

    const QStringList parts = raw.split(QLatin1Char(':'));
    const qsizetype count = parts.size();
    QString hostIp;
    QString hostPart;
    if (count == 2) {
        hostPart = parts.at(0);
    } else if (count >= 3) {
        hostIp = parts.mid(0, count - 2).join(QLatin1Char(':'));
        hostPart = parts.at(count - 2);
    }
    auto [protocol, containerPart] = splitProtocol(parts.last());

    if (hostIp.startsWith(QLatin1Char('['))) {
        if (!hostIp.endsWith(QLatin1Char(']')))
            return invalid(PortSpecParser::tr("the host address \"%1\" lacks its closing \"]\"").arg(hostIp));
        hostIp = hostIp.mid(1, hostIp.size() - 2);
    }
    if (!hostIp.isEmpty() && !IpAddressRules::isIp(hostIp.toStdString()))
        return invalid(PortSpecParser::tr("\"%1\" is not an IP address").arg(hostIp));
    if (containerPart.isEmpty())
        return invalid(PortSpecParser::tr("no container port"));

    const auto container = parseRange(containerPart);
    if (!container)
        return invalid(PortSpecParser::tr("\"%1\" is not a port or port range (0-65535)").arg(containerPart));
    std::optional<PortRange> host;
    if (!hostPart.isEmpty()) {
        host = parseRange(hostPart);
        if (!host)
            return invalid(PortSpecParser::tr("\"%1\" is not a port or port range (0-65535)").arg(hostPart));
        if (host->size() != container->size() && !container->isSingle())
            return invalid(PortSpecParser::tr("the host range %1 and the container range %2 differ in length")
                               .arg(hostPart, containerPart));
    }
    protocol = protocol.toLower();
    static const std::array<QLatin1String, 3> protocols{
        QLatin1String("tcp"), QLatin1String("udp"), QLatin1String("sctp")};
    if (std::find(protocols.cbegin(), protocols.cend(), protocol) == protocols.cend())
        return invalid(PortSpecParser::tr("unknown protocol \"%1\" (tcp, udp or sctp)").arg(protocol));

    // Docker keys the expanded ports as "PORT/PROTO" strings and compose sorts those keys as
    // text, so 10000 comes before 9999; keep that order to print the same list.
    std::vector<std::pair<QString, QJsonObject>> entries;
    for (int offset = 0; offset < container->size(); ++offset) {
        const int target = container->first + offset;
        QJsonObject entry{{QStringLiteral("mode"), QStringLiteral("ingress")},
                          {QStringLiteral("target"), target},
                          {QStringLiteral("protocol"), protocol}};
        if (!hostIp.isEmpty())
            entry.insert(QStringLiteral("host_ip"), hostIp);
        if (host) {
            QString published = QString::number(host->first + offset);
            if (container->isSingle() && !host->isSingle())
                published += QLatin1Char('-') + QString::number(host->last);
            entry.insert(QStringLiteral("published"), published);
        }
        entries.emplace_back(QString::number(target) + QLatin1Char('/') + protocol, entry);
    }
    std::stable_sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QJsonArray expanded;
    for (const auto &entry : entries)
        expanded.append(entry.second);
    return expanded;
}

Expected<QJsonObject> PortSpecParser::normalizeLong(const YamlNode &entry, const QString &field)
{
    using Kind = ObjectNormalizer::Kind;
    static constexpr ObjectNormalizer::Field fields[] = {{"name", Kind::Text},
                                                         {"mode", Kind::Text},
                                                         {"host_ip", Kind::Text},
                                                         {"target", Kind::Integer},
                                                         {"published", Kind::Custom},
                                                         {"protocol", Kind::Text},
                                                         {"app_protocol", Kind::Text}};
    auto port = ObjectNormalizer::normalize(entry, field, fields);
    if (!port)
        return port.error();
    if (const YamlNode *published = entry.find("published"); published && !published->isNull()) {
        if (!published->isScalar())
            return NodeConverter::kindError(
                *published, field + QStringLiteral(".published"), PortSpecParser::tr("a port or port range"));
        if (!published->scalar().empty())
            port->insert(QStringLiteral("published"), published->text());
    }
    if (const double target = port->value(QStringLiteral("target")).toDouble(); target < 0 || target > 65535) {
        return Error(PortSpecParser::tr("\"%1.target\" must be a port between 0 and 65535").arg(field),
                     entry.find("target")->location());
    }
    if (!port->contains(QStringLiteral("mode")))
        port->insert(QStringLiteral("mode"), QStringLiteral("ingress"));
    if (!port->contains(QStringLiteral("protocol")))
        port->insert(QStringLiteral("protocol"), QStringLiteral("tcp"));
    return port;
}

Expected<QJsonArray> PortSpecParser::normalize(const YamlNode &ports, const QString &field)
{
    if (!ports.isSequence())
        return NodeConverter::kindError(ports, field, PortSpecParser::tr("a list"));
    QJsonArray normalized;
    for (const YamlNode &entry : ports.items()) {
        if (entry.isScalar()) {
            auto expanded = parseShort(entry, field);
            if (!expanded)
                return expanded.error();
            for (const QJsonValue &port : std::as_const(*expanded))
                normalized.append(port);
        } else if (entry.isMapping()) {
            auto port = normalizeLong(entry, field);
            if (!port)
                return port.error();
            normalized.append(*port);
        } else {
            return NodeConverter::kindError(
                entry, field + QStringLiteral("[]"), PortSpecParser::tr("a port specification or a mapping"));
        }
    }
    return normalized;
}

} // namespace Leitstand::Internal
