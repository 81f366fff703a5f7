#include "ServiceDetailsModel.h"

#include <QFont>
#include <QRegularExpression>

namespace Leitstand {

namespace {

QString mountText(const ServiceMount &mount)
{
    QString source = mount.source.isEmpty() ? mount.type : QStringLiteral("%1 (%2)").arg(mount.source, mount.type);
    if (mount.readOnly)
        source += QStringLiteral(", ro");
    return source;
}

QString networkText(const ServiceNetworkAttachment &attachment)
{
    QStringList parts;
    if (!attachment.ipv4Address.isEmpty())
        parts.append(attachment.ipv4Address);
    if (!attachment.ipv6Address.isEmpty())
        parts.append(attachment.ipv6Address);
    if (!attachment.aliases.isEmpty())
        parts.append(attachment.aliases.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral(" · "));
}

} // namespace

ServiceDetailsModel::ServiceDetailsModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void ServiceDetailsModel::setService(const ComposeService &service)
{
    beginResetModel();
    m_sections = sectionsOf(service);
    endResetModel();
}

void ServiceDetailsModel::clear()
{
    beginResetModel();
    m_sections.clear();
    endResetModel();
}

QString ServiceDetailsModel::maskedValue(const QString &variableName, const QString &value)
{
    if (looksSecret(variableName))
        return QStringLiteral("••••••");
    // Connection strings carry their password in the user part: postgresql://user:secret@host/db.
    static const QRegularExpression urlPassword(QStringLiteral("(://[^:/@\\s]*):[^@\\s]*@"));
    QString masked = value;
    masked.replace(urlPassword, QStringLiteral("\\1:••••••@"));
    return masked;
}

bool ServiceDetailsModel::looksSecret(const QString &variableName)
{
    static const QRegularExpression secretName(
        QStringLiteral("PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ENCRYPTION_?KEY|CREDENTIAL"),
        QRegularExpression::CaseInsensitiveOption);
    return secretName.match(variableName).hasMatch();
}

QList<ServiceDetailsModel::Section> ServiceDetailsModel::sectionsOf(const ComposeService &service)
{
    Section general{tr("Container"), {}};
    general.entries.append({tr("Image"), service.image});
    if (!service.buildContext.isEmpty())
        general.entries.append({tr("Build context"), service.buildContext});
    if (!service.containerName.isEmpty())
        general.entries.append({tr("Container name"), service.containerName});
    if (!service.command.isEmpty())
        general.entries.append({tr("Command"), service.command.join(QLatin1Char(' '))});
    general.entries.append({tr("Restart policy"), service.restart.isEmpty() ? QStringLiteral("no") : service.restart});
    if (service.replicas != 1)
        general.entries.append({tr("Replicas"), QString::number(service.replicas)});
    if (!service.cpuLimit.isEmpty())
        general.entries.append({tr("CPU limit"), service.cpuLimit});
    if (!service.memoryLimit.isEmpty())
        general.entries.append({tr("Memory limit"), service.memoryLimit});
    if (!service.profiles.isEmpty())
        general.entries.append({tr("Profiles"), service.profiles.join(QStringLiteral(", "))});

    Section networks{tr("Networks"), {}};
    if (!service.networkMode.isEmpty())
        networks.entries.append({tr("Network mode"), service.networkMode});
    for (const ServiceNetworkAttachment &attachment : service.networks)
        networks.entries.append({attachment.network, networkText(attachment)});

    Section volumes{tr("Mounts"), {}};
    for (const ServiceMount &mount : service.volumes)
        volumes.entries.append({mount.target, mountText(mount)});

    Section environment{tr("Environment"), {}};
    for (const auto &[name, value] : service.environment) {
        const QString shown = value.isNull() ? tr("(from the shell)") : maskedValue(name, value);
        environment.entries.append({name, shown});
    }

    Section labels{tr("Labels"), {}};
    for (const auto &[name, value] : service.labels)
        labels.entries.append({name, value});

    QList<Section> sections;
    for (Section *section : {&general, &networks, &volumes, &environment, &labels}) {
        if (!section->entries.isEmpty())
            sections.append(std::move(*section));
    }
    return sections;
}

QModelIndex ServiceDetailsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ServiceDetailsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int ServiceDetailsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_sections.size());
    if (parent.internalId() == 0 && parent.column() == 0)
        return int(m_sections.at(parent.row()).entries.size());
    return 0;
}

int ServiceDetailsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ServiceDetailsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == Qt::FontRole && index.internalId() == 0) {
        QFont sectionFont;
        sectionFont.setBold(true);
        return sectionFont;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (index.internalId() == 0)
        return index.column() == PropertyColumn ? QVariant(m_sections.at(index.row()).title) : QVariant();
    const auto &entry = m_sections.at(int(index.internalId() - 1)).entries.at(index.row());
    return index.column() == PropertyColumn ? entry.first : entry.second;
}

QVariant ServiceDetailsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == PropertyColumn ? tr("Property") : tr("Value");
}

} // namespace Leitstand
