#include "WorkspaceTreeModel.h"

#include "AppIcons.h"
#include "views/topology/ServiceKindClassifier.h"

namespace Leitstand {

WorkspaceTreeModel::WorkspaceTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
    , m_workspaceIcon(AppIcons::workspace())
    , m_hostIcon(AppIcons::host())
    , m_localFilesIcon(AppIcons::localFiles())
    , m_stackIcon(AppIcons::stack())
    , m_brokenStackIcon(AppIcons::brokenStack())
{}

WorkspaceTreeModel::~WorkspaceTreeModel() = default;

void WorkspaceTreeModel::setWorkspace(LoadedWorkspace workspace)
{
    beginResetModel();
    m_workspace = std::move(workspace);
    rebuildNodes();
    endResetModel();
}

void WorkspaceTreeModel::rebuildNodes()
{
    m_root = std::make_unique<Node>();
    Node *workspaceNode = m_root->addChild(WorkspaceItemKind::Workspace);
    for (int hostIndex = 0; hostIndex < m_workspace.hosts.size(); ++hostIndex) {
        workspaceNode->hostIndex = hostIndex;
        Node *hostNode = workspaceNode->addChild(WorkspaceItemKind::Host);
        const LoadedHost &host = m_workspace.hosts.at(hostIndex);
        for (int stackIndex = 0; stackIndex < host.stacks.size(); ++stackIndex) {
            hostNode->stackIndex = stackIndex;
            Node *stackNode = hostNode->addChild(WorkspaceItemKind::Stack);
            const qsizetype serviceCount = host.stacks.at(stackIndex).serviceCount();
            for (int serviceIndex = 0; serviceIndex < serviceCount; ++serviceIndex) {
                stackNode->serviceIndex = serviceIndex;
                stackNode->addChild(WorkspaceItemKind::Service);
            }
            stackNode->serviceIndex = -1;
        }
        hostNode->stackIndex = -1;
    }
    workspaceNode->hostIndex = -1;
}

WorkspaceItemKind WorkspaceTreeModel::itemKind(const QModelIndex &index) const
{
    const Node *found = node(index);
    return found ? found->kind : WorkspaceItemKind::Workspace;
}

const LoadedStack *WorkspaceTreeModel::stack(const QModelIndex &index) const
{
    const Node *found = node(index);
    if (!found || found->stackIndex < 0)
        return nullptr;
    return &m_workspace.hosts.at(found->hostIndex).stacks.at(found->stackIndex);
}

const ComposeService *WorkspaceTreeModel::service(const QModelIndex &index) const
{
    const Node *found = node(index);
    const LoadedStack *owner = stack(index);
    if (!found || !owner || found->serviceIndex < 0 || !owner->project)
        return nullptr;
    return &owner->project->project.services.at(found->serviceIndex);
}

QModelIndex WorkspaceTreeModel::stackIndex(int hostIndex, int stackIndex) const
{
    if (m_root->children.empty())
        return {};
    const Node *workspaceNode = m_root->children.front().get();
    if (hostIndex < 0 || hostIndex >= int(workspaceNode->children.size()))
        return {};
    const Node *hostNode = workspaceNode->children.at(hostIndex).get();
    if (stackIndex < 0 || stackIndex >= int(hostNode->children.size()))
        return {};
    return indexOf(hostNode->children.at(stackIndex).get());
}

QModelIndex WorkspaceTreeModel::findStack(const QString &hostName, const QString &stackName) const
{
    for (int hostIndex = 0; hostIndex < m_workspace.hosts.size(); ++hostIndex) {
        const LoadedHost &host = m_workspace.hosts.at(hostIndex);
        if (host.name != hostName)
            continue;
        for (int index = 0; index < host.stacks.size(); ++index) {
            if (host.stacks.at(index).definition.name == stackName)
                return stackIndex(hostIndex, index);
        }
    }
    return {};
}

QModelIndex WorkspaceTreeModel::findService(const QString &hostName,
                                            const QString &stackName,
                                            const QString &serviceName) const
{
    const QModelIndex stackRow = findStack(hostName, stackName);
    for (int row = 0; row < rowCount(stackRow); ++row) {
        const QModelIndex serviceRow = index(row, 0, stackRow);
        if (const ComposeService *found = service(serviceRow); found && found->name == serviceName)
            return serviceRow;
    }
    return {};
}

QModelIndex WorkspaceTreeModel::stackRowOf(const QModelIndex &index) const
{
    switch (itemKind(index)) {
    case WorkspaceItemKind::Stack:
        return index.siblingAtColumn(0);
    case WorkspaceItemKind::Service:
        return index.parent();
    default:
        return {};
    }
}

const LoadedHost *WorkspaceTreeModel::host(const QModelIndex &index) const
{
    const Node *found = node(index);
    if (!found || found->hostIndex < 0)
        return nullptr;
    return &m_workspace.hosts.at(found->hostIndex);
}

const LoadedHost *WorkspaceTreeModel::remoteHost(const QModelIndex &index) const
{
    const LoadedHost *found = host(index);
    return found && !found->isLocalFiles ? found : nullptr;
}

QModelIndex WorkspaceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *parentNode = parent.isValid() ? node(parent) : m_root.get();
    return createIndex(row, column, parentNode->children.at(row).get());
}

