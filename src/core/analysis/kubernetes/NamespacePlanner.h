#pragma once

#include "core/model/ComposeProject.h"

#include <QString>

namespace Leitstand::Analysis {

// Groups services into namespaces by category, as seed 004 proposes for ManaCore:
// <project>-infra (data stores, proxies), -core (auth, gateway, search), -apps (everything
// else), -matrix (homeserver, clients, bots), -monitoring (dashboards, metrics, exporters) and
// -tools (automation, admin tools, notification bots). Categories are recognised by the words
// of the image name and of the service name.
class NamespacePlanner final
{
public:
    static QString category(const ComposeService &service);
    static QString namespaceName(const ComposeProject &project, const ComposeService &service);
};

} // namespace Leitstand::Analysis
