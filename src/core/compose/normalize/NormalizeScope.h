#pragma once

#include "../VariableLookup.h"
#include "HostPathResolver.h"

#include <QSet>
#include <QString>

namespace Leitstand::Internal {

// What the normalizers of one project share: the project's name and variables, how host paths
// resolve, the top-level resources the files define, and the ones services actually use (only
// those appear in the canonical document, as in `docker compose config`).
struct NormalizeScope
{
    struct Resources
    {
        QSet<QString> networks;
        QSet<QString> volumes;
        QSet<QString> secrets;
        QSet<QString> configs;
    };

    QString projectName;
    HostPathResolver paths;
    VariableLookup environment;
    Resources defined;
    Resources used;

    std::optional<std::string> variable(std::string_view name) const
    {
        return environment ? environment(name) : std::nullopt;
    }
};

} // namespace Leitstand::Internal
