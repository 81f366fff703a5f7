#include "ConfigCommand.h"

#include "CliOutput.h"
#include "core/compose/CanonicalYamlWriter.h"
#include "core/compose/ComposeLoader.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace Leitstand::Cli {

QString ConfigCommand::summary() const
{
    return tr("Print the resolved compose project (as docker compose config does).");
}

int ConfigCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    m_inputs.addTo(parser);
    const QCommandLineOption format(
        QStringLiteral("format"), tr("Output format: json or yaml (default)."), tr("FORMAT"), QStringLiteral("yaml"));
    parser.addOption(format);
    if (const auto done = ComposeInputOptions::parse(parser, arguments))
        return *done;
    const QString outputFormat = parser.value(format);
    if (outputFormat != QStringLiteral("json") && outputFormat != QStringLiteral("yaml")) {
        CliOutput::error(tr("unknown format \"%1\" (json or yaml)").arg(outputFormat));
        return ExitBadInput;
    }

    const auto loaded = ComposeLoader::load(m_inputs.read(parser));
    if (!loaded) {
        CliOutput::error(loaded.error());
        return ExitBadInput;
    }
    if (outputFormat == QStringLiteral("json"))
        CliOutput::write(QJsonDocument(loaded->canonical).toJson(QJsonDocument::Indented));
    else
        CliOutput::write(CanonicalYamlWriter::write(loaded->canonical));
    return ExitOk;
}

} // namespace Leitstand::Cli
