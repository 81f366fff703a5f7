#pragma once

#include "core/model/ComposeService.h"

#include <QAbstractItemModel>
#include <QList>

namespace Leitstand {

// Everything else about one service, grouped the way an operator looks for it: what runs,
// which networks it joins, what it mounts, its environment and its labels. Values of variables
// that look like secrets are masked; the compose files stay the place to read them.
class ServiceDetailsModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { PropertyColumn, ValueColumn, ColumnCount };

    explicit ServiceDetailsModel(QObject *parent = nullptr);

    void setService(const ComposeService &service);
    void clear();

    static bool looksSecret(const QString &variableName);
    static QString maskedValue(const QString &variableName, const QString &value);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Section
    {
        QString title;
        QList<QPair<QString, QString>> entries;
    };

    static QList<Section> sectionsOf(const ComposeService &service);

    // Top-level rows carry internal id 0; entries carry their section's row + 1.
    QList<Section> m_sections;
};

} // namespace Leitstand
