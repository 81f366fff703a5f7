#pragma once

#include "PortMigrationPlan.h"
#include "PortScheme.h"

#include "../../model/ComposeProject.h"

namespace Leitstand::Analysis {

// Checks the published ports of the stacks of one host against a port scheme and suggests,
// for each port outside its category's range, the lowest free port of that range. Free means
// used by no binding on the host (any address, any protocol), not reserved, and not already
// suggested; one service's port keeps one new number across its protocols and addresses.
class PortMigrationPlanner final
{
public:
    static PortMigrationPlan plan(const QList<ComposeProject> &hostProjects, const PortScheme &scheme);
};

} // namespace Leitstand::Analysis
