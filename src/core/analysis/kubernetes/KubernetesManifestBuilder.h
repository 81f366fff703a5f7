#pragma once

#include "KubernetesManifest.h"
#include "core/model/ComposeProject.h"

namespace Leitstand::Analysis {

// Translates a project into Kubernetes objects, following MigrationReviewer's decisions:
// per service a Deployment, StatefulSet or Job; a Service for every one of them (headless when
// no port is known) so its compose name keeps resolving; a ConfigMap and a Secret for its
// environment; PersistentVolumeClaims for named volumes and for host folders it writes. Where a
// service is used from another namespace, that namespace gets an ExternalName Service of the
// same name, so "postgres" still resolves there. Objects come sorted by namespace and kind.
class KubernetesManifestBuilder final
{
public:
    static KubernetesManifests build(const ComposeProject &project);

    static constexpr const char *NameLabel = "app.kubernetes.io/name";
    static constexpr const char *PartOfLabel = "app.kubernetes.io/part-of";
    static constexpr const char *DefaultClaimSize = "1Gi";
};

} // namespace Leitstand::Analysis
