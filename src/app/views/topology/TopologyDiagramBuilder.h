#pragma once

#include "TopologyDiagram.h"

#include "core/analysis/ports/PortConflict.h"
#include "core/analysis/topology/TopologyReport.h"
#include "core/model/ComposeProject.h"

#include <QCoreApplication>
#include <QList>

namespace Leitstand {

// Turns the core topology of a project into the diagram the view draws: services and the
// ways in from outside as nodes (networks become zones, volumes stay in the details panel),
// depends_on, inferred uses, proxy routes and published entries as edges, clashes and public
// exposure as badges. `conflicts` may come from the host's matrix, so clashes across the
// stacks of one host show up as well.
class TopologyDiagramBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(TopologyDiagramBuilder)

public:
    static TopologyDiagram build(const ComposeProject &project,
                                 const Analysis::TopologyReport &report,
                                 const QList<Analysis::PortConflict> &conflicts);
    // Runs the core topology and port analyses itself.
    static TopologyDiagram build(const ComposeProject &project);
};

} // namespace Leitstand
