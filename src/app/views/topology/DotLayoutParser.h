#pragma once

#include "TopologyDiagram.h"
#include "TopologyLayout.h"

#include "core/Expected.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Leitstand {

// Reads what `dot -Tjson` answers for the DOT of DotLayoutInput: node centres from objects[].pos,
// zone rectangles from the clusters' bb, edge splines, arrow tips and label centres from
// edges[].pos and lp. Graphviz counts y upwards from the bottom; the result is flipped to Qt's.
class DotLayoutParser final
{
    Q_DECLARE_TR_FUNCTIONS(DotLayoutParser)

public:
    static Expected<TopologyLayout> parse(const QByteArray &json, const TopologyDiagram &diagram);
};

} // namespace Leitstand
