#pragma once

#include "core/model/ComposeService.h"

namespace Leitstand::Analysis {

// Splits a service's environment into what a ConfigMap may hold and what belongs in a Secret:
// variables named like secrets (SecretRules) and URLs with a password in them
// ("postgresql://user:password@postgres/db"). Variables without a value are left out, as
// compose leaves them out of the container.
class EnvironmentSplitter final
{
public:
    struct Split
    {
        KeyValueList config;
        KeyValueList secret;
    };

    static Split split(const ComposeService &service);
    static bool isSecret(const QString &key, const QString &value);
};

} // namespace Leitstand::Analysis
