#pragma once

#include "PortConflict.h"
#include "PortMatrixBinding.h"

#include "../../model/ComposeProject.h"

#include <QList>

namespace Leitstand::Analysis {

// Every binding of the services that run together, and the clashes among them. Services that
// are disabled by profiles are not in a loaded project, so they cannot clash.
struct PortMatrix
{
    QList<PortMatrixBinding> bindings;
    QList<PortConflict> conflicts;

    static PortMatrix build(const ComposeProject &project);
    // The stacks of one host: bindings of every project, clashes across them as well as
    // inside each one. Each project's name is its stack name.
    static PortMatrix buildForHost(const QList<ComposeProject> &projects);
};

} // namespace Leitstand::Analysis
