#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Leitstand::Analysis {

// One Kubernetes object, with where it is written: DIR/<namespaceName>/<file>.
struct KubernetesManifest
{
    QString namespaceName;
    QJsonObject object; // apiVersion, kind, metadata, ...

    QString kind() const { return object.value(QStringLiteral("kind")).toString(); }
    // "deployments.yaml", "services.yaml", "namespace.yaml", ...
    QString fileName() const;
};

using KubernetesManifests = QList<KubernetesManifest>;

} // namespace Leitstand::Analysis
