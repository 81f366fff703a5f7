#include "TopologyJsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Leitstand::Analysis {

namespace {

QJsonArray nestedArray(const QList<QStringList> &lists)
{
    QJsonArray array;
    for (const QStringList &list : lists)
        array.append(QJsonArray::fromStringList(list));
    return array;
}

QString severityName(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Info:
        return QStringLiteral("info");
    case Finding::Severity::Warning:
        return QStringLiteral("warning");
    case Finding::Severity::Blocker:
        return QStringLiteral("blocker");
    }
    return {};
}

} // namespace

QJsonObject TopologyJsonWriter::toJson(const TopologyReport &report)
{
    QJsonArray nodes;
    for (const TopologyNode &node : report.graph.nodes()) {
        nodes.append(QJsonObject{{QStringLiteral("id"), node.id},
                                 {QStringLiteral("kind"), TopologyNode::kindName(node.kind)},
                                 {QStringLiteral("label"), node.label},
                                 {QStringLiteral("attributes"), node.attributes}});
    }
    QJsonArray edges;
    for (const TopologyEdge &edge : report.graph.edges()) {
        QJsonObject attributes = edge.attributes;
        attributes.insert(QStringLiteral("inferred"), edge.inferred);
        edges.append(QJsonObject{{QStringLiteral("from"), edge.from},
                                 {QStringLiteral("to"), edge.to},
                                 {QStringLiteral("kind"), TopologyEdge::kindName(edge.kind)},
                                 {QStringLiteral("attributes"), attributes}});
    }
    QJsonArray findings;
    for (const Finding &finding : report.findings) {
        findings.append(QJsonObject{{QStringLiteral("code"), finding.code},
                                    {QStringLiteral("service"), finding.service},
                                    {QStringLiteral("severity"), severityName(finding.severity)},
                                    {QStringLiteral("message"), finding.message}});
    }
    return {{QStringLiteral("project"), report.project},
            {QStringLiteral("nodes"), nodes},
            {QStringLiteral("edges"), edges},
            {QStringLiteral("tiers"), nestedArray(report.order.tiers)},
            {QStringLiteral("cycles"), nestedArray(report.order.cycles)},
            {QStringLiteral("unordered"), QJsonArray::fromStringList(report.order.unordered)},
            {QStringLiteral("findings"), findings}};
}

QByteArray TopologyJsonWriter::write(const TopologyReport &report)
{
    return QJsonDocument(toJson(report)).toJson(QJsonDocument::Indented);
}

} // namespace Leitstand::Analysis
