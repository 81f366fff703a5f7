#include "PortMatrix.h"

#include "PortBindingCollector.h"
#include "PortConflictFinder.h"

namespace Leitstand::Analysis {

PortMatrix PortMatrix::build(const ComposeProject &project)
{
    return buildForHost({project});
}

PortMatrix PortMatrix::buildForHost(const QList<ComposeProject> &projects)
{
    PortMatrix matrix;
    for (const ComposeProject &project : projects) {
        for (const ComposeService &service : project.services)
            PortBindingCollector::collect(project.name, service, matrix.bindings);
    }
    matrix.conflicts = PortConflictFinder::find(matrix.bindings);
    return matrix;
}

} // namespace Leitstand::Analysis
