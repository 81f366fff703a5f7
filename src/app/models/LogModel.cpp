#include "LogModel.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QPalette>

namespace Leitstand {

namespace {

// Warm colours that read on light and dark bases alike.
QColor levelColor(LogModel::Level level)
{
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightnessF() < 0.5;
    switch (level) {
    case LogModel::Level::Warning:
        return dark ? QColor(0xf0, 0xb4, 0x50) : QColor(0x9a, 0x5b, 0x00);
    case LogModel::Level::Error:
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xb0, 0x24, 0x1c);
    case LogModel::Level::Info:
        break;
    }
    return {};
}

} // namespace

LogModel::LogModel(QObject *parent, int capacity)
    : QAbstractTableModel(parent)
    , m_capacity(std::max(1, capacity))
{}

void LogModel::append(Level level, const QString &message, const QDateTime &time)
{
    if (m_entries.size() >= m_capacity) {
        beginRemoveRows({}, 0, 0);
        m_entries.removeFirst();
        endRemoveRows();
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append({level, time.isValid() ? time : QDateTime::currentDateTime(), message});
    endInsertRows();
}

void LogModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

QString LogModel::text(const QList<int> &rows) const
{
    QStringList lines;
    for (const int row : rows) {
        if (row < 0 || row >= m_entries.size())
            continue;
        const Entry &entry = m_entries.at(row);
        lines.append(QStringLiteral("%1  %2  %3")
                         .arg(entry.time.toString(QStringLiteral("HH:mm:ss")), levelText(entry.level), entry.message));
    }
    return lines.isEmpty() ? QString() : lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString LogModel::allText() const
{
    QList<int> rows;
    for (int row = 0; row < m_entries.size(); ++row)
        rows.append(row);
    return text(rows);
}

QString LogModel::levelText(Level level)
{
    switch (level) {
    case Level::Info:
        return tr("info");
    case Level::Warning:
        return tr("warning");
    case Level::Error:
        return tr("error");
    }
    return {};
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == TimeColumn)
            return entry.time.toString(QStringLiteral("HH:mm:ss"));
        if (index.column() == LevelColumn)
            return levelText(entry.level);
        return entry.message;
    case Qt::ToolTipRole:
        return index.column() == MessageColumn ? QVariant(entry.message) : QVariant();
    case Qt::ForegroundRole: {
        const QColor color = levelColor(entry.level);
        return color.isValid() ? QVariant(QBrush(color)) : QVariant();
    }
    case LevelRole:
        return int(entry.level);
    default:
        return {};
    }
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case LevelColumn:
        return tr("Level");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace Leitstand
