#include "ServiceTableModel.h"

#include "AppIcons.h"
#include "ServiceFormatter.h"

#include <limits>

namespace Leitstand {

ServiceTableModel::ServiceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_serviceIcon(AppIcons::service())
    , m_databaseIcon(AppIcons::database())
{}

void ServiceTableModel::setProject(const ComposeProject &project)
{
    beginResetModel();
    m_services = project.services;
    m_projectDirectory = project.workingDirectory;
    endResetModel();
}

void ServiceTableModel::clear()
{
    beginResetModel();
    m_services.clear();
    m_projectDirectory.clear();
    endResetModel();
}

const ComposeService *ServiceTableModel::service(int row) const
{
    if (row < 0 || row >= m_services.size())
        return nullptr;
    return &m_services.at(row);
}

int ServiceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_services.size());
}

int ServiceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ComposeService &service = m_services.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(service, index.column());
    case Qt::ToolTipRole:
        return toolTip(service, index.column());
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return AppIcons::isDataStore(service) ? m_databaseIcon : m_serviceIcon;
        return {};
    case SortRole:
        return sortKey(service, index.column());
    default:
        return {};
    }
}

QVariant ServiceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Service");
    case ImageColumn:
        return tr("Image");
    case PortsColumn:
        return tr("Ports");
    case DependsOnColumn:
        return tr("Depends on");
    case HealthCheckColumn:
        return tr("Health check");
    case DefinedAtColumn:
        return tr("Defined at");
    default:
        return {};
    }
}

QString ServiceTableModel::displayText(const ComposeService &service, int column) const
{
    switch (column) {
    case NameColumn:
        return service.name;
    case ImageColumn:
        if (service.image.isEmpty() && !service.buildContext.isEmpty())
            return tr("built from %1").arg(ServiceFormatter::location({service.buildContext}, m_projectDirectory));
        return service.image;
    case PortsColumn:
        return ServiceFormatter::ports(service);
    case DependsOnColumn:
        return ServiceFormatter::dependencies(service);
    case HealthCheckColumn:
        return ServiceFormatter::healthCheck(service.healthcheck);
    case DefinedAtColumn:
        return ServiceFormatter::location(service.definedAt, m_projectDirectory);
    default:
        return {};
    }
}

QString ServiceTableModel::toolTip(const ComposeService &service, int column) const
{
    const QString newline(QLatin1Char('\n'));
    switch (column) {
    case NameColumn:
        if (!service.containerName.isEmpty())
            return tr("Container name: %1").arg(service.containerName);
        return service.name;
    case PortsColumn:
        if (service.ports.isEmpty())
            return tr("Publishes no ports on the host.");
        return ServiceFormatter::ports(service, newline);
    case DependsOnColumn:
        if (service.dependsOn.isEmpty())
            return tr("Starts without waiting for other services.");
        return ServiceFormatter::dependencies(service, newline);
    case HealthCheckColumn:
        return ServiceFormatter::healthCheckDetails(service.healthcheck);
    case DefinedAtColumn:
        return service.definedAt.toString();
    default:
        return displayText(service, column);
    }
}

QVariant ServiceTableModel::sortKey(const ComposeService &service, int column) const
{
    switch (column) {
    case PortsColumn: {
        // Services that publish nothing go last when sorted by port.
        if (service.ports.isEmpty())
            return std::numeric_limits<int>::max();
        const PortBinding &first = service.ports.first();
        bool isNumber = false;
        const int published = first.published.section(QLatin1Char('-'), 0, 0).toInt(&isNumber);
        return isNumber ? published : first.target;
    }
    case DefinedAtColumn:
        return QStringLiteral("%1:%2").arg(service.definedAt.file).arg(service.definedAt.line, 8, 10, QLatin1Char('0'));
    default:
        return displayText(service, column);
    }
}

} // namespace Leitstand
