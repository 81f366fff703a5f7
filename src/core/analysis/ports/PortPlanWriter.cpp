#include "PortPlanWriter.h"

#include "TextTable.h"

#include <QJsonArray>

namespace Leitstand::Analysis {

namespace {

QString rangeOf(const PortMove &move)
{
    return QStringLiteral("%1-%2").arg(move.rangeFirst).arg(move.rangeLast);
}

} // namespace

QJsonObject PortPlanWriter::toJson(const PortMigrationPlan &plan)
{
    QJsonArray moves;
    for (const PortMove &move : plan.moves) {
        moves.append(QJsonObject{{QStringLiteral("stack"), move.stack},
                                 {QStringLiteral("service"), move.service},
                                 {QStringLiteral("category"), move.categoryId},
                                 {QStringLiteral("range"), rangeOf(move)},
                                 {QStringLiteral("from"), move.from},
                                 {QStringLiteral("to"), move.isResolved() ? QJsonValue(move.to) : QJsonValue()}});
    }
    QJsonArray unclassified;
    for (const UnclassifiedPort &port : plan.unclassified) {
        unclassified.append(QJsonObject{{QStringLiteral("stack"), port.stack},
                                        {QStringLiteral("service"), port.service},
                                        {QStringLiteral("published"), port.published}});
    }
    return {{QStringLiteral("moves"), moves}, {QStringLiteral("unclassified"), unclassified}};
}

QString PortPlanWriter::toTable(const PortMigrationPlan &plan)
{
    TextTable moves({tr("STACK"), tr("SERVICE"), tr("CATEGORY"), tr("RANGE"), tr("FROM"), tr("TO")});
    for (const PortMove &move : plan.moves) {
        moves.addRow({move.stack,
                      move.service,
                      move.categoryId,
                      rangeOf(move),
                      QString::number(move.from),
                      move.isResolved() ? QString::number(move.to) : tr("(range full)")});
    }
    QString text
        = plan.moves.isEmpty() ? tr("Every published port follows the scheme.") + QLatin1Char('\n') : moves.toText();
    if (!plan.unclassified.isEmpty()) {
        TextTable unclassified({tr("STACK"), tr("SERVICE"), tr("PUBLISHED")});
        for (const UnclassifiedPort &port : plan.unclassified)
            unclassified.addRow({port.stack, port.service, QString::number(port.published)});
        text += QLatin1Char('\n') + tr("Not matched by any category of the scheme:") + QLatin1Char('\n')
                + unclassified.toText();
    }
    return text;
}

QString PortPlanWriter::toCsv(const PortMigrationPlan &plan)
{
    TextTable table({QStringLiteral("stack"),
                     QStringLiteral("service"),
                     QStringLiteral("category"),
                     QStringLiteral("range"),
                     QStringLiteral("from"),
                     QStringLiteral("to")});
    for (const PortMove &move : plan.moves) {
        table.addRow({move.stack,
                      move.service,
                      move.categoryId,
                      rangeOf(move),
                      QString::number(move.from),
                      move.isResolved() ? QString::number(move.to) : QString()});
    }
    return table.toCsv();
}

} // namespace Leitstand::Analysis
