#include "BuildNormalizer.h"

#include "HostSettingsNormalizer.h"
#include "NodeConverter.h"
#include "ObjectNormalizer.h"
#include "ServiceReferenceNormalizer.h"

#include <QJsonArray>

namespace Leitstand::Internal {

namespace {

using Kind = ObjectNormalizer::Kind;

QString contextPath(const QString &context, const NormalizeScope &scope)
{
    return HostPathResolver::isRemote(context) ? context : scope.paths.absolute(context);
}

Expected<QJsonObject> buildArguments(const YamlNode &args, const QString &field, const NormalizeScope &scope)
{
    QJsonObject resolved;
    auto resolve = [&](const QString &key) {
        if (const auto value = scope.variable(key.toStdString()))
            resolved.insert(key, QString::fromStdString(*value));
    };
    if (args.isSequence()) {
        for (const YamlNode &item : args.items()) {
            if (!item.isScalar())
                return NodeConverter::kindError(
                    item, field + QStringLiteral("[]"), BuildNormalizer::tr("a \"KEY=VALUE\" string"));
            const QString text = item.text();
            const qsizetype equals = text.indexOf(QLatin1Char('='));
            if (equals < 0)
                resolve(text);
            else
                resolved.insert(text.left(equals), text.mid(equals + 1));
        }
        return resolved;
    }
    if (!args.isMapping())
        return NodeConverter::kindError(args, field, BuildNormalizer::tr("a list or a mapping"));
    for (const YamlNode::Entry &entry : args.entries()) {
        const QString key = QString::fromStdString(entry.key);
        if (entry.value.isNull())
            resolve(key);
        else if (entry.value.isScalar())
            resolved.insert(key, entry.value.text());
        else
            return NodeConverter::kindError(
                entry.value, field + QLatin1Char('.') + key, BuildNormalizer::tr("a string"));
    }
    return resolved;
}

// ssh entries are "default" or "ID=PATH"; a mapping is written ID: PATH.
Expected<QJsonArray> sshEntries(const YamlNode &ssh, const QString &field)
{
    if (!ssh.isMapping())
        return NodeConverter::stringOrList(ssh, field);
    QJsonArray entries;
    for (const YamlNode::Entry &entry : ssh.entries()) {
        const QString id = QString::fromStdString(entry.key);
        entries.append(entry.value.isNull() ? id : id + QLatin1Char('=') + entry.value.text());
    }
    return entries;
}

} // namespace

Expected<QJsonObject> BuildNormalizer::normalize(const YamlNode &build, const QString &path, NormalizeScope &scope)
{
    static constexpr ObjectNormalizer::Field fields[] = {{"context", Kind::Custom},
                                                         {"dockerfile", Kind::Text},
                                                         {"dockerfile_inline", Kind::Text},
                                                         {"entitlements", Kind::StringList},
                                                         {"args", Kind::Custom},
                                                         {"ssh", Kind::Custom},
                                                         {"labels", Kind::Mapping},
                                                         {"cache_from", Kind::StringList},
                                                         {"cache_to", Kind::StringList},
                                                         {"no_cache", Kind::Bool},
                                                         {"additional_contexts", Kind::Custom},
                                                         {"network", Kind::Text},
                                                         {"provenance", Kind::Plain},
                                                         {"sbom", Kind::Plain},
                                                         {"pull", Kind::Bool},
                                                         {"target", Kind::Text},
                                                         {"shm_size", Kind::Bytes},
                                                         {"extra_hosts", Kind::Custom},
                                                         {"isolation", Kind::Text},
                                                         {"privileged", Kind::Bool},
                                                         {"secrets", Kind::Custom},
                                                         {"tags", Kind::StringList},
                                                         {"ulimits", Kind::Custom},
                                                         {"platforms", Kind::StringList}};
    const QString field = path + QStringLiteral(".build");
    if (build.isScalar()) {
        return QJsonObject{{QStringLiteral("context"), contextPath(build.text(), scope)},
                           {QStringLiteral("dockerfile"), QStringLiteral("Dockerfile")}};
    }
    auto normalized = ObjectNormalizer::normalize(build, field, fields);
    if (!normalized)
        return normalized.error();

    const YamlNode *context = build.find("context");
    normalized->insert(QStringLiteral("context"),
                       contextPath(context && context->isScalar() ? context->text() : QStringLiteral("."), scope));
    if (!normalized->contains(QStringLiteral("dockerfile"))
        && !normalized->contains(QStringLiteral("dockerfile_inline")))
        normalized->insert(QStringLiteral("dockerfile"), QStringLiteral("Dockerfile"));

    auto custom = [&](const char *key, auto convert) -> Outcome {
        const YamlNode *node = build.find(key);
        if (!node || node->isNull())
            return Success{};
        auto converted = convert(*node, field + QLatin1Char('.') + QLatin1String(key));
        if (!converted)
            return converted.error();
        if (!converted->isEmpty())
            normalized->insert(QLatin1String(key), *converted);
        return Success{};
    };
    const Outcome steps[] = {
        custom("args", [&](const YamlNode &node, const QString &name) { return buildArguments(node, name, scope); }),
        custom("ssh", sshEntries),
        custom("additional_contexts",
               [&](const YamlNode &node, const QString &name) -> Expected<QJsonObject> {
                   auto contexts = NodeConverter::keyValueMapping(node, name);
                   if (!contexts)
                       return contexts;
                   for (auto it = contexts->begin(); it != contexts->end(); ++it)
                       it.value() = contextPath(it.value().toString(), scope);
                   return contexts;
               }),
        custom("extra_hosts", HostSettingsNormalizer::extraHosts),
        custom("ulimits", HostSettingsNormalizer::ulimits),
        custom("secrets",
               [&](const YamlNode &node, const QString &) {
                   return ServiceReferenceNormalizer::fileMounts(
                       node, path, "build.secrets", ServiceReferenceNormalizer::FileKind::BuildSecret, scope);
               }),
    };
    for (const Outcome &step : steps) {
        if (!step)
            return step.error();
    }
    return normalized;
}

} // namespace Leitstand::Internal
