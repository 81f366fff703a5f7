#pragma once

#include "TopologyReport.h"

#include <QByteArray>

namespace Leitstand::Analysis {

// The topology as a Mermaid flowchart (for Markdown, wikis, merge requests): a subgraph per
// network zone, the same grouping and captions as the DOT drawing, depends_on `-->`, routes
// `==>`, inferred uses `-.->`.
class TopologyMermaidWriter final
{
public:
    static QByteArray write(const TopologyReport &report);
};

} // namespace Leitstand::Analysis
