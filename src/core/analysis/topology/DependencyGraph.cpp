#include "DependencyGraph.h"

#include <algorithm>
#include <deque>

namespace Leitstand::Analysis::Internal {

DependencyGraph::DependencyGraph(const ComposeProject &project)
    : m_project(project)
{
    const int count = static_cast<int>(project.services.size());
    m_index.reserve(count);
    for (int i = 0; i < count; ++i)
        m_index.insert(project.services.at(i).name, i);
    m_arcs.resize(count);
    for (int i = 0; i < count; ++i) {
        for (const ServiceDependency &dependency : project.services.at(i).dependsOn) {
            if (const int to = indexOf(dependency.service); to >= 0)
                m_arcs[i].append({to, &dependency});
        }
        std::sort(m_arcs[i].begin(), m_arcs[i].end(), [](const Arc &a, const Arc &b) { return a.to < b.to; });
    }
}

QList<QList<int>> DependencyGraph::tiers() const
{
    // Kahn's algorithm from the services without dependencies upwards.
    const int count = size();
    QList<QList<int>> dependents(count);
    QList<int> waitingFor(count, 0);
    for (int i = 0; i < count; ++i) {
        for (const Arc &arc : m_arcs.at(i)) {
            dependents[arc.to].append(i);
            ++waitingFor[i];
        }
    }
    QList<int> level(count, -1);
    std::deque<int> ready;
    for (int i = 0; i < count; ++i) {
        if (waitingFor.at(i) == 0) {
            level[i] = 0;
            ready.push_back(i);
        }
    }
    int highest = -1;
    while (!ready.empty()) {
        const int current = ready.front();
        ready.pop_front();
        highest = std::max(highest, level.at(current));
        for (const int dependent : dependents.at(current)) {
            level[dependent] = std::max(level.at(dependent), level.at(current) + 1);
            if (--waitingFor[dependent] == 0)
                ready.push_back(dependent);
        }
    }
    QList<QList<int>> tiers(highest + 1);
    for (int i = 0; i < count; ++i) {
        if (waitingFor.at(i) == 0)
            tiers[level.at(i)].append(i);
    }
    return tiers;
}

QList<QList<int>> DependencyGraph::stronglyConnectedComponents() const
{
    // Tarjan's algorithm with an explicit stack: dependency chains can be long.
    const int count = size();
    QList<int> order(count, -1);
    QList<int> lowLink(count, 0);
    QList<bool> onStack(count, false);
    QList<int> stack;
    QList<QList<int>> components;
    int counter = 0;
    struct Frame
    {
        int node;
        qsizetype nextArc;
    };
    for (int root = 0; root < count; ++root) {
        if (order.at(root) >= 0)
            continue;
        QList<Frame> frames{{root, 0}};
        order[root] = lowLink[root] = counter++;
        stack.append(root);
        onStack[root] = true;
        while (!frames.isEmpty()) {
            Frame &frame = frames.last();
            const QList<Arc> &arcs = m_arcs.at(frame.node);
            if (frame.nextArc < arcs.size()) {
                const int next = arcs.at(frame.nextArc++).to;
                if (order.at(next) < 0) {
                    order[next] = lowLink[next] = counter++;
                    stack.append(next);
                    onStack[next] = true;
                    frames.append({next, 0});
                } else if (onStack.at(next)) {
                    lowLink[frame.node] = std::min(lowLink.at(frame.node), order.at(next));
                }
                continue;
            }
            const int node = frame.node;
            frames.removeLast();
            if (!frames.isEmpty())
                lowLink[frames.last().node] = std::min(lowLink.at(frames.last().node), lowLink.at(node));
            if (lowLink.at(node) != order.at(node))
                continue;
            QList<int> component;
            int member = -1;
            do {
                member = stack.takeLast();
                onStack[member] = false;
                component.append(member);
            } while (member != node);
            std::sort(component.begin(), component.end());
            components.append(component);
        }
    }
    return components;
}

QList<int> DependencyGraph::shortestCycleThrough(int start, const QList<bool> &inComponent) const
{
    // Breadth-first from start inside its component until an arc leads back to start.
    QList<int> parent(size(), -1);
    QList<bool> seen(size(), false);
    std::deque<int> queue{start};
    seen[start] = true;
    while (!queue.empty()) {
        const int current = queue.front();
        queue.pop_front();
        for (const Arc &arc : m_arcs.at(current)) {
            if (arc.to == start) {
                QList<int> path{start};
                for (int node = current; node != start; node = parent.at(node))
                    path.insert(1, node);
                path.append(start);
                return path;
            }
            if (!inComponent.at(arc.to) || seen.at(arc.to))
                continue;
            seen[arc.to] = true;
            parent[arc.to] = current;
            queue.push_back(arc.to);
        }
    }
    return {};
}

QList<QList<int>> DependencyGraph::cycles() const
{
    QList<QList<int>> cycles;
    QList<bool> inComponent(size(), false);
    for (const QList<int> &component : stronglyConnectedComponents()) {
        const int first = component.first();
        const bool selfLoop = std::any_of(
            m_arcs.at(first).cbegin(), m_arcs.at(first).cend(), [&](const Arc &arc) { return arc.to == first; });
        if (component.size() < 2 && !selfLoop)
            continue;
        for (const int member : component)
            inComponent[member] = true;
        cycles.append(shortestCycleThrough(first, inComponent));
        for (const int member : component)
            inComponent[member] = false;
    }
    std::sort(
        cycles.begin(), cycles.end(), [](const QList<int> &a, const QList<int> &b) { return a.first() < b.first(); });
    return cycles;
}

} // namespace Leitstand::Analysis::Internal
