#pragma once

#include "MigrationReview.h"
#include "core/model/ComposeProject.h"

#include <QCoreApplication>

namespace Leitstand::Analysis {

// Reviews a project for a move to Kubernetes, service by service. Blockers: docker-socket,
// privileged, host-pid, host-network, build-only-image (a build without an image to pull).
// Warnings: host-bind-mount (with the proposed replacement), build-only-image (an image built
// on the host), fixed-ip, container-name (when other services reach it by that name),
// network-mode, no-health-check, no-resource-limits, completion-dependency, shared-volume,
// service-name and compose-secret. The manifests KubernetesManifestBuilder writes follow the
// same decisions.
class MigrationReviewer final
{
    Q_DECLARE_TR_FUNCTIONS(MigrationReviewer)

public:
    static MigrationReview review(const ComposeProject &project);
    static ServiceMigration reviewService(const ComposeService &service, const ComposeProject &project);

private:
    static void reviewMounts(const ComposeService &service, const ComposeProject &project, ServiceMigration &result);
    static void reviewRuntime(const ComposeService &service, ServiceMigration &result);
    static void reviewImage(const ComposeService &service, const ComposeProject &project, ServiceMigration &result);
    static void reviewNetworking(const ComposeService &service,
                                 const ComposeProject &project,
                                 ServiceMigration &result);
    static void reviewLifecycle(const ComposeService &service, const ComposeProject &project, ServiceMigration &result);
};

} // namespace Leitstand::Analysis
