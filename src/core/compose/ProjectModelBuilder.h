#pragma once

#include "../SourceLocation.h"
#include "../model/ComposeProject.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace Leitstand {

// Fills the typed project model from the canonical document (the output of
// ProjectNormalizer): services sorted by name, environment and labels sorted by key, replicas
// from deploy.replicas (or scale), limits from deploy.resources.limits (or cpus / mem_limit).
// The canonical document is already checked, so this cannot fail; missing parts stay empty.
class ProjectModelBuilder final
{
public:
    static ComposeProject build(const QJsonObject &canonical, const QHash<QString, SourceLocation> &serviceLocations);
};

} // namespace Leitstand
