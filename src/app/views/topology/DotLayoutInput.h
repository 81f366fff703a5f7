#pragma once

#include "TopologyDiagram.h"

#include <QByteArray>
#include <QString>

namespace Leitstand {

// Writes the DOT that Graphviz lays out for a diagram. Nodes, zones and edges are named by their
// index (n3, cluster_z1, e7) so that DotLayoutParser maps the answer back without trusting
// service names in DOT syntax; sizes are those Qt draws, so dot leaves room for them.
class DotLayoutInput final
{
public:
    static QByteArray write(const TopologyDiagram &diagram);
    // Wide and shallow graphs are laid out from left to right instead of top to bottom.
    static bool prefersLeftToRight(const TopologyDiagram &diagram);

    static QString nodeName(int index);
    static QString zoneName(int index);
    static QString edgeName(int index);
    // -1 when the name is not of that form.
    static int nodeIndex(const QString &name);
    static int zoneIndex(const QString &name);
    static int edgeIndex(const QString &name);
};

} // namespace Leitstand
