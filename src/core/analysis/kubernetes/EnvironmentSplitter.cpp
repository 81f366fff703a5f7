#include "EnvironmentSplitter.h"

#include "core/analysis/safety/SecretRules.h"

namespace Leitstand::Analysis {

bool EnvironmentSplitter::isSecret(const QString &key, const QString &value)
{
    return (SecretRules::isSecretName(key) && SecretRules::isSecretValue(value))
           || SecretRules::hasCredentialsInUrl(value);
}

EnvironmentSplitter::Split EnvironmentSplitter::split(const ComposeService &service)
{
    Split split;
    for (const auto &[key, value] : service.environment) {
        if (value.isNull())
            continue;
        (isSecret(key, value) ? split.secret : split.config).append({key, value});
    }
    return split;
}

} // namespace Leitstand::Analysis
