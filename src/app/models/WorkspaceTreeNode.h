#pragma once

#include <memory>
#include <vector>

namespace Leitstand {

enum class WorkspaceItemKind { Workspace, Host, Stack, Service };

namespace Internal {

// One row of the workspace tree. It stores positions into the LoadedWorkspace rather than
// pointers, so the tree stays valid however the workspace's lists reallocate.
struct WorkspaceTreeNode
{
    WorkspaceItemKind kind = WorkspaceItemKind::Workspace;
    int hostIndex = -1;
    int stackIndex = -1;
    int serviceIndex = -1;
    int row = 0;
    WorkspaceTreeNode *parent = nullptr;
    std::vector<std::unique_ptr<WorkspaceTreeNode>> children;

    WorkspaceTreeNode *addChild(WorkspaceItemKind childKind)
    {
        auto child = std::make_unique<WorkspaceTreeNode>();
        child->kind = childKind;
        child->hostIndex = hostIndex;
        child->stackIndex = stackIndex;
        child->serviceIndex = serviceIndex;
        child->row = int(children.size());
        child->parent = this;
        children.push_back(std::move(child));
        return children.back().get();
    }
};

} // namespace Internal
} // namespace Leitstand