QModelIndex WorkspaceTreeModel::parent(const QModelIndex &child) const
{
    const Node *childNode = node(child);
    if (!childNode || childNode->parent == m_root.get())
        return {};
    return indexOf(childNode->parent);
}

int WorkspaceTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *parentNode = parent.isValid() ? node(parent) : m_root.get();
    return parentNode ? int(parentNode->children.size()) : 0;
}

int WorkspaceTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant WorkspaceTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *found = node(index);
    if (!found)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*found);
    case Qt::ToolTipRole:
        return toolTip(*found);
    case Qt::DecorationRole:
        return icon(*found);
    case ItemKindRole:
        return int(found->kind);
    default:
        return {};
    }
}

QVariant WorkspaceTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Workspace");
    return {};
}

const WorkspaceTreeModel::Node *WorkspaceTreeModel::node(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return static_cast<const Node *>(index.internalPointer());
}

QModelIndex WorkspaceTreeModel::indexOf(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, 0, const_cast<Node *>(node));
}

QString WorkspaceTreeModel::displayText(const Node &node) const
{
    switch (node.kind) {
    case WorkspaceItemKind::Workspace:
        return m_workspace.name.isEmpty() ? tr("Workspace") : m_workspace.name;
    case WorkspaceItemKind::Host:
        return m_workspace.hosts.at(node.hostIndex).name;
    case WorkspaceItemKind::Stack:
        return m_workspace.hosts.at(node.hostIndex).stacks.at(node.stackIndex).definition.name;
    case WorkspaceItemKind::Service:
        return m_workspace.hosts.at(node.hostIndex)
            .stacks.at(node.stackIndex)
            .project->project.services.at(node.serviceIndex)
            .name;
    }
    return {};
}

QString WorkspaceTreeModel::toolTip(const Node &node) const
{
    switch (node.kind) {
    case WorkspaceItemKind::Workspace:
        return m_workspace.filePath;
    case WorkspaceItemKind::Host:
        if (m_workspace.hosts.at(node.hostIndex).isLocalFiles)
            return tr("Compose files and folders opened from this computer");
        return tr("Target: %1").arg(m_workspace.hosts.at(node.hostIndex).target);
    case WorkspaceItemKind::Stack: {
        const LoadedStack &loaded = m_workspace.hosts.at(node.hostIndex).stacks.at(node.stackIndex);
        if (!loaded.isLoaded())
            return tr("Could not be loaded:\n%1").arg(loaded.error.toString());
        return tr("%1\n%n service(s)", nullptr, int(loaded.serviceCount())).arg(loaded.definition.directory);
    }
    case WorkspaceItemKind::Service:
        return m_workspace.hosts.at(node.hostIndex)
            .stacks.at(node.stackIndex)
            .project->project.services.at(node.serviceIndex)
            .image;
    }
    return {};
}

QIcon WorkspaceTreeModel::icon(const Node &node) const
{
    switch (node.kind) {
    case WorkspaceItemKind::Workspace:
        return m_workspaceIcon;
    case WorkspaceItemKind::Host:
        return m_workspace.hosts.at(node.hostIndex).isLocalFiles ? m_localFilesIcon : m_hostIcon;
    case WorkspaceItemKind::Stack:
        return m_workspace.hosts.at(node.hostIndex).stacks.at(node.stackIndex).isLoaded() ? m_stackIcon
                                                                                          : m_brokenStackIcon;
    case WorkspaceItemKind::Service:
        return serviceIcon(m_workspace.hosts.at(node.hostIndex)
                               .stacks.at(node.stackIndex)
                               .project->project.services.at(node.serviceIndex));
    }
    return {};
}

QIcon WorkspaceTreeModel::serviceIcon(const ComposeService &service) const
{
    const ServiceKind kind = ServiceKindClassifier::classify(service);
    auto found = m_serviceKindIcons.find(int(kind));
    if (found == m_serviceKindIcons.end())
        found = m_serviceKindIcons.insert(int(kind), AppIcons::serviceKind(kind));
    return *found;
}

} // namespace Leitstand
