#include "PortFilterProxyModel.h"

#include "PortMatrixModel.h"

namespace Leitstand {

PortFilterProxyModel::PortFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PortMatrixModel::SortRole);
}

void PortFilterProxyModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void PortFilterProxyModel::setExposure(const QString &exposureName)
{
    m_exposure = exposureName;
    invalidateFilter();
}

void PortFilterProxyModel::setProtocol(const QString &protocol)
{
    m_protocol = protocol;
    invalidateFilter();
}

bool PortFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (!model)
        return false;
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (!m_exposure.isEmpty() && first.data(PortMatrixModel::ExposureRole).toString() != m_exposure)
        return false;
    if (!m_protocol.isEmpty()
        && model->index(sourceRow, PortMatrixModel::ProtocolColumn, sourceParent).data().toString() != m_protocol)
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
