#pragma once

#include "core/compose/ComposeLoader.h"
#include "core/workspace/WorkspaceReader.h"

#include <optional>

namespace Leitstand {

// One stack of a workspace after its compose files were read: the project, or the error that
// kept it from loading. A broken stack stays in the workspace so the operator sees where to fix it.
struct LoadedStack
{
    WorkspaceStack definition;
    std::optional<LoadedProject> project;
    Error error;

    bool isLoaded() const { return project.has_value(); }
    qsizetype serviceCount() const { return project ? project->project.services.size() : 0; }
};

} // namespace Leitstand
