#include "CommandDispatcher.h"

#include "CliOutput.h"
#include "ConfigCommand.h"
#include "GraphCommand.h"
#include "HostsCommand.h"
#include "KubernetesCommand.h"
#include "PortsCommand.h"
#include "ReviewCommand.h"

namespace Leitstand::Cli {

CommandDispatcher::CommandDispatcher()
{
    m_commands.push_back(std::make_unique<ConfigCommand>());
    m_commands.push_back(std::make_unique<PortsCommand>());
    m_commands.push_back(std::make_unique<GraphCommand>());
    m_commands.push_back(std::make_unique<ReviewCommand>());
    m_commands.push_back(std::make_unique<KubernetesCommand>());
    m_commands.push_back(std::make_unique<HostsCommand>());
}

QString CommandDispatcher::usage() const
{
    QString text = tr("Usage: leitstand-cli COMMAND [OPTIONS]\n\nCommands:\n");
    for (const auto &command : m_commands)
        text += QStringLiteral("  %1  %2\n").arg(command->name(), -10).arg(command->summary());
    text += tr("\nRun \"leitstand-cli COMMAND --help\" for the options of a command.\n");
    return text;
}

int CommandDispatcher::run(const QStringList &arguments)
{
    if (arguments.size() < 2) {
        CliOutput::error(tr("no command given"));
        CliOutput::write(usage().toUtf8());
        return ExitBadInput;
    }
    const QString &commandName = arguments.at(1);
    if (commandName == QStringLiteral("--version") || commandName == QStringLiteral("version")) {
        CliOutput::writeLine(QStringLiteral("leitstand-cli %1").arg(QCoreApplication::applicationVersion()));
        return ExitOk;
    }
    if (commandName == QStringLiteral("--help") || commandName == QStringLiteral("-h")
        || commandName == QStringLiteral("help")) {
        CliOutput::write(usage().toUtf8());
        return ExitOk;
    }
    for (const auto &command : m_commands) {
        if (command->name() == commandName)
            return command->run(arguments.mid(1));
    }
    CliOutput::error(tr("unknown command \"%1\"").arg(commandName));
    CliOutput::write(usage().toUtf8());
    return ExitBadInput;
}

} // namespace Leitstand::Cli
