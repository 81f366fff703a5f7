#pragma once

#include "TopologyReport.h"

#include <QByteArray>

namespace Leitstand::Analysis {

// The topology as a Graphviz digraph for `dot`: a cluster per network zone (internal zones
// dashed), services as boxes, named volumes as cylinders, the outside world as ellipses;
// depends_on solid (red when part of a cycle), routes bold blue, inferred uses dashed grey.
class TopologyDotWriter final
{
public:
    static QByteArray write(const TopologyReport &report);
};

} // namespace Leitstand::Analysis
