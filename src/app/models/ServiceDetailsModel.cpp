#include "ServiceDetailsModel.h"

#include "ServiceDetailsSections.h"

#include <QFont>
#include <QRegularExpression>

namespace Leitstand {

namespace {

const QString Mask = QStringLiteral("••••••");

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

void ServiceDetailsModel::setRevealed(const QModelIndex &index, bool revealed)
{
    if (!isSecret(index))
        return;
    Entry &found = m_sections[int(index.internalId() - 1)].entries[index.row()];
    if (found.revealed == revealed)
        return;
    found.revealed = revealed;
    const QModelIndex value = index.siblingAtColumn(ValueColumn);
    Q_EMIT dataChanged(index.siblingAtColumn(PropertyColumn), value);
}

bool ServiceDetailsModel::isSecret(const QModelIndex &index) const
{
    const Entry *found = entry(index);
    return found && !found->masked.isNull();
}

bool ServiceDetailsModel::isRevealed(const QModelIndex &index) const
{
    const Entry *found = entry(index);
    return found && found->revealed;
}

QModelIndex ServiceDetailsModel::findEntry(const QString &sectionTitle, const QString &property) const
{
    for (int section = 0; section < m_sections.size(); ++section) {
        if (m_sections.at(section).title != sectionTitle)
            continue;
        const QList<Entry> &entries = m_sections.at(section).entries;
        for (int row = 0; row < entries.size(); ++row) {
            if (entries.at(row).property == property)
                return createIndex(row, PropertyColumn, quintptr(section + 1));
        }
    }
    return {};
}

QString ServiceDetailsModel::maskedValue(const QString &variableName, const QString &value)
{
    if (looksSecret(variableName))
        return Mask;
    // Connection strings carry their password in the user part: postgresql://user:secret@host/db.
    static const QRegularExpression urlPassword(QStringLiteral("(://[^:/@\\s]*):[^@\\s]*@"));
    QString masked = value;
    masked.replace(urlPassword, QStringLiteral("\\1:") + Mask + QLatin1Char('@'));
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
    using Internal::ServiceDetailsSections;
    const auto plain = [](const QString &title, const ServiceDetailsSections::Rows &rows) {
        Section section{title, {}};
        for (const auto &[property, value] : rows)
            section.entries.append({property, value, QString(), false});
        return section;
    };

    Section environment{tr("Environment"), {}};
    for (const auto &[name, value] : service.environment) {
        if (value.isNull()) {
            environment.entries.append({name, tr("(from the shell)"), QString(), false});
            continue;
        }
        const QString masked = maskedValue(name, value);
        // Only values that differ when masked need a reveal; the null string marks "nothing hidden".
        environment.entries.append({name, value, masked != value ? masked : QString(), false});
    }

    QList<Section> sections{plain(tr("Container"), ServiceDetailsSections::container(service)),
                            plain(tr("Ports"), ServiceDetailsSections::ports(service)),
                            plain(tr("Depends on"), ServiceDetailsSections::dependencies(service)),
                            plain(tr("Health check"), ServiceDetailsSections::healthCheck(service.healthcheck)),
                            plain(tr("Networks"), ServiceDetailsSections::networks(service)),
                            plain(tr("Mounts"), ServiceDetailsSections::mounts(service)),
                            environment,
                            plain(tr("Secrets and configs"), ServiceDetailsSections::secretsAndConfigs(service)),
                            plain(tr("Labels"), ServiceDetailsSections::Rows(service.labels))};
    sections.removeIf([](const Section &section) { return section.entries.isEmpty(); });
    return sections;
}

const ServiceDetailsModel::Entry *ServiceDetailsModel::entry(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == 0)
        return nullptr;
    return &m_sections.at(int(index.internalId() - 1)).entries.at(index.row());
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
    if (index.internalId() == 0) {
        if (role == Qt::FontRole) {
            QFont sectionFont;
            sectionFont.setBold(true);
            return sectionFont;
        }
        if ((role == Qt::DisplayRole || role == Qt::ToolTipRole) && index.column() == PropertyColumn)
            return m_sections.at(index.row()).title;
        return {};
    }
    const Entry &found = *entry(index);
    const bool hidden = !found.masked.isNull() && !found.revealed;
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == PropertyColumn ? found.property : (hidden ? found.masked : found.value);
    case Qt::ToolTipRole:
        if (index.column() == PropertyColumn)
            return found.property;
        return hidden ? tr("Hidden because it looks like a secret: double-click or use the context menu to reveal it")
                      : found.value;
    case SecretRole:
        return !found.masked.isNull();
    case RevealedRole:
        return found.revealed;
    default:
        return {};
    }
}

QVariant ServiceDetailsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == PropertyColumn ? tr("Property") : tr("Value");
}

} // namespace Leitstand
