#pragma once

#include "core/model/ComposeProject.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>

namespace Leitstand {

// The services of one loaded project, one row each, with the settings an operator checks first:
// what runs, what it publishes, what it waits for and how its health is probed.
class ServiceTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        ImageColumn,
        PortsColumn,
        DependsOnColumn,
        HealthCheckColumn,
        DefinedAtColumn,
        ColumnCount
    };

    // Orders ports by number and locations by file, then line, where the text would mislead.
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit ServiceTableModel(QObject *parent = nullptr);

    void setProject(const ComposeProject &project);
    void clear();
    const ComposeService *service(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString displayText(const ComposeService &service, int column) const;
    QString toolTip(const ComposeService &service, int column) const;
    QVariant sortKey(const ComposeService &service, int column) const;

    QList<ComposeService> m_services;
    QString m_projectDirectory;
    QIcon m_serviceIcon;
    QIcon m_databaseIcon;
};

} // namespace Leitstand
