#include "GraphCommand.h"

#include "CliOutput.h"
#include "core/analysis/topology/TopologyBuilder.h"
#include "core/analysis/topology/TopologyDotWriter.h"
#include "core/analysis/topology/TopologyJsonWriter.h"
#include "core/analysis/topology/TopologyMermaidWriter.h"
#include "core/compose/ComposeLoader.h"

#include <QCommandLineParser>

namespace Leitstand::Cli {

QString GraphCommand::summary() const
{
    return tr("Print the topology of the project: dependencies, zones, routes (json, dot, mermaid).");
}

int GraphCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    m_inputs.addTo(parser);
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("Output format: json (default), dot or mermaid."),
                                    tr("FORMAT"),
                                    QStringLiteral("json"));
    parser.addOption(format);
    if (const auto done = ComposeInputOptions::parse(parser, arguments))
        return *done;
    const QString outputFormat = parser.value(format);
    const QStringList formats{QStringLiteral("json"), QStringLiteral("dot"), QStringLiteral("mermaid")};
    if (const auto done = ComposeInputOptions::checkFormat(outputFormat, formats))
        return *done;

    const auto loaded = ComposeLoader::load(m_inputs.read(parser));
    if (!loaded) {
        CliOutput::error(loaded.error());
        return ExitBadInput;
    }
    const Analysis::TopologyReport report = Analysis::TopologyBuilder::build(loaded->project);
    if (outputFormat == QLatin1String("dot"))
        CliOutput::write(Analysis::TopologyDotWriter::write(report));
    else if (outputFormat == QLatin1String("mermaid"))
        CliOutput::write(Analysis::TopologyMermaidWriter::write(report));
    else
        CliOutput::write(Analysis::TopologyJsonWriter::write(report));
    return ExitOk;
}

} // namespace Leitstand::Cli
