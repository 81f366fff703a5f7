#pragma once

#include "core/analysis/kubernetes/MigrationReview.h"

#include <QAbstractItemModel>

namespace Leitstand {

// The namespaces the review proposes (by category, as seed 004 does for ManaCore), each with
// the services that would move into it and the workload each becomes.
class NamespaceGroupingModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, ColumnCount };

    explicit NamespaceGroupingModel(QObject *parent = nullptr);

    void setReview(const Analysis::MigrationReview &review);
    QStringList namespaces() const;
    QStringList services(const QString &namespaceName) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        QString name;
        QList<Analysis::ServiceMigration> services;
    };
    // internalId 0: a namespace row; 1 + namespace row: a service row.
    QList<Group> m_groups;
};

} // namespace Leitstand
