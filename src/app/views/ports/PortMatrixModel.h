#pragma once

#include "core/analysis/ports/PortMatrix.h"
#include "core/analysis/ports/PortMigrationPlan.h"
#include "core/model/ComposeProject.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace Leitstand {

// The port matrix of one stack, a row per binding: where the host publishes it, to which
// container port, and who can reach it. Clashes (also with other stacks of the host) and admin
// UIs on public addresses are highlighted; ports outside the port scheme show the free port the
// scheme suggests instead.
class PortMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        HostAddressColumn,
        PortColumn,
        ProtocolColumn,
        ServiceColumn,
        TargetColumn,
        ExposureColumn,
        SuggestedPortColumn,
        ColumnCount
    };

    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int ExposureRole = Qt::UserRole + 2; // the stable name: "public", "loopback", …
    static constexpr int ServiceRole = Qt::UserRole + 3;

    explicit PortMatrixModel(QObject *parent = nullptr);

    // `hostMatrix` holds the bindings of every stack of the host; only `project`'s are shown,
    // but clashes with the others count. `plan` is the port scheme's migration plan of the host.
    void setMatrix(const ComposeProject &project,
                   const Analysis::PortMatrix &hostMatrix,
                   const Analysis::PortMigrationPlan &plan);
    void clear();

    const Analysis::PortMatrixBinding *binding(int row) const;
    const QList<Analysis::PortConflict> &conflicts() const { return m_conflicts; }
    bool isClash(int row) const;
    bool isPublicAdminUi(int row) const;
    int clashCount() const;
    int schemeViolationCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString exposureText(Analysis::PortExposure exposure);

private:
    struct Row
    {
        Analysis::PortMatrixBinding binding;
        QStringList clashesWith; // the other services publishing the same port, "stack/service" across stacks
        QString adminProduct;    // set when an admin UI answers on a public address
        std::optional<Analysis::PortMove> move;
    };

    QString displayText(const Row &row, int column) const;
    QString toolTip(const Row &row, int column) const;
    QVariant sortKey(const Row &row, int column) const;

    QList<Row> m_rows;
    QList<Analysis::PortConflict> m_conflicts;
    QString m_projectName;
};

} // namespace Leitstand
