#pragma once

#include "CliCommand.h"
#include "ComposeInputOptions.h"

#include <QCoreApplication>

namespace Leitstand::Cli {

// `leitstand-cli graph`: the topology of a compose project (services, network zones, volumes,
// the outside world, dependencies, proxy routes, inferred uses) as JSON, Graphviz DOT or a
// Mermaid flowchart.
class GraphCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(GraphCommand)

public:
    QString name() const override { return QStringLiteral("graph"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;

private:
    ComposeInputOptions m_inputs;
};

} // namespace Leitstand::Cli
