#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace Leitstand {

// The jobs of this session (backups, restores, drills, deploys), newest last, as the jobs dock
// lists them. Later issues fill it from the job runner; the model only keeps rows up to date.
class JobListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { JobColumn, TargetColumn, StateColumn, ProgressColumn, StartedColumn, ColumnCount };
    enum class State { Queued, Running, Succeeded, Failed, Cancelled };
    // Progress in percent (0–100) on the progress column; -1 while unknown.
    static constexpr int ProgressRole = Qt::UserRole + 1;
    static constexpr int StateRole = Qt::UserRole + 2;

    explicit JobListModel(QObject *parent = nullptr);

    // Returns the job's id for updateJob. started defaults to now.
    int addJob(const QString &title, const QString &target, const QDateTime &started = {});
    // progress: 0–100, or -1 when the job cannot tell. Unknown ids are ignored.
    bool updateJob(int id, State state, int progress = -1, const QString &message = {});
    int rowOfJob(int id) const;

    static QString stateText(State state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Job
    {
        int id = 0;
        QString title;
        QString target;
        State state = State::Queued;
        int progress = -1;
        QString message;
        QDateTime started;
    };

    QVariant displayText(const Job &job, int column) const;

    QList<Job> m_jobs;
    int m_nextId = 1;
};

} // namespace Leitstand
