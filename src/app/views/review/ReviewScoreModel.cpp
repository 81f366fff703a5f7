#include "ReviewScoreModel.h"

#include "AppIcons.h"

#include <QApplication>
#include <QColor>
#include <QStyle>

namespace Leitstand {

ReviewScoreModel::ReviewScoreModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_blockerIcon(AppIcons::error())
    , m_warningIcon(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning))
{}

void ReviewScoreModel::setReview(const QString &stackName, const Analysis::MigrationReview &review)
{
    beginResetModel();
    m_stackName = stackName;
    m_review = review;
    m_hasReview = true;
    endResetModel();
}

void ReviewScoreModel::clear()
{
    beginResetModel();
    m_stackName.clear();
    m_review = {};
    m_hasReview = false;
    endResetModel();
}

QModelIndex ReviewScoreModel::serviceIndex(const QString &serviceName) const
{
    for (int row = 0; row < m_review.services.size(); ++row) {
        if (m_review.services.at(row).name == serviceName)
            return createIndex(row, 0, ServiceId);
    }
    return {};
}

QModelIndex ReviewScoreModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, StackId);
    if (parent.internalId() == StackId)
        return createIndex(row, column, ServiceId);
    if (parent.internalId() == ServiceId)
        return createIndex(row, column, FindingBase + quintptr(parent.row()));
    return {};
}

QModelIndex ReviewScoreModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == StackId)
        return {};
    if (child.internalId() == ServiceId)
        return createIndex(0, 0, StackId);
    return createIndex(int(child.internalId() - FindingBase), 0, ServiceId);
}

int ReviewScoreModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_hasReview ? 1 : 0;
    if (parent.column() != 0)
        return 0;
    if (parent.internalId() == StackId)
        return int(m_review.services.size());
    if (parent.internalId() == ServiceId) {
        const Analysis::ServiceMigration &service = m_review.services.at(parent.row());
        return int(service.blockers.size() + service.warnings.size());
    }
    return 0;
}

int ReviewScoreModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ReviewScoreModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == StackId)
        return stackData(index.column(), role);
    if (index.internalId() == ServiceId)
        return serviceData(m_review.services.at(index.row()), index.column(), role);
    bool isBlocker = false;
    const Analysis::Finding *item = finding(int(index.internalId() - FindingBase), index.row(), &isBlocker);
    return item ? findingData(*item, isBlocker, index.column(), role) : QVariant();
}

QVariant ReviewScoreModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Stack / service");
    case KindColumn:
        return tr("Workload");
    case NamespaceColumn:
        return tr("Namespace");
    case ScoreColumn:
        return tr("Score");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

QColor ReviewScoreModel::scoreColor(int score)
{
    if (score >= 80)
        return QColor(0x23, 0x84, 0x5a);
    if (score >= 50)
        return QColor(0xb0, 0x6d, 0x00);
    return QColor(0xc0, 0x39, 0x2b);
}

const Analysis::Finding *ReviewScoreModel::finding(int serviceRow, int findingRow, bool *isBlocker) const
{
    if (serviceRow < 0 || serviceRow >= m_review.services.size())
        return nullptr;
    const Analysis::ServiceMigration &service = m_review.services.at(serviceRow);
    *isBlocker = findingRow < service.blockers.size();
    if (*isBlocker)
        return &service.blockers.at(findingRow);
    const qsizetype warning = findingRow - service.blockers.size();
    return warning < service.warnings.size() ? &service.warnings.at(warning) : nullptr;
}

QVariant ReviewScoreModel::stackData(int column, int role) const
{
    if (role == ScoreRole)
        return m_review.score;
    if (role == Qt::ForegroundRole && column == ScoreColumn)
        return scoreColor(m_review.score);
    if (role != Qt::DisplayRole)
        return {};
    int blockers = 0;
    int warnings = 0;
    for (const Analysis::ServiceMigration &service : m_review.services) {
        blockers += int(service.blockers.size());
        warnings += int(service.warnings.size());
    }
    switch (column) {
    case NameColumn:
        return m_stackName;
    case ScoreColumn:
        return m_review.score;
    case DetailsColumn:
        return tr("%n blocker(s)", nullptr, blockers) + QStringLiteral(", ") + tr("%n warning(s)", nullptr, warnings);
    default:
        return {};
    }
}

QVariant ReviewScoreModel::serviceData(const Analysis::ServiceMigration &service, int column, int role) const
{
    if (role == ScoreRole)
        return service.score;
    if (role == Qt::ForegroundRole && column == ScoreColumn)
        return scoreColor(service.score);
    if (role == Qt::DecorationRole && column == NameColumn && !service.blockers.isEmpty())
        return m_blockerIcon;
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case NameColumn:
        return service.name;
    case KindColumn:
        return service.kind;
    case NamespaceColumn:
        return service.namespaceName;
    case ScoreColumn:
        return service.score;
    case DetailsColumn:
        if (service.blockers.isEmpty() && service.warnings.isEmpty())
            return tr("Ready as it is");
        return tr("%n blocker(s)", nullptr, int(service.blockers.size())) + QStringLiteral(", ")
               + tr("%n warning(s)", nullptr, int(service.warnings.size()));
    default:
        return {};
    }
}

QVariant ReviewScoreModel::findingData(const Analysis::Finding &finding, bool isBlocker, int column, int role) const
{
    switch (role) {
    case CodeRole:
        return finding.code;
    case Qt::DecorationRole:
        return column == NameColumn ? (isBlocker ? m_blockerIcon : m_warningIcon) : QVariant();
    case Qt::ToolTipRole:
        return finding.message;
    case Qt::DisplayRole:
        if (column == NameColumn)
            return finding.code;
        if (column == KindColumn)
            return isBlocker ? tr("Blocker") : tr("Warning");
        if (column == DetailsColumn)
            return finding.message;
        return {};
    default:
        return {};
    }
}

} // namespace Leitstand
