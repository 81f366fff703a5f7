#include "NamespaceGroupingModel.h"

#include <algorithm>

namespace Leitstand {

NamespaceGroupingModel::NamespaceGroupingModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void NamespaceGroupingModel::setReview(const Analysis::MigrationReview &review)
{
    beginResetModel();
    m_groups.clear();
    for (const Analysis::ServiceMigration &service : review.services) {
        auto group = std::find_if(m_groups.begin(), m_groups.end(), [&](const Group &candidate) {
            return candidate.name == service.namespaceName;
        });
        if (group == m_groups.end()) {
            m_groups.append({service.namespaceName, {}});
            group = std::prev(m_groups.end());
        }
        group->services.append(service);
    }
    std::sort(m_groups.begin(), m_groups.end(), [](const Group &a, const Group &b) { return a.name < b.name; });
    endResetModel();
}

QStringList NamespaceGroupingModel::namespaces() const
{
    QStringList names;
    for (const Group &group : m_groups)
        names << group.name;
    return names;
}

QStringList NamespaceGroupingModel::services(const QString &namespaceName) const
{
    QStringList names;
    for (const Group &group : m_groups) {
        if (group.name == namespaceName) {
            for (const Analysis::ServiceMigration &service : group.services)
                names << service.name;
        }
    }
    return names;
}

QModelIndex NamespaceGroupingModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex NamespaceGroupingModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int NamespaceGroupingModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != 0)
        return 0;
    return int(m_groups.at(parent.row()).services.size());
}

int NamespaceGroupingModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant NamespaceGroupingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
        return {};
    if (index.internalId() == 0) {
        const Group &group = m_groups.at(index.row());
        return index.column() == NameColumn ? group.name : tr("%n service(s)", nullptr, int(group.services.size()));
    }
    const Analysis::ServiceMigration &service = m_groups.at(int(index.internalId() - 1)).services.at(index.row());
    return index.column() == NameColumn ? service.name : service.kind;
}

QVariant NamespaceGroupingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Namespace / service") : tr("Workload");
}

} // namespace Leitstand
