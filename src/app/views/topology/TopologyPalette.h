#pragma once

#include "TopologyDiagram.h"

#include <QColor>
#include <QPalette>

namespace Leitstand {

// The colours of the topology drawing, derived from the widget palette so that the graph
// reads the same in light and dark mode: kinds and edge styles keep their hue, fills follow
// the base colour.
class TopologyPalette final
{
public:
    static QColor kindColor(ServiceKind kind);
    static QColor edgeColor(TopologyEdgeKind kind, const QPalette &palette);
    static QColor nodeFill(ServiceKind kind, const QPalette &palette);
    static QColor zoneFill(bool internal, const QPalette &palette);
    static QColor zoneBorder(bool internal, const QPalette &palette);
    static QColor clashBadge();
    static QColor publicBadge();
    static QColor mix(const QColor &base, const QColor &tint, double tintShare);
};

} // namespace Leitstand
