#pragma once

#include "core/analysis/kubernetes/MigrationReview.h"

#include <QAbstractItemModel>
#include <QIcon>

namespace Leitstand {

// The Kubernetes readiness review as a tree: the stack with its score, its services with
// workload kind, namespace and score, and under each service its blockers and warnings with
// the reason in words.
class ReviewScoreModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, NamespaceColumn, ScoreColumn, DetailsColumn, ColumnCount };
    static constexpr int ScoreRole = Qt::UserRole + 1; // int, on stack and service rows
    static constexpr int CodeRole = Qt::UserRole + 2;  // the finding's stable code

    explicit ReviewScoreModel(QObject *parent = nullptr);

    void setReview(const QString &stackName, const Analysis::MigrationReview &review);
    void clear();
    const Analysis::MigrationReview &review() const { return m_review; }
    QModelIndex serviceIndex(const QString &serviceName) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QColor scoreColor(int score);

private:
    // internalId: 0 for the stack row, 1 for service rows, 2 + service row for finding rows.
    static constexpr quintptr StackId = 0;
    static constexpr quintptr ServiceId = 1;
    static constexpr quintptr FindingBase = 2;

    const Analysis::Finding *finding(int serviceRow, int findingRow, bool *isBlocker) const;
    QVariant stackData(int column, int role) const;
    QVariant serviceData(const Analysis::ServiceMigration &service, int column, int role) const;
    QVariant findingData(const Analysis::Finding &finding, bool isBlocker, int column, int role) const;

    QString m_stackName;
    Analysis::MigrationReview m_review;
    bool m_hasReview = false;
    QIcon m_blockerIcon;
    QIcon m_warningIcon;
};

} // namespace Leitstand
