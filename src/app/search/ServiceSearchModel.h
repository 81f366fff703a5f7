#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QIcon>
#include <QList>

namespace Leitstand {

struct LoadedWorkspace;

// Every service of every loaded stack of the workspace, one row each, for the search box: the
// text it is found by names the service with its host and stack, so a search for "postgres"
// tells the five postgres services apart and a search for a stack lists its services.
class ServiceSearchModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int HostRole = Qt::UserRole + 1;
    static constexpr int StackRole = Qt::UserRole + 2;
    static constexpr int ServiceRole = Qt::UserRole + 3;

    explicit ServiceSearchModel(QObject *parent = nullptr);

    void setWorkspace(const LoadedWorkspace &workspace);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        QString host;
        QString stack;
        QString service;
        QString image;
        int kind = 0;
    };

    QIcon iconFor(int kind) const;

    QList<Entry> m_entries;
    mutable QHash<int, QIcon> m_kindIcons;
};

} // namespace Leitstand
