#include "KubernetesManifest.h"

namespace Leitstand::Analysis {

QString KubernetesManifest::fileName() const
{
    const QString type = kind();
    if (type == QLatin1String("Namespace"))
        return QStringLiteral("namespace.yaml");
    return type.toLower() + QStringLiteral("s.yaml");
}

} // namespace Leitstand::Analysis
