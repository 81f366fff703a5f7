#include "ReviewLintModel.h"

#include "ReviewScoreModel.h"

namespace Leitstand {

ReviewLintModel::ReviewLintModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ReviewLintModel::setFindings(const Analysis::Findings &findings)
{
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

QString ReviewLintModel::area(const QString &code)
{
    if (code == QLatin1String("naming"))
        return QStringLiteral("naming");
    if (code.startsWith(QLatin1String("port")))
        return QStringLiteral("ports");
    if (code.contains(QLatin1String("dependency")) || code == QLatin1String("missing-healthy-condition"))
        return QStringLiteral("dependencies");
    return QStringLiteral("exposure");
}

QStringList ReviewLintModel::areas()
{
    return {
        QStringLiteral("exposure"), QStringLiteral("dependencies"), QStringLiteral("ports"), QStringLiteral("naming")};
}

QString ReviewLintModel::areaText(const QString &area)
{
    if (area == QLatin1String("naming"))
        return tr("Naming");
    if (area == QLatin1String("ports"))
        return tr("Ports");
    if (area == QLatin1String("dependencies"))
        return tr("Dependencies");
    return tr("Exposure and safety");
}

int ReviewLintModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int ReviewLintModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewLintModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Analysis::Finding &finding = m_findings.at(index.row());
    if (role == AreaRole)
        return area(finding.code);
    if (role == Qt::ToolTipRole)
        return finding.location.isValid() ? QStringLiteral("%1\n%2").arg(finding.message, finding.location.toString())
                                          : finding.message;
    if (role == Qt::ForegroundRole && index.column() == SeverityColumn)
        return finding.severity == Analysis::Finding::Severity::Blocker   ? ReviewScoreModel::scoreColor(0)
               : finding.severity == Analysis::Finding::Severity::Warning ? ReviewScoreModel::scoreColor(50)
                                                                          : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SeverityColumn:
        switch (finding.severity) {
        case Analysis::Finding::Severity::Blocker:
            return tr("Blocker");
        case Analysis::Finding::Severity::Warning:
            return tr("Warning");
        case Analysis::Finding::Severity::Info:
            return tr("Note");
        }
        return {};
    case AreaColumn:
        return areaText(area(finding.code));
    case CodeColumn:
        return finding.code;
    case ServiceColumn:
        return finding.service;
    case MessageColumn:
        return finding.message;
    default:
        return {};
    }
}

QVariant ReviewLintModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case AreaColumn:
        return tr("Area");
    case CodeColumn:
        return tr("Code");
    case ServiceColumn:
        return tr("Service");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace Leitstand
