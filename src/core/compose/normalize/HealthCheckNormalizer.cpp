#include "HealthCheckNormalizer.h"

#include "NodeConverter.h"
#include "ObjectNormalizer.h"

#include <QJsonArray>

namespace Leitstand::Internal {

namespace {} // namespace

Expected<QJsonObject> HealthCheckNormalizer::normalize(const YamlNode &healthcheck, const QString &field)
{
    using Kind = ObjectNormalizer::Kind;
    static constexpr ObjectNormalizer::Field fields[] = {{"test", Kind::Custom},
                                                         {"interval", Kind::Duration},
                                                         {"timeout", Kind::Duration},
                                                         {"start_period", Kind::Duration},
                                                         {"start_interval", Kind::Duration},
                                                         {"retries", Kind::OptionalInteger},
                                                         {"disable", Kind::Bool}};
    auto normalized = ObjectNormalizer::normalize(healthcheck, field, fields);
    if (!normalized)
        return normalized.error();
    if (const YamlNode *retries = healthcheck.find("retries");
        retries && normalized->value(QStringLiteral("retries")).toDouble() < 0) {
        return Error(HealthCheckNormalizer::tr("\"%1.retries\" must not be negative").arg(field), retries->location());
    }
    if (const YamlNode *test = healthcheck.find("test"); test && !test->isNull()) {
        if (test->isScalar()) {
            normalized->insert(QStringLiteral("test"), QJsonArray{QStringLiteral("CMD-SHELL"), test->text()});
        } else {
            auto list = NodeConverter::stringList(*test, field + QStringLiteral(".test"));
            if (!list)
                return list.error();
            if (!list->isEmpty())
                normalized->insert(QStringLiteral("test"), *list);
        }
    }
    return normalized;
}

} // namespace Leitstand::Internal
