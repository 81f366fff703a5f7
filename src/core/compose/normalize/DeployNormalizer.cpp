#include "DeployNormalizer.h"

#include "NodeConverter.h"
#include "ObjectNormalizer.h"

#include <QJsonArray>

namespace Leitstand::Internal {

namespace {

using Kind = ObjectNormalizer::Kind;
using Field = ObjectNormalizer::Field;

bool present(const YamlNode &parent, const char *key)
{
    const YamlNode *node = parent.find(key);
    return node && !node->isNull();
}

Expected<QJsonObject> section(const YamlNode &parent,
                              const char *key,
                              const QString &path,
                              std::span<const Field> fields)
{
    const YamlNode *node = parent.find(key);
    if (!node || node->isNull())
        return QJsonObject();
    return ObjectNormalizer::normalize(*node, path + QLatin1Char('.') + QLatin1String(key), fields);
}

Expected<QJsonArray> deviceRequests(const YamlNode &devices, const QString &field)
{
    static constexpr Field fields[] = {{"capabilities", Kind::StringList},
                                       {"driver", Kind::Text},
                                       {"count", Kind::Custom},
                                       {"device_ids", Kind::StringList},
                                       {"options", Kind::Options}};
    if (!devices.isSequence())
        return NodeConverter::kindError(devices, field, DeployNormalizer::tr("a list"));
    QJsonArray requests;
    for (const YamlNode &device : devices.items()) {
        auto request = ObjectNormalizer::normalize(device, field + QStringLiteral("[]"), fields);
        if (!request)
            return request.error();
        if (const YamlNode *count = device.find("count"); count && count->isScalar()) {
            bool isNumber = false;
            const int number = count->text().toInt(&isNumber);
            request->insert(QStringLiteral("count"), isNumber ? QJsonValue(number) : QJsonValue(count->text()));
        }
        requests.append(*request);
    }
    return requests;
}

Expected<QJsonObject> resource(const YamlNode &resources, const char *key, const QString &path)
{
    static constexpr Field fields[] = {{"cpus", Kind::Float32},
                                       {"memory", Kind::Bytes},
                                       {"pids", Kind::Integer},
                                       {"devices", Kind::Custom},
                                       {"generic_resources", Kind::Plain}};
    auto converted = section(resources, key, path, fields);
    if (!converted)
        return converted.error();
    const QString field = path + QLatin1Char('.') + QLatin1String(key);
    if (const YamlNode *node = resources.find(key); node && node->isMapping()) {
        if (const YamlNode *devices = node->find("devices"); devices && !devices->isNull()) {
            auto requests = deviceRequests(*devices, field + QStringLiteral(".devices"));
            if (!requests)
                return requests.error();
            converted->insert(QStringLiteral("devices"), *requests);
        }
    }
    return converted;
}

} // namespace

Expected<QJsonObject> DeployNormalizer::normalize(const YamlNode &deploy, const QString &field)
{
    static constexpr Field fields[] = {{"mode", Kind::Text},
                                       {"replicas", Kind::OptionalInteger},
                                       {"labels", Kind::Mapping},
                                       {"update_config", Kind::Custom},
                                       {"rollback_config", Kind::Custom},
                                       {"resources", Kind::Custom},
                                       {"restart_policy", Kind::Custom},
                                       {"placement", Kind::Custom},
                                       {"endpoint_mode", Kind::Text}};
    static constexpr Field updateFields[] = {{"parallelism", Kind::OptionalInteger},
                                             {"delay", Kind::Duration},
                                             {"failure_action", Kind::Text},
                                             {"monitor", Kind::Duration},
                                             {"max_failure_ratio", Kind::Float32},
                                             {"order", Kind::Text}};
    static constexpr Field restartFields[] = {{"condition", Kind::Text},
                                              {"delay", Kind::Duration},
                                              {"max_attempts", Kind::OptionalInteger},
                                              {"window", Kind::Duration}};
    static constexpr Field placementFields[]
        = {{"constraints", Kind::StringList}, {"preferences", Kind::Plain}, {"max_replicas_per_node", Kind::Integer}};
    static constexpr Field resourcesFields[] = {{"limits", Kind::Custom}, {"reservations", Kind::Custom}};

    auto normalized = ObjectNormalizer::normalize(deploy, field, fields);
    if (!normalized)
        return normalized.error();
    if (const YamlNode *replicas = deploy.find("replicas");
        replicas && normalized->value(QStringLiteral("replicas")).toDouble() < 0) {
        return Error(DeployNormalizer::tr("\"%1.replicas\" must not be negative").arg(field), replicas->location());
    }

    for (const char *key : {"update_config", "rollback_config"}) {
        auto converted = section(deploy, key, field, updateFields);
        if (!converted)
            return converted.error();
        if (present(deploy, key))
            normalized->insert(QLatin1String(key), *converted);
    }
    auto restart = section(deploy, "restart_policy", field, restartFields);
    if (!restart)
        return restart.error();
    if (present(deploy, "restart_policy"))
        normalized->insert(QStringLiteral("restart_policy"), *restart);

    auto placement = section(deploy, "placement", field, placementFields);
    if (!placement)
        return placement.error();
    normalized->insert(QStringLiteral("placement"), *placement);

    QJsonObject resources;
    if (const YamlNode *node = deploy.find("resources"); node && !node->isNull()) {
        const QString path = field + QStringLiteral(".resources");
        if (!node->isMapping())
            return NodeConverter::kindError(*node, path, DeployNormalizer::tr("a mapping"));
        if (const Outcome checked = ObjectNormalizer::checkKeys(*node, path, resourcesFields); !checked)
            return checked.error();
        for (const char *key : {"limits", "reservations"}) {
            auto converted = resource(*node, key, path);
            if (!converted)
                return converted.error();
            if (present(*node, key))
                resources.insert(QLatin1String(key), *converted);
        }
    }
    normalized->insert(QStringLiteral("resources"), resources);
    return normalized;
}

} // namespace Leitstand::Internal
