#pragma once

#include "TopologyReport.h"
#include "core/model/ComposeProject.h"

#include <QCoreApplication>

namespace Leitstand::Analysis {

// Builds the topology of a loaded project: a node per enabled service (and per disabled one
// that an enabled service depends on), network zone, named volume and way in from outside;
// edges for depends_on, network membership, volume mounts, published ports, proxy routes,
// network_mode: service:X and the "uses" relations inferred from environment values.
// Linear in the size of the project apart from sorting.
class TopologyBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(TopologyBuilder)

public:
    static TopologyReport build(const ComposeProject &project);
};

} // namespace Leitstand::Analysis
