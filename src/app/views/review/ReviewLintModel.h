#pragma once

#include "core/analysis/Finding.h"

#include <QAbstractTableModel>

namespace Leitstand {

// The lints of every analysis in one table: severity, the area they belong to (naming, ports,
// dependencies, exposure), the stable code, the service and the message.
class ReviewLintModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, AreaColumn, CodeColumn, ServiceColumn, MessageColumn, ColumnCount };
    static constexpr int AreaRole = Qt::UserRole + 1; // "naming", "ports", "dependencies", "exposure"

    explicit ReviewLintModel(QObject *parent = nullptr);

    void setFindings(const Analysis::Findings &findings);
    const Analysis::Findings &findings() const { return m_findings; }

    static QString area(const QString &code);
    static QStringList areas();
    static QString areaText(const QString &area);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Analysis::Findings m_findings;
};

} // namespace Leitstand
