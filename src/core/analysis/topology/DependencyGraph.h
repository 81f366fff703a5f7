#pragma once

#include "core/model/ComposeProject.h"

#include <QHash>
#include <QList>

namespace Leitstand::Analysis::Internal {

// The depends_on relation of the enabled services as an index graph (index = position in
// ComposeProject::services, which is sorted by name). Dependencies on services that are not
// enabled are left out; the lints look at those separately.
class DependencyGraph final
{
public:
    struct Arc
    {
        int to = -1;
        const ServiceDependency *dependency = nullptr;
    };

    explicit DependencyGraph(const ComposeProject &project);

    int size() const { return static_cast<int>(m_arcs.size()); }
    const ComposeService &service(int index) const { return m_project.services.at(index); }
    int indexOf(const QString &name) const { return m_index.value(name, -1); }
    const QList<Arc> &arcs(int index) const { return m_arcs.at(index); }

    // Start-up levels: a service is one level above the highest of its dependencies. Services
    // in or behind a cycle cannot be placed and are missing from every tier.
    QList<QList<int>> tiers() const;
    // One shortest cycle per strongly connected component, as a closed path [a, b, ..., a]
    // that starts with the component's first service by name.
    QList<QList<int>> cycles() const;

private:
    QList<QList<int>> stronglyConnectedComponents() const;
    QList<int> shortestCycleThrough(int start, const QList<bool> &inComponent) const;

    const ComposeProject &m_project;
    QHash<QString, int> m_index;
    QList<QList<Arc>> m_arcs;
};

} // namespace Leitstand::Analysis::Internal
