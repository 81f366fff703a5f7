#pragma once

#include "DependencyWaiter.h"
#include "core/model/ComposeProject.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Leitstand::Analysis {

// The pod template of one service: its container (image, entrypoint and command, ports,
// environment from its ConfigMap and Secret, probes, resources, mounts), the init containers
// that wait for its dependencies, and its volumes. Service links are off: Kubernetes would
// otherwise inject variables such as N8N_PORT=tcp://10.0.0.1:5678 for every Service of the
// namespace, and n8n (like many images) reads N8N_PORT as its own port.
class PodSpecBuilder final
{
public:
    struct Claim
    {
        QString name;
        bool shared = false; // mounted by more than one service: needs ReadWriteMany
    };

    struct Result
    {
        QJsonObject spec;
        QList<Claim> claims; // the PersistentVolumeClaims the pod mounts
    };

    static Result build(const ComposeService &service,
                        const ComposeProject &project,
                        const QString &kind,
                        const DependencyWaiter::NamespaceOf &namespaceOf);

    // The image to run: the service's image, or the name compose gives an image it builds.
    static QString image(const ComposeService &service, const ComposeProject &project);
    static QString environmentObjectName(const ComposeService &service);
};

} // namespace Leitstand::Analysis
