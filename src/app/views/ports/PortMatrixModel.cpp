#include "PortMatrixModel.h"

#include "core/analysis/safety/AdminUiCatalog.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace Leitstand {

namespace {

using Analysis::PortExposure;

const QColor clashBackground(0xf8, 0xd4, 0xd2);
const QColor adminBackground(0xfc, 0xe6, 0xc4);

QString partyName(const Analysis::PortConflictParty &party, const QString &projectName)
{
    return party.stack == projectName ? party.service : party.stack + QLatin1Char('/') + party.service;
}

bool sameBinding(const Analysis::PortConflictParty &party, const Analysis::PortMatrixBinding &binding)
{
    return party.stack == binding.stack && party.service == binding.service && party.hostIp == binding.hostIp
           && party.target == binding.target;
}

} // namespace

PortMatrixModel::PortMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PortMatrixModel::setMatrix(const ComposeProject &project,
                                const Analysis::PortMatrix &hostMatrix,
                                const Analysis::PortMigrationPlan &plan)
{
    beginResetModel();
    m_rows.clear();
    m_conflicts.clear();
    m_projectName = project.name;
    for (const Analysis::PortMatrixBinding &binding : hostMatrix.bindings) {
        if (binding.stack != project.name)
            continue;
        Row row;
        row.binding = binding;
        for (const Analysis::PortConflict &conflict : hostMatrix.conflicts) {
            if (conflict.published != binding.published || conflict.protocol != binding.protocol)
                continue;
            const bool involved = std::any_of(conflict.parties.cbegin(),
                                              conflict.parties.cend(),
                                              [&](const auto &party) { return sameBinding(party, binding); });
            if (!involved)
                continue;
            if (!m_conflicts.contains(conflict))
                m_conflicts << conflict;
            for (const Analysis::PortConflictParty &party : conflict.parties) {
                const QString name = partyName(party, project.name);
                if (party.service != binding.service || party.stack != binding.stack)
                    row.clashesWith << name;
            }
            row.clashesWith.removeDuplicates();
        }
        if (binding.exposure == PortExposure::Public && binding.hasHostPort()) {
            const ComposeService *service = project.service(binding.service);
            const auto admin = service ? Analysis::AdminUiCatalog::find(service->image) : std::nullopt;
            if (admin && (admin->adminPorts.isEmpty() || admin->adminPorts.contains(binding.target)))
                row.adminProduct = admin->product;
        }
        for (const Analysis::PortMove &move : plan.moves) {
            if (move.stack == project.name && move.service == binding.service && move.from == binding.published)
                row.move = move;
        }
        m_rows << row;
    }
    endResetModel();
}

void PortMatrixModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_conflicts.clear();
    m_projectName.clear();
    endResetModel();
}

const Analysis::PortMatrixBinding *PortMatrixModel::binding(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).binding : nullptr;
}

bool PortMatrixModel::isClash(int row) const
{
    return row >= 0 && row < m_rows.size() && !m_rows.at(row).clashesWith.isEmpty();
}

bool PortMatrixModel::isPublicAdminUi(int row) const
{
    return row >= 0 && row < m_rows.size() && !m_rows.at(row).adminProduct.isEmpty();
}

int PortMatrixModel::clashCount() const
{
    return int(m_conflicts.size());
}

int PortMatrixModel::schemeViolationCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.move.has_value(); }));
}

int PortMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PortMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PortMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::BackgroundRole:
        if (!row.clashesWith.isEmpty())
            return QBrush(clashBackground);
        if (!row.adminProduct.isEmpty())
            return QBrush(adminBackground);
        return {};
    case Qt::ForegroundRole:
        // The tints are light in dark mode as well, so the text on them stays dark.
        if (!row.clashesWith.isEmpty() || !row.adminProduct.isEmpty())
            return QBrush(Qt::black);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PortColumn || index.column() == TargetColumn || index.column() == SuggestedPortColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortKey(row, index.column());
    case ExposureRole:
        return Analysis::PortExposureRules::name(row.binding.exposure);
    case ServiceRole:
        return row.binding.service;
    default:
        return {};
    }
}

