#include "DependencyWaiter.h"

#include "ContainerPorts.h"
#include "KubernetesNames.h"

#include <QJsonObject>

namespace Leitstand::Analysis {

QJsonArray DependencyWaiter::initContainers(const ComposeService &service,
                                            const ComposeProject &project,
                                            const NamespaceOf &namespaceOf)
{
    QJsonArray containers;
    for (const ServiceDependency &dependency : service.dependsOn) {
        const ComposeService *target = project.service(dependency.service);
        if (!target || !dependency.required || dependency.condition == QLatin1String("service_completed_successfully"))
            continue;
        // Both names are DNS labels, so the script below holds no text from the compose file.
        const QString name = KubernetesNames::label(target->name);
        const QString host = QStringLiteral("%1.%2.svc.cluster.local").arg(name, namespaceOf(*target));
        QString check;
        for (const ContainerPorts::Port &port : ContainerPorts::of(*target)) {
            if (port.protocol == QLatin1String("TCP")) {
                check = QStringLiteral("nc -z -w 2 %1 %2").arg(host).arg(port.number);
                break;
            }
        }
        if (check.isEmpty())
            check = QStringLiteral("nslookup %1 >/dev/null 2>&1").arg(host);
        const QString script = QStringLiteral("until %1; do echo waiting for %2; sleep 2; done").arg(check, name);
        containers.append(QJsonObject{
            {QStringLiteral("name"), KubernetesNames::derived(QStringLiteral("wait-for"), name)},
            {QStringLiteral("image"), QString::fromLatin1(Image)},
            {QStringLiteral("command"), QJsonArray{QStringLiteral("sh"), QStringLiteral("-c"), script}},
        });
    }
    return containers;
}

} // namespace Leitstand::Analysis
