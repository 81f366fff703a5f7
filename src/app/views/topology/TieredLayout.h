#pragma once

#include "TopologyDiagram.h"
#include "TopologyLayout.h"

namespace Leitstand {

// The layout used when Graphviz is missing, fails or takes too long: one row per start-up
// tier (what starts first at the bottom, the way in from outside on top), one column group per
// network zone so that zones never overlap, and gently curved edges between node borders.
// Linear in the number of nodes and edges, so it is always available at once.
class TieredLayout final
{
public:
    static TopologyLayout compute(const TopologyDiagram &diagram);

    // How many nodes of one tier and zone stand side by side before the row wraps.
    static int columnsForRow(int nodeCount);

    // Where a line from `center` towards `target` leaves a node's rectangle.
    static QPointF borderPoint(const QPointF &center, const QPointF &target);
};

} // namespace Leitstand
