#pragma once

#include "CliCommand.h"
#include "ComposeInputOptions.h"

#include "core/compose/ComposeLoader.h"

#include <QCoreApplication>

namespace Leitstand::Analysis {
struct PortScheme;
}

namespace Leitstand::Cli {

// `leitstand-cli ports`: the port matrix and its clashes for one project or for all stacks of
// one workspace host, and the migration plan into a port scheme (printed, or written as
// compose override files). Formats are documented in docs/analyses/ports.md.
class PortsCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(PortsCommand)

public:
    QString name() const override { return QStringLiteral("ports"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;

private:
    struct Request;

    int parse(const QStringList &arguments, Request &request);
    int loadProjects(const Request &request, QList<LoadedProject> &projects) const;
    int printMatrix(const Request &request, const QList<ComposeProject> &projects) const;
    int printPlan(const Request &request,
                  const QList<ComposeProject> &projects,
                  const Analysis::PortScheme &scheme) const;
    int writeOverrides(const Request &request,
                       const QList<ComposeProject> &projects,
                       const Analysis::PortScheme &scheme) const;

    ComposeInputOptions m_inputs;
};

} // namespace Leitstand::Cli
