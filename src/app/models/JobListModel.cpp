#include "JobListModel.h"

#include <QLocale>

#include <algorithm>

namespace Leitstand {

JobListModel::JobListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int JobListModel::addJob(const QString &title, const QString &target, const QDateTime &started)
{
    const int row = int(m_jobs.size());
    beginInsertRows({}, row, row);
    m_jobs.append(
        {m_nextId, title, target, State::Queued, -1, {}, started.isValid() ? started : QDateTime::currentDateTime()});
    endInsertRows();
    return m_nextId++;
}

bool JobListModel::updateJob(int id, State state, int progress, const QString &message)
{
    const int row = rowOfJob(id);
    if (row < 0)
        return false;
    Job &job = m_jobs[row];
    job.state = state;
    job.progress = progress < 0 ? -1 : std::min(progress, 100);
    if (state == State::Succeeded)
        job.progress = 100;
    job.message = message;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

int JobListModel::rowOfJob(int id) const
{
    for (int row = 0; row < m_jobs.size(); ++row) {
        if (m_jobs.at(row).id == id)
            return row;
    }
    return -1;
}

QString JobListModel::stateText(State state)
{
    switch (state) {
    case State::Queued:
        return tr("queued");
    case State::Running:
        return tr("running");
    case State::Succeeded:
        return tr("succeeded");
    case State::Failed:
        return tr("failed");
    case State::Cancelled:
        return tr("cancelled");
    }
    return {};
}

int JobListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Job &job = m_jobs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(job, index.column());
    case Qt::ToolTipRole:
        return job.message.isEmpty() ? displayText(job, index.column()) : QVariant(job.message);
    case ProgressRole:
        return job.progress;
    case StateRole:
        return int(job.state);
    default:
        return {};
    }
}

QVariant JobListModel::displayText(const Job &job, int column) const
{
    switch (column) {
    case JobColumn:
        return job.title;
    case TargetColumn:
        return job.target;
    case StateColumn:
        return stateText(job.state);
    case ProgressColumn:
        return job.progress < 0 ? QString() : tr("%1 %").arg(job.progress);
    case StartedColumn:
        return QLocale().toString(job.started.time(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant JobListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case JobColumn:
        return tr("Job");
    case TargetColumn:
        return tr("Target");
    case StateColumn:
        return tr("State");
    case ProgressColumn:
        return tr("Progress");
    case StartedColumn:
        return tr("Started");
    default:
        return {};
    }
}

} // namespace Leitstand
