#include "PortMatrixWriter.h"

#include "TextTable.h"

#include <QJsonArray>

namespace Leitstand::Analysis {

namespace {

using Stacks = PortMatrixWriter::Stacks;

QString portText(int port)
{
    return port >= 0 ? QString::number(port) : QString();
}

bool isInConflict(const PortMatrixBinding &binding, const QList<PortConflict> &conflicts)
{
    for (const PortConflict &conflict : conflicts) {
        if (conflict.published != binding.published || conflict.protocol != binding.protocol)
            continue;
        for (const PortConflictParty &party : conflict.parties) {
            if (party.stack == binding.stack && party.service == binding.service && party.hostIp == binding.hostIp
                && party.target == binding.target)
                return true;
        }
    }
    return false;
}

} // namespace

QStringList PortMatrixWriter::serviceNames(const PortConflict &conflict, Stacks stacks)
{
    QStringList names;
    for (const PortConflictParty &party : conflict.parties) {
        const QString name = stacks == Stacks::Include ? party.stack + QLatin1Char('/') + party.service : party.service;
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

QJsonObject PortMatrixWriter::toJson(const PortMatrix &matrix, Stacks stacks)
{
    QJsonArray bindings;
    for (const PortMatrixBinding &binding : matrix.bindings) {
        QJsonObject row{{QStringLiteral("service"), binding.service},
                        {QStringLiteral("host_ip"), binding.hostIp},
                        {QStringLiteral("published"),
                         binding.hasHostPort() ? QJsonValue(binding.published) : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("target"), binding.target},
                        {QStringLiteral("protocol"), binding.protocol},
                        {QStringLiteral("exposure"), PortExposureRules::name(binding.exposure)}};
        if (stacks == Stacks::Include)
            row.insert(QStringLiteral("stack"), binding.stack);
        bindings.append(row);
    }
    QJsonArray conflicts;
    for (const PortConflict &conflict : matrix.conflicts) {
        conflicts.append(
            QJsonObject{{QStringLiteral("host_ip"), conflict.hostIp},
                        {QStringLiteral("published"), conflict.published},
                        {QStringLiteral("protocol"), conflict.protocol},
                        {QStringLiteral("services"), QJsonArray::fromStringList(serviceNames(conflict, stacks))}});
    }
    return {{QStringLiteral("bindings"), bindings}, {QStringLiteral("conflicts"), conflicts}};
}

QString PortMatrixWriter::toTable(const PortMatrix &matrix, Stacks stacks)
{
    QStringList header{tr("SERVICE"), tr("HOST IP"), tr("PUBLISHED"), tr("TARGET"), tr("PROTOCOL"), tr("EXPOSURE")};
    if (stacks == Stacks::Include)
        header.prepend(tr("STACK"));
    TextTable bindings(header);
    for (const PortMatrixBinding &binding : matrix.bindings) {
        QStringList row{binding.service,
                        binding.hostIp.isEmpty() && binding.exposure != PortExposure::Internal ? QStringLiteral("*")
                                                                                               : binding.hostIp,
                        binding.hasHostPort() ? portText(binding.published) : QStringLiteral("-"),
                        QString::number(binding.target),
                        binding.protocol,
                        PortExposureRules::name(binding.exposure)};
        if (stacks == Stacks::Include)
            row.prepend(binding.stack);
        bindings.addRow(row);
    }
    QString text = bindings.toText();
    if (matrix.conflicts.isEmpty())
        return text + QLatin1Char('\n') + tr("No conflicts.") + QLatin1Char('\n');

    TextTable conflicts({tr("PUBLISHED"), tr("PROTOCOL"), tr("HOST IP"), tr("SERVICES")});
    for (const PortConflict &conflict : matrix.conflicts) {
        conflicts.addRow({QString::number(conflict.published),
                          conflict.protocol,
                          conflict.hostIp.isEmpty() ? QStringLiteral("*") : conflict.hostIp,
                          serviceNames(conflict, stacks).join(QStringLiteral(", "))});
    }
    return text + QLatin1Char('\n') + tr("%n conflict(s):", nullptr, conflicts.rowCount()) + QLatin1Char('\n')
           + conflicts.toText();
}

QString PortMatrixWriter::toCsv(const PortMatrix &matrix, Stacks stacks)
{
    // Machine-readable: the header names are the JSON keys and stay untranslated.
    QStringList header{QStringLiteral("service"),
                       QStringLiteral("host_ip"),
                       QStringLiteral("published"),
                       QStringLiteral("target"),
                       QStringLiteral("protocol"),
                       QStringLiteral("exposure"),
                       QStringLiteral("conflict")};
    if (stacks == Stacks::Include)
        header.prepend(QStringLiteral("stack"));
    TextTable table(header);
    for (const PortMatrixBinding &binding : matrix.bindings) {
        QStringList row{binding.service,
                        binding.hostIp,
                        portText(binding.published),
                        QString::number(binding.target),
                        binding.protocol,
                        PortExposureRules::name(binding.exposure),
                        isInConflict(binding, matrix.conflicts) ? QStringLiteral("yes") : QStringLiteral("no")};
        if (stacks == Stacks::Include)
            row.prepend(binding.stack);
        table.addRow(row);
    }
    return table.toCsv();
}

} // namespace Leitstand::Analysis
