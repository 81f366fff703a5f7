#include "ServiceSearchModel.h"

#include "AppIcons.h"
#include "views/topology/ServiceKindClassifier.h"
#include "workspace/LoadedWorkspace.h"

namespace Leitstand {

ServiceSearchModel::ServiceSearchModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void ServiceSearchModel::setWorkspace(const LoadedWorkspace &workspace)
{
    beginResetModel();
    m_entries.clear();
    for (const LoadedHost &host : workspace.hosts) {
        for (const LoadedStack &stack : host.stacks) {
            if (!stack.project)
                continue;
            for (const ComposeService &service : stack.project->project.services) {
                m_entries.append({host.name,
                                  stack.definition.name,
                                  service.name,
                                  service.image,
                                  int(ServiceKindClassifier::classify(service))});
            }
        }
    }
    endResetModel();
}

int ServiceSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ServiceSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return tr("%1 — %2 / %3").arg(entry.service, entry.host, entry.stack);
    case Qt::ToolTipRole:
        return entry.image;
    case Qt::DecorationRole:
        return iconFor(entry.kind);
    case HostRole:
        return entry.host;
    case StackRole:
        return entry.stack;
    case ServiceRole:
        return entry.service;
    default:
        return {};
    }
}

QIcon ServiceSearchModel::iconFor(int kind) const
{
    auto found = m_kindIcons.find(kind);
    if (found == m_kindIcons.end())
        found = m_kindIcons.insert(kind, AppIcons::serviceKind(ServiceKind(kind)));
    return *found;
}

} // namespace Leitstand
