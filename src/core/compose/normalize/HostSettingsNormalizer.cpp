#include "HostSettingsNormalizer.h"

#include "NodeConverter.h"
#include "ObjectNormalizer.h"
#include "ValueConverter.h"

namespace Leitstand::Internal {

namespace {

QString withoutBrackets(const QString &address)
{
    if (address.size() > 2 && address.startsWith(QLatin1Char('[')) && address.endsWith(QLatin1Char(']')))
        return address.mid(1, address.size() - 2);
    return address;
}

} // namespace

Expected<QJsonArray> HostSettingsNormalizer::extraHosts(const YamlNode &hosts, const QString &field)
{
    QStringList entries;
    auto add = [&](const QString &host, const QStringList &addresses, const YamlNode &where) -> Outcome {
        if (host.isEmpty() || host.contains(QLatin1Char(':')) || host.contains(QLatin1Char('=')))
            return Error(HostSettingsNormalizer::tr("\"%1\": bad host name \"%2\"").arg(field, host), where.location());
        for (const QString &address : addresses)
            entries.append(host + QLatin1Char('=') + withoutBrackets(address));
        return Success{};
    };
    if (hosts.isSequence()) {
        for (const YamlNode &item : hosts.items()) {
            if (!item.isScalar())
                return NodeConverter::kindError(
                    item, field + QStringLiteral("[]"), HostSettingsNormalizer::tr("a \"host=address\" string"));
            const QString text = item.text();
            qsizetype separator = text.indexOf(QLatin1Char('='));
            if (separator < 0)
                separator = text.indexOf(QLatin1Char(':'));
            if (separator < 0)
                return Error(
                    HostSettingsNormalizer::tr("\"%1\": \"%2\" lacks the address (host=address)").arg(field, text),
                    item.location());
            const Outcome added = add(text.left(separator), text.mid(separator + 1).split(QLatin1Char(',')), item);
            if (!added)
                return added.error();
        }
    } else if (hosts.isMapping()) {
        for (const YamlNode::Entry &entry : hosts.entries()) {
            QStringList addresses;
            if (entry.value.isSequence()) {
                auto list = NodeConverter::stringList(entry.value, field);
                if (!list)
                    return list.error();
                for (const QJsonValue &address : std::as_const(*list))
                    addresses.append(address.toString());
            } else if (entry.value.isNull() || entry.value.isScalar()) {
                addresses.append(entry.value.text());
            } else {
                return NodeConverter::kindError(
                    entry.value, field, HostSettingsNormalizer::tr("an address or a list of addresses"));
            }
            if (const Outcome added = add(QString::fromStdString(entry.key), addresses, entry.value); !added)
                return added.error();
        }
    } else {
        return NodeConverter::kindError(hosts, field, HostSettingsNormalizer::tr("a list or a mapping"));
    }
    entries.sort();
    return QJsonArray::fromStringList(entries);
}

Expected<QJsonObject> HostSettingsNormalizer::ulimits(const YamlNode &limits, const QString &field)
{
    using Kind = ObjectNormalizer::Kind;
    static constexpr ObjectNormalizer::Field fields[] = {{"soft", Kind::Integer}, {"hard", Kind::Integer}};
    if (!limits.isMapping())
        return NodeConverter::kindError(limits, field, HostSettingsNormalizer::tr("a mapping"));
    QJsonObject normalized;
    for (const YamlNode::Entry &entry : limits.entries()) {
        const QString name = QString::fromStdString(entry.key);
        const QString path = field + QLatin1Char('.') + name;
        if (entry.value.isMapping()) {
            auto limit = ObjectNormalizer::normalize(entry.value, path, fields);
            if (!limit)
                return limit.error();
            normalized.insert(name, *limit);
        } else {
            auto single = ValueConverter::integer(entry.value, path);
            if (!single)
                return single.error();
            normalized.insert(name, static_cast<double>(*single));
        }
    }
    return normalized;
}

Expected<QJsonArray> HostSettingsNormalizer::devices(const YamlNode &devices, const QString &field)
{
    using Kind = ObjectNormalizer::Kind;
    static constexpr ObjectNormalizer::Field fields[]
        = {{"source", Kind::Text}, {"target", Kind::Text}, {"permissions", Kind::Text}};
    if (!devices.isSequence())
        return NodeConverter::kindError(devices, field, HostSettingsNormalizer::tr("a list"));
    QJsonArray normalized;
    for (const YamlNode &device : devices.items()) {
        if (device.isMapping()) {
            auto mapping = ObjectNormalizer::normalize(device, field + QStringLiteral("[]"), fields);
            if (!mapping)
                return mapping.error();
            normalized.append(*mapping);
            continue;
        }
        if (!device.isScalar())
            return NodeConverter::kindError(
                device, field + QStringLiteral("[]"), HostSettingsNormalizer::tr("a device or a mapping"));
        const QStringList parts = device.text().split(QLatin1Char(':'));
        if (parts.size() > 3) {
            return Error(
                HostSettingsNormalizer::tr("\"%1\": the device mapping \"%2\" is ambiguous; use the long syntax")
                    .arg(field, device.text()),
                device.location());
        }
        normalized.append(QJsonObject{{QStringLiteral("source"), parts.at(0)},
                                      {QStringLiteral("target"), parts.value(1, parts.at(0))},
                                      {QStringLiteral("permissions"), parts.value(2, QStringLiteral("rwm"))}});
    }
    return normalized;
}

} // namespace Leitstand::Internal
