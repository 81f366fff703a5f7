#include "EnvironmentResolver.h"

#include "EnvFileReader.h"
#include "NodeConverter.h"

namespace Leitstand::Internal {

namespace {

// The environment attribute alone: "KEY=VALUE" and "KEY" items, or a mapping whose null
// values mean "take it from the project".
Expected<QJsonObject> explicitEnvironment(const YamlNode &node, const QString &field, const NormalizeScope &scope)
{
    QJsonObject environment;
    auto setFromProject = [&](const QString &key) {
        const auto value = scope.variable(key.toStdString());
        environment.insert(key, value ? QJsonValue(QString::fromStdString(*value)) : QJsonValue(QJsonValue::Null));
    };
    if (node.isSequence()) {
        for (const YamlNode &item : node.items()) {
            if (!item.isScalar())
                return NodeConverter::kindError(
                    item, field + QStringLiteral("[]"), EnvironmentResolver::tr("a \"KEY=VALUE\" string"));
            const QString text = item.text();
            const qsizetype equals = text.indexOf(QLatin1Char('='));
            if (equals < 0)
                setFromProject(text);
            else
                environment.insert(text.left(equals), text.mid(equals + 1));
        }
    } else if (node.isMapping()) {
        for (const YamlNode::Entry &entry : node.entries()) {
            const QString key = QString::fromStdString(entry.key);
            if (entry.value.isNull())
                setFromProject(key);
            else if (entry.value.isScalar())
                environment.insert(key, entry.value.text());
            else
                return NodeConverter::kindError(
                    entry.value, field + QLatin1Char('.') + key, EnvironmentResolver::tr("a string"));
        }
    } else if (!node.isNull()) {
        return NodeConverter::kindError(node, field, EnvironmentResolver::tr("a list or a mapping"));
    }
    return environment;
}

QJsonObject overlay(QJsonObject base, const QJsonObject &over)
{
    for (auto it = over.begin(); it != over.end(); ++it)
        base.insert(it.key(), it.value());
    return base;
}

} // namespace

Expected<QJsonObject> EnvironmentResolver::resolve(const YamlNode &service,
                                                   const QString &path,
                                                   const NormalizeScope &scope)
{
    QJsonObject explicitValues;
    if (const YamlNode *environment = service.find("environment")) {
        auto parsed = explicitEnvironment(*environment, path + QStringLiteral(".environment"), scope);
        if (!parsed)
            return parsed.error();
        explicitValues = std::move(parsed).value();
    }
    const YamlNode *envFile = service.find("env_file");
    if (!envFile)
        return explicitValues;

    const VariableLookup fromService = [&](std::string_view name) -> std::optional<std::string> {
        const QJsonValue value
            = explicitValues.value(QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size())));
        return value.isString() ? std::optional<std::string>(value.toString().toStdString()) : std::nullopt;
    };
    auto fromFiles = EnvFileReader::read(*envFile, path + QStringLiteral(".env_file"), scope, fromService);
    if (!fromFiles)
        return fromFiles.error();
    return overlay(std::move(fromFiles).value(), explicitValues);
}

Expected<QJsonObject> EnvironmentResolver::resolveLabels(const YamlNode &service,
                                                         const QString &path,
                                                         const NormalizeScope &scope)
{
    QJsonObject labels;
    if (const YamlNode *explicitLabels = service.find("labels"); explicitLabels && !explicitLabels->isNull()) {
        auto parsed = NodeConverter::keyValueMapping(*explicitLabels, path + QStringLiteral(".labels"));
        if (!parsed)
            return parsed.error();
        labels = std::move(parsed).value();
    }
    const YamlNode *labelFile = service.find("label_file");
    if (!labelFile)
        return labels;
    auto fromFiles = EnvFileReader::read(*labelFile, path + QStringLiteral(".label_file"), scope);
    if (!fromFiles)
        return fromFiles.error();
    return overlay(std::move(fromFiles).value(), labels);
}

} // namespace Leitstand::Internal