QVariant PortMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HostAddressColumn:
        return tr("Host address");
    case PortColumn:
        return tr("Port");
    case ProtocolColumn:
        return tr("Protocol");
    case ServiceColumn:
        return tr("Service");
    case TargetColumn:
        return tr("Target");
    case ExposureColumn:
        return tr("Exposure");
    case SuggestedPortColumn:
        return tr("Suggested port");
    default:
        return {};
    }
}

QString PortMatrixModel::exposureText(PortExposure exposure)
{
    switch (exposure) {
    case PortExposure::Public:
        return tr("Public");
    case PortExposure::Loopback:
        return tr("Loopback");
    case PortExposure::Tailnet:
        return tr("Tailnet");
    case PortExposure::Private:
        return tr("Private network");
    case PortExposure::Internal:
        return tr("Internal");
    }
    return {};
}

QString PortMatrixModel::displayText(const Row &row, int column) const
{
    const Analysis::PortMatrixBinding &binding = row.binding;
    switch (column) {
    case HostAddressColumn:
        if (!binding.hasHostPort())
            return QString();
        return binding.hostIp.isEmpty() ? tr("all addresses") : binding.hostIp;
    case PortColumn:
        return binding.hasHostPort() ? QString::number(binding.published) : QString();
    case ProtocolColumn:
        return binding.protocol;
    case ServiceColumn:
        return binding.service;
    case TargetColumn:
        return QString::number(binding.target);
    case ExposureColumn:
        return exposureText(binding.exposure);
    case SuggestedPortColumn:
        if (!row.move)
            return QString();
        return row.move->isResolved() ? QString::number(row.move->to) : tr("none free");
    default:
        return {};
    }
}

QString PortMatrixModel::toolTip(const Row &row, int column) const
{
    QStringList lines;
    if (!row.clashesWith.isEmpty()) {
        lines << tr("Port %1/%2 is also published by %3: only one of them can start.")
                     .arg(row.binding.published)
                     .arg(row.binding.protocol, row.clashesWith.join(QLatin1String(", ")));
    }
    if (!row.adminProduct.isEmpty())
        lines << tr("%1 is an admin UI and answers on every address of the host; publish it on "
                    "127.0.0.1 or the tailnet address.")
                     .arg(row.adminProduct);
    if (row.move && (column == SuggestedPortColumn || column == PortColumn)) {
        lines << (row.move->isResolved() ? tr("%1 belongs in %2 (%3–%4); %5 is free there.")
                                               .arg(row.binding.service, row.move->categoryLabel)
                                               .arg(row.move->rangeFirst)
                                               .arg(row.move->rangeLast)
                                               .arg(row.move->to)
                                         : tr("%1 belongs in %2 (%3–%4), but no port is free there.")
                                               .arg(row.binding.service, row.move->categoryLabel)
                                               .arg(row.move->rangeFirst)
                                               .arg(row.move->rangeLast));
    }
    if (column == HostAddressColumn && row.binding.hasHostPort() && row.binding.hostIp.isEmpty())
        lines << tr("Every address of the host (0.0.0.0 and ::).");
    if (column == ExposureColumn && !row.binding.hasHostPort())
        lines << tr("Not published on the host: reachable from the stack's networks only.");
    return lines.join(QLatin1Char('\n'));
}

QVariant PortMatrixModel::sortKey(const Row &row, int column) const
{
    switch (column) {
    case PortColumn:
        return row.binding.published;
    case TargetColumn:
        return row.binding.target;
    case ExposureColumn:
        return int(row.binding.exposure);
    case SuggestedPortColumn:
        return row.move ? row.move->to : -1;
    default:
        return displayText(row, column);
    }
}

} // namespace Leitstand
