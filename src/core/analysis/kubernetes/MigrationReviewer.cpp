#include "MigrationReviewer.h"

#include "HostMountAdvisor.h"
#include "HostnameReferences.h"
#include "KubernetesNames.h"
#include "NamespacePlanner.h"
#include "ProbeBuilder.h"
#include "ReadinessScore.h"
#include "WorkloadClassifier.h"
#include "core/analysis/safety/HostMountRules.h"

#include <QStringList>

namespace Leitstand::Analysis {

namespace {

void block(ServiceMigration &result, const ComposeService &service, const QString &code, const QString &message)
{
    result.blockers.append(Finding{code, service.name, message, Finding::Severity::Blocker, service.definedAt});
}

void warn(ServiceMigration &result, const ComposeService &service, const QString &code, const QString &message)
{
    result.warnings.append(Finding{code, service.name, message, Finding::Severity::Warning, service.definedAt});
}

QStringList usersOfVolume(const ComposeProject &project, const QString &volume)
{
    QStringList users;
    for (const ComposeService &service : project.services) {
        for (const ServiceMount &mount : service.volumes) {
            if (mount.type == QLatin1String("volume") && mount.source == volume && !users.contains(service.name))
                users.append(service.name);
        }
    }
    return users;
}

} // namespace

MigrationReview MigrationReviewer::review(const ComposeProject &project)
{
    MigrationReview review;
    for (const ComposeService &service : project.services)
        review.services.append(reviewService(service, project));
    review.score = ReadinessScore::stack(review.services);
    return review;
}

ServiceMigration MigrationReviewer::reviewService(const ComposeService &service, const ComposeProject &project)
{
    ServiceMigration result;
    result.name = service.name;
    result.kind = WorkloadClassifier::kind(service, project);
    result.namespaceName = NamespacePlanner::namespaceName(project, service);
    reviewMounts(service, project, result);
    reviewRuntime(service, result);
    reviewImage(service, project, result);
    reviewNetworking(service, project, result);
    reviewLifecycle(service, project, result);
    result.score = ReadinessScore::service(result);
    return result;
}

void MigrationReviewer::reviewMounts(const ComposeService &service,
                                     const ComposeProject &project,
                                     ServiceMigration &result)
{
    for (const ServiceMount &mount : service.volumes) {
        if (HostMountRules::isDockerSocket(mount)) {
            block(result,
                  service,
                  QStringLiteral("docker-socket"),
                  tr("mounts %1: Kubernetes nodes run no Docker daemon to talk to; replace what it does through the "
                     "socket with the Kubernetes API (a ServiceAccount with narrow RBAC)")
                      .arg(mount.source));
        } else if (mount.type == QLatin1String("bind")) {
            const HostMountAdvisor::Replacement replacement
                = HostMountAdvisor::advise(service, mount, project.workingDirectory);
            warn(result,
                 service,
                 QStringLiteral("host-bind-mount"),
                 tr("binds the host path %1 to %2; replace it with %3")
                     .arg(HostMountAdvisor::displayPath(mount.source, project.workingDirectory),
                          mount.target,
                          replacement.proposal));
        } else if (mount.type == QLatin1String("volume") && !mount.source.isEmpty()) {
            const ComposeVolume *volume = project.volume(mount.source);
            if (volume && !volume->bindDevice.isEmpty()) {
                warn(result,
                     service,
                     QStringLiteral("host-bind-mount"),
                     tr("volume %1 keeps its data in the host folder %2; copy it into the PersistentVolumeClaim %3")
                         .arg(mount.source, volume->bindDevice, KubernetesNames::label(mount.source)));
            }
            const QStringList users = usersOfVolume(project, mount.source);
            if (users.size() > 1) {
                QStringList others = users;
                others.removeAll(service.name);
                warn(result,
                     service,
                     QStringLiteral("shared-volume"),
                     tr("volume %1 is also mounted by %2: its PersistentVolumeClaim needs ReadWriteMany storage, and "
                        "one claim serves only one namespace")
                         .arg(mount.source, others.join(QStringLiteral(", "))));
            }
        }
    }
    for (const QString &secret : service.secrets) {
        warn(result,
             service,
             QStringLiteral("compose-secret"),
             tr("reads the compose secret %1: create the Secret %2 (kubectl create secret generic %2 --from-file=...) "
                "before applying; it is mounted at /run/secrets/%1")
                 .arg(secret, KubernetesNames::label(secret)));
    }
}

void MigrationReviewer::reviewRuntime(const ComposeService &service, ServiceMigration &result)
{
    if (service.privileged) {
        block(result,
              service,
              QStringLiteral("privileged"),
              tr("runs privileged, which the baseline and restricted Pod Security Standards reject; grant the single "
                 "capabilities it needs instead"));
    }
    if (service.pid == QLatin1String("host")) {
        block(result,
              service,
              QStringLiteral("host-pid"),
              tr("uses the host's process namespace (pid: host), which Pod Security Standards reject outside "
                 "privileged namespaces; as a node agent it belongs in a DaemonSet"));
    }
    if (!ProbeBuilder::hasProbe(service.healthcheck)) {
        warn(result,
             service,
             QStringLiteral("no-health-check"),
             tr("has no health check, so its pods get no readiness or liveness probe and count as ready as soon as "
                "they start"));
    }
    if (service.cpuLimit.isEmpty() && service.memoryLimit.isEmpty()) {
        warn(result,
             service,
             QStringLiteral("no-resource-limits"),
             tr("sets no CPU or memory limits (deploy.resources); the scheduler cannot place it well"));
    }
}

void MigrationReviewer::reviewImage(const ComposeService &service,
                                    const ComposeProject &project,
                                    ServiceMigration &result)
{
    if (service.buildContext.isEmpty())
        return;
    const QString context = HostMountAdvisor::displayPath(service.buildContext, project.workingDirectory);
    if (service.image.isEmpty()) {
        block(result,
              service,
              QStringLiteral("build-only-image"),
              tr("is only built from %1 and names no image; build it, push it to a registry the cluster can pull "
                 "from and set image:")
                  .arg(context));
    } else {
        warn(result,
             service,
             QStringLiteral("build-only-image"),
             tr("image %1 is built on the host from %2; push it to a registry the cluster can pull from")
                 .arg(service.image, context));
    }
}

void MigrationReviewer::reviewNetworking(const ComposeService &service,
                                         const ComposeProject &project,
                                         ServiceMigration &result)
{
    if (service.networkMode == QLatin1String("host")) {
        block(result,
              service,
              QStringLiteral("host-network"),
              tr("uses the host's network (network_mode: host): its ports would collide on every node; publish them "
                 "through its Service instead"));
    } else if (service.networkMode.startsWith(QLatin1String("service:"))
               || service.networkMode.startsWith(QLatin1String("container:"))) {
        warn(result,
             service,
             QStringLiteral("network-mode"),
             tr("shares the network of %1: run both containers in one pod")
                 .arg(service.networkMode.section(QLatin1Char(':'), 1)));
    }
    for (const ServiceNetworkAttachment &attachment : service.networks) {
        for (const QString &address : {attachment.ipv4Address, attachment.ipv6Address}) {
            if (!address.isEmpty()) {
                warn(result,
                     service,
                     QStringLiteral("fixed-ip"),
                     tr("has the fixed address %1 on network %2; pods get their addresses from the cluster, so "
                        "clients must use the Service name %3")
                         .arg(address, attachment.network, KubernetesNames::label(service.name)));
            }
        }
    }
    if (!service.containerName.isEmpty() && service.containerName != service.name) {
        const QStringList clients = HostnameReferences::clientsOf(project, service.containerName, service.name);
        if (!clients.isEmpty()) {
            warn(result,
                 service,
                 QStringLiteral("container-name"),
                 tr("%1 reach it by its container name %2, which does not exist in Kubernetes; use the Service name "
                    "%3")
                     .arg(clients.join(QStringLiteral(", ")),
                          service.containerName,
                          KubernetesNames::label(service.name)));
        }
    }
    if (KubernetesNames::label(service.name) != service.name) {
        warn(result,
             service,
             QStringLiteral("service-name"),
             tr("its Service is called %1, as Kubernetes names allow only lowercase letters, digits and \"-\"; "
                "clients using %2 must change")
                 .arg(KubernetesNames::label(service.name), service.name));
    }
}

void MigrationReviewer::reviewLifecycle(const ComposeService &service,
                                        const ComposeProject &project,
                                        ServiceMigration &result)
{
    for (const ServiceDependency &dependency : service.dependsOn) {
        if (dependency.condition == QLatin1String("service_completed_successfully")
            && project.service(dependency.service)) {
            warn(result,
                 service,
                 QStringLiteral("completion-dependency"),
                 tr("waits for %1 to complete, which becomes a Job; apply it first and wait for it (kubectl wait "
                    "--for=condition=complete job/%2)")
                     .arg(dependency.service, KubernetesNames::label(dependency.service)));
        }
    }
}

} // namespace Leitstand::Analysis
