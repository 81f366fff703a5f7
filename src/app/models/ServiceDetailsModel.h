#pragma once

#include "core/model/ComposeService.h"

#include <QAbstractItemModel>
#include <QList>

namespace Leitstand {

// Everything about one service, grouped the way an operator looks for it: what runs, what it
// publishes, what it waits for, how its health is probed, which networks it joins, what it
// mounts, its environment and its labels. Values that look like secrets are masked until the
// operator reveals one of them; a revealed value is hidden again when another service is shown.
class ServiceDetailsModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { PropertyColumn, ValueColumn, ColumnCount };
    // True on entries whose value is masked while not revealed.
    static constexpr int SecretRole = Qt::UserRole + 1;
    static constexpr int RevealedRole = Qt::UserRole + 2;

    explicit ServiceDetailsModel(QObject *parent = nullptr);

    void setService(const ComposeService &service);
    void clear();

    // Shows or masks again the value of one secret entry; other rows are left as they are.
    void setRevealed(const QModelIndex &index, bool revealed);
    bool isSecret(const QModelIndex &index) const;
    bool isRevealed(const QModelIndex &index) const;
    // The row of a section's entry, for tests and for selecting a row after a reveal.
    QModelIndex findEntry(const QString &sectionTitle, const QString &property) const;

    static bool looksSecret(const QString &variableName);
    static QString maskedValue(const QString &variableName, const QString &value);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        QString property;
        QString value;
        QString masked; // empty: nothing to hide
        bool revealed = false;
    };
    struct Section
    {
        QString title;
        QList<Entry> entries;
    };

    static QList<Section> sectionsOf(const ComposeService &service);
    const Entry *entry(const QModelIndex &index) const;

    // Top-level rows carry internal id 0; entries carry their section's row + 1.
    QList<Section> m_sections;
};

} // namespace Leitstand
