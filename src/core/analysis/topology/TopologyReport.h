#pragma once

#include "ProxyRoute.h"
#include "StartupOrder.h"
#include "TopologyGraph.h"
#include "core/analysis/Finding.h"

#include <QList>
#include <QString>

namespace Leitstand::Analysis {

// Everything the topology analysis says about one project: the graph, the start-up order,
// the proxy routes (also drawn as edges) and the dependency lints.
struct TopologyReport
{
    QString project;
    TopologyGraph graph;
    StartupOrder order;
    QList<ProxyRoute> routes;
    Findings findings;
};

} // namespace Leitstand::Analysis
