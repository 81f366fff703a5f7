#include "DependencyAnalysis.h"

#include "DependencyGraph.h"
#include "DependencyReachability.h"

namespace Leitstand::Analysis {

namespace {

using Internal::DependencyGraph;

QString spelled(const DependencyGraph &graph, const QList<int> &path)
{
    QStringList names;
    for (const int node : path)
        names.append(graph.service(node).name);
    return names.join(QStringLiteral(" → "));
}

// A chain of required dependencies from `from` to `target` whose last link carries a
// condition at least as strong as `condition`, for the message. The search stops after a few
// links: a long chain says no more than its ends, and a bounded search keeps many findings on
// a large project cheap. Empty when the chain is longer.
QList<int> impliedChain(const DependencyGraph &graph, int from, int target, const QString &condition)
{
    constexpr int maximumLinks = 4;
    QHash<int, int> parent{{from, -1}};
    QList<int> frontier{from};
    for (int links = 1; links <= maximumLinks && !frontier.isEmpty(); ++links) {
        QList<int> next;
        for (const int current : std::as_const(frontier)) {
            for (const DependencyGraph::Arc &arc : graph.arcs(current)) {
                if (!arc.dependency->required)
                    continue;
                const bool strongEnough
                    = condition == QLatin1String("service_started") || arc.dependency->condition == condition;
                if (arc.to == target && strongEnough) {
                    QList<int> chain{target};
                    for (int node = current; node >= 0; node = parent.value(node))
                        chain.prepend(node);
                    return chain;
                }
                if (!parent.contains(arc.to)) {
                    parent.insert(arc.to, current);
                    next.append(arc.to);
                }
            }
        }
        frontier = std::move(next);
    }
    return {};
}

Finding finding(const char *code, const ComposeService &service, QString message, Finding::Severity severity)
{
    return Finding{QLatin1String(code), service.name, std::move(message), severity, service.definedAt};
}

} // namespace

StartupOrder DependencyAnalysis::order(const ComposeProject &project)
{
    const DependencyGraph graph(project);
    StartupOrder order;
    QList<bool> placed(graph.size(), false);
    for (const QList<int> &tier : graph.tiers()) {
        QStringList names;
        for (const int node : tier) {
            names.append(graph.service(node).name);
            placed[node] = true;
        }
        order.tiers.append(names);
    }
    for (const QList<int> &cycle : graph.cycles()) {
        QStringList names;
        for (const int node : cycle)
            names.append(graph.service(node).name);
        order.cycles.append(names);
    }
    for (int node = 0; node < graph.size(); ++node) {
        if (!placed.at(node))
            order.unordered.append(graph.service(node).name);
    }
    return order;
}

Findings DependencyAnalysis::lint(const ComposeProject &project)
{
    const DependencyGraph graph(project);
    const QList<QList<int>> tiers = graph.tiers();
    const Internal::DependencyReachability reachability(graph, tiers);
    QList<bool> placed(graph.size(), false);
    for (const QList<int> &tier : tiers) {
        for (const int node : tier)
            placed[node] = true;
    }
    QHash<QString, const DisabledService *> disabled;
    for (const DisabledService &service : project.disabledServices)
        disabled.insert(service.name, &service);

    Findings findings;
    for (const QList<int> &cycle : graph.cycles()) {
        findings.append(finding("dependency-cycle",
                                graph.service(cycle.first()),
                                tr("dependency cycle: %1; none of these services can start").arg(spelled(graph, cycle)),
                                Finding::Severity::Blocker));
    }

    for (int node = 0; node < graph.size(); ++node) {
        const ComposeService &service = graph.service(node);
        for (const ServiceDependency &dependency : service.dependsOn) {
            const int target = graph.indexOf(dependency.service);
            if (target < 0) {
                const DisabledService *off = disabled.value(dependency.service);
                if (!off)
                    continue; // the loader rejects undefined services; nothing to add here
                const QString profiles = off->profiles.join(QStringLiteral(", "));
                findings.append(
                    dependency.required
                        ? finding("disabled-dependency",
                                  service,
                                  tr("depends on \"%1\", which the active profiles disable, so compose refuses to "
                                     "start this service (enable \"%1\" with profile %2)")
                                      .arg(dependency.service, profiles),
                                  Finding::Severity::Blocker)
                        : finding("disabled-dependency",
                                  service,
                                  tr("depends on \"%1\" (not required), which the active profiles disable; this "
                                     "service starts without it (enable \"%1\" with profile %2)")
                                      .arg(dependency.service, profiles),
                                  Finding::Severity::Info));
                continue;
            }
            if (dependency.condition == QLatin1String("service_started")
                && graph.service(target).healthcheck.isActive()) {
                findings.append(finding("missing-healthy-condition",
                                        service,
                                        tr("waits only until \"%1\" has started, although \"%1\" has a health check; "
                                           "use condition: service_healthy")
                                            .arg(dependency.service),
                                        Finding::Severity::Warning));
            }
            if (!placed.at(node) || dependency.restart)
                continue; // restart: true is a reason of its own to name the dependency
            for (const DependencyGraph::Arc &other : graph.arcs(node)) {
                if (other.to == target || !other.dependency->required
                    || !reachability.guarantees(other.to, target, dependency.condition)) {
                    continue;
                }
                const QList<int> chain = impliedChain(graph, other.to, target, dependency.condition);
                const QString path
                    = chain.isEmpty() ? QStringLiteral("%1 → … → %2").arg(other.dependency->service, dependency.service)
                                      : spelled(graph, chain);
                findings.append(finding("redundant-dependency",
                                        service,
                                        tr("depends_on \"%1\" is already implied through \"%2\" (%3 → %4)")
                                            .arg(dependency.service, other.dependency->service, service.name, path),
                                        Finding::Severity::Warning));
                break;
            }
        }
    }
    return findings;
}

} // namespace Leitstand::Analysis
