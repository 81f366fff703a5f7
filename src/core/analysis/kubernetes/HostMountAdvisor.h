#pragma once

#include "core/model/ComposeService.h"

#include <QCoreApplication>
#include <QString>

namespace Leitstand::Analysis {

// What replaces a host bind mount in Kubernetes, where a pod cannot count on any path of the
// node: configuration files become a ConfigMap (a Secret when the file holds credentials),
// data the container writes becomes a PersistentVolumeClaim, and host system paths stay a
// hostPath volume, which only suits node agents.
class HostMountAdvisor final
{
    Q_DECLARE_TR_FUNCTIONS(HostMountAdvisor)

public:
    enum class Kind { PersistentVolumeClaim, ConfigMap, Secret, HostPath };

    struct Replacement
    {
        Kind kind = Kind::PersistentVolumeClaim;
        QString objectName; // the ConfigMap, Secret or PVC; empty for hostPath
        QString fileKey;    // a single file: its key in the ConfigMap or Secret
        QString mountPath;  // where the replacement is mounted in the container
        bool readOnly = false;
        QString proposal; // for the operator: what to create, and how
    };

    // projectDirectory only shortens paths in the proposal ("./Caddyfile").
    static Replacement advise(const ComposeService &service,
                              const ServiceMount &mount,
                              const QString &projectDirectory = {});
    // A path inside the project folder as "./relative/path", others unchanged.
    static QString displayPath(const QString &path, const QString &projectDirectory);

private:
    static bool looksLikeFile(const ServiceMount &mount);
    static bool holdsCredentials(const QString &fileName);
};

} // namespace Leitstand::Analysis
