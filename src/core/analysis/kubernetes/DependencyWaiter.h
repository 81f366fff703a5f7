#pragma once

#include "core/model/ComposeProject.h"

#include <QJsonArray>

#include <functional>

namespace Leitstand::Analysis {

// Init containers that hold a pod back until the services it depends on are ready, which is
// what depends_on conditions do in compose (kompose drops them). A Service only routes to pods
// whose readiness probe passes, and the readiness probe is the compose health check, so a TCP
// connection through the dependency's Service succeeds exactly when one of its pods is
// healthy; a dependency without ports has a headless Service, whose DNS name resolves only
// to ready pods. service_started waits the same way (Kubernetes has no weaker signal a pod
// could wait for); service_completed_successfully becomes a Job to run first, and optional
// dependencies (required: false) are not waited for.
class DependencyWaiter final
{
public:
    using NamespaceOf = std::function<QString(const ComposeService &)>;

    static QJsonArray initContainers(const ComposeService &service,
                                     const ComposeProject &project,
                                     const NamespaceOf &namespaceOf);
    static constexpr const char *Image = "busybox:1.36";
};

} // namespace Leitstand::Analysis
