#include "ReviewLintFilterProxyModel.h"

#include "ReviewLintModel.h"

namespace Leitstand {

ReviewLintFilterProxyModel::ReviewLintFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void ReviewLintFilterProxyModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void ReviewLintFilterProxyModel::setArea(const QString &area)
{
    m_area = area;
    invalidateFilter();
}

bool ReviewLintFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (!model)
        return false;
    if (!m_area.isEmpty()
        && model->index(sourceRow, 0, sourceParent).data(ReviewLintModel::AreaRole).toString() != m_area)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column = 0; column < model->columnCount(sourceParent); ++column) {
        if (model->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace Leitstand
