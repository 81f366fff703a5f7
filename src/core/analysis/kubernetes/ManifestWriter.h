#pragma once

#include "KubernetesManifest.h"
#include "core/Expected.h"

#include <QCoreApplication>

namespace Leitstand::Analysis {

// Writes manifests as DIR/<namespace>/<kind>s.yaml. The tree is written into a temporary
// folder next to DIR and renamed into place only when complete, so a failure never leaves
// half a tree. An existing DIR is replaced only when it is empty or a tree written before
// (it holds the marker file); anything else is refused rather than deleted. Files holding
// Secrets are readable by their owner only.
class ManifestWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ManifestWriter)

public:
    static Outcome write(const KubernetesManifests &manifests, const QString &directory);
    static constexpr const char *MarkerFile = ".leitstand-manifests";

private:
    static Outcome writeTree(const KubernetesManifests &manifests, const QString &root);
    static Outcome replace(const QString &staged, const QString &directory);
};

} // namespace Leitstand::Analysis
