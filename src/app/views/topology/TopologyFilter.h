#pragma once

#include "TopologyDiagram.h"

#include <QString>

#include <optional>

namespace Leitstand {

// What the operator narrowed the graph to; an unset field lets everything through.
struct TopologyFilter
{
    QString network;         // network key
    std::optional<int> tier; // start-up tier
    std::optional<ServiceKind> kind;

    bool isEmpty() const { return network.isEmpty() && !tier && !kind; }
    bool accepts(const TopologyDiagramNode &node) const
    {
        if (!network.isEmpty() && !node.networks.contains(network))
            return false;
        if (tier && node.tier != *tier)
            return false;
        return !kind || node.kind == *kind;
    }
};

} // namespace Leitstand
