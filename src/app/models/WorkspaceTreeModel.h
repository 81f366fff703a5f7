#pragma once

#include "WorkspaceTreeNode.h"
#include "workspace/LoadedWorkspace.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>

#include <memory>

namespace Leitstand {

// The sidebar's tree: the workspace, its hosts, their stacks and each stack's services. A stack
// that failed to load is a leaf with the error icon and its located error as tooltip.
class WorkspaceTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    static constexpr int ItemKindRole = Qt::UserRole + 1;

    explicit WorkspaceTreeModel(QObject *parent = nullptr);
    ~WorkspaceTreeModel() override;

    void setWorkspace(LoadedWorkspace workspace);
    const LoadedWorkspace &workspace() const { return m_workspace; }

    WorkspaceItemKind itemKind(const QModelIndex &index) const;
    // The stack of a stack row or of a service row; nullptr for workspace and host rows.
    const LoadedStack *stack(const QModelIndex &index) const;
    const ComposeService *service(const QModelIndex &index) const;
    QModelIndex stackIndex(int hostIndex, int stackIndex) const;
    QModelIndex findStack(const QString &hostName, const QString &stackName) const;
    QModelIndex findService(const QString &hostName, const QString &stackName, const QString &serviceName) const;
    // The stack row of a stack or service row; invalid for workspace and host rows.
    QModelIndex stackRowOf(const QModelIndex &index) const;
    // The host a stack or service row belongs to; null for "Local files" and the workspace row.
    const LoadedHost *remoteHost(const QModelIndex &index) const;
    const LoadedHost *host(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    using Node = Internal::WorkspaceTreeNode;

    void rebuildNodes();
    const Node *node(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node) const;
    QString displayText(const Node &node) const;
    QString toolTip(const Node &node) const;
    QIcon icon(const Node &node) const;
    QIcon serviceIcon(const ComposeService &service) const;

    LoadedWorkspace m_workspace;
    std::unique_ptr<Node> m_root; // invisible; its one child is the workspace row
    QIcon m_workspaceIcon;
    QIcon m_hostIcon;
    QIcon m_localFilesIcon;
    QIcon m_stackIcon;
    QIcon m_brokenStackIcon;
    mutable QHash<int, QIcon> m_serviceKindIcons; // one per ServiceKind, made on first use
};

} // namespace Leitstand
