#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace Leitstand {

// What the app did in this session, for the log dock: workspaces opened, stacks that failed to
// load, and (later) job output. Messages are written by the app itself and never carry secret
// values; the oldest entries go once the log is full so it cannot grow without bound.
class LogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, LevelColumn, MessageColumn, ColumnCount };
    enum class Level { Info, Warning, Error };
    static constexpr int LevelRole = Qt::UserRole + 1;
    static constexpr int DefaultCapacity = 5000;

    explicit LogModel(QObject *parent = nullptr, int capacity = DefaultCapacity);

    void append(Level level, const QString &message, const QDateTime &time = {});
    void clear();
    // One line per entry ("12:00:01  warning  message"), for the clipboard.
    QString text(const QList<int> &rows) const;
    QString allText() const;

    static QString levelText(Level level);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        Level level = Level::Info;
        QDateTime time;
        QString message;
    };

    QList<Entry> m_entries;
    int m_capacity;
};

} // namespace Leitstand
