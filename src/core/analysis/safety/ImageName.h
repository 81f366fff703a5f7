#pragma once

#include <QString>

namespace Leitstand::Analysis {

// The parts of an image reference the analyses match on. "ghcr.io/org/app:1.2@sha256:..."
// has the repository "ghcr.io/org/app" and the name "app"; the registry, tag and digest are
// irrelevant to what the image is.
class ImageName final
{
public:
    // The repository without tag and digest, lowercased.
    static QString repository(const QString &image);
    // The last path component of the repository: "postgres", "grafana", "pgadmin4".
    static QString name(const QString &image);
};

} // namespace Leitstand::Analysis
