#include "HostsCommand.h"

#include "CliOutput.h"
#include "HostTestCommand.h"
#include "remote/config/HostTarget.h"
#include "remote/hosts/HostRegistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Leitstand::Cli {

using Remote::HostRegistry;
using Remote::HostTarget;
using Remote::RegisteredHost;

namespace {

// The position of the subcommand among the arguments after `hosts`: the first one that is
// neither an option nor the value of one, so `hosts --config-dir D list` works too.
qsizetype subcommandIndex(const QStringList &arguments)
{
    QStringList valueOptions;
    for (const QString &option : HostOptions::valueOptionNames())
        valueOptions.append(QStringLiteral("--") + option);
    valueOptions.append(QStringLiteral("--format"));
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (valueOptions.contains(argument))
            ++i;
        else if (!argument.startsWith(QLatin1Char('-')))
            return i;
    }
    return -1;
}

QJsonObject hostJson(const RegisteredHost &host)
{
    QJsonObject object{{QStringLiteral("name"), host.name}, {QStringLiteral("target"), host.target}};
    const Expected<HostTarget> target = HostTarget::parse(host.target);
    if (target) {
        object.insert(QStringLiteral("user"), target->user.isEmpty() ? QJsonValue() : QJsonValue(target->user));
        object.insert(QStringLiteral("host"), target->host);
        object.insert(QStringLiteral("port"), target->hasExplicitPort ? QJsonValue(target->port) : QJsonValue());
        object.insert(QStringLiteral("tailscale"), target->isTailscale());
    }
    object.insert(QStringLiteral("sudo"), host.useSudo);
    object.insert(QStringLiteral("knownHostsFile"),
                  host.knownHostsFile.isEmpty() ? QJsonValue() : QJsonValue(host.knownHostsFile));
    object.insert(QStringLiteral("identityFile"),
                  host.identityFile.isEmpty() ? QJsonValue() : QJsonValue(host.identityFile));
    QJsonArray stacks;
    for (const Remote::RegisteredStack &stack : host.stacks) {
        stacks.append(
            QJsonObject{{QStringLiteral("name"), stack.name}, {QStringLiteral("directory"), stack.directory}});
    }
    object.insert(QStringLiteral("stacks"), stacks);
    return object;
}

} // namespace

HostsCommand::HostsCommand()
{
    m_subcommands.push_back({QStringLiteral("list"),
                             QStringLiteral("[--format table|json]"),
                             tr("List the hosts of the workspace."),
                             [this](const QStringList &arguments) {
                                 return list(arguments);
                             }});
    m_subcommands.push_back({QStringLiteral("add"),
                             tr("NAME TARGET [--sudo]"),
                             tr("Add a host; TARGET is ssh://user@host:port, an ~/.ssh/config alias or a "
                                "Tailscale name or address."),
                             [this](const QStringList &arguments) {
                                 return add(arguments);
                             }});
    m_subcommands.push_back({QStringLiteral("remove"),
                             tr("NAME"),
                             tr("Remove a host from the workspace."),
                             [this](const QStringList &arguments) {
                                 return remove(arguments);
                             }});
    m_subcommands.push_back({QStringLiteral("test"),
                             HostTestCommand().synopsis(),
                             HostTestCommand().summary(),
                             [](const QStringList &arguments) {
                                 return HostTestCommand().run(arguments);
                             }});
}

QString HostsCommand::summary() const
{
    return tr("List, add and remove the hosts of the workspace.");
}

QString HostsCommand::usage() const
{
    QString text = tr("Usage: leitstand-cli hosts SUBCOMMAND [OPTIONS]\n\nSubcommands:\n");
    for (const Subcommand &subcommand : m_subcommands)
        text += QStringLiteral("  %1 %2\n      %3\n").arg(subcommand.name, subcommand.synopsis, subcommand.summary);
    text += tr("\nEvery subcommand takes --identity FILE, --known-hosts FILE, --accept-new-host-key and "
               "--config-dir DIR.\n");
    return text;
}

int HostsCommand::run(const QStringList &arguments)
{
    const qsizetype index = subcommandIndex(arguments);
    if (index < 0) {
        if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
            CliOutput::write(usage().toUtf8());
            return ExitOk;
        }
        CliOutput::error(tr("hosts needs a subcommand"));
        CliOutput::write(usage().toUtf8());
        return ExitBadInput;
    }
    const QString &name = arguments.at(index);
    for (const Subcommand &subcommand : m_subcommands) {
        if (subcommand.name != name)
            continue;
        QStringList rest = arguments;
        rest.removeAt(index);
        rest.first() = QStringLiteral("hosts ") + name;
        return subcommand.run(rest);
    }
    CliOutput::error(tr("unknown hosts subcommand \"%1\"").arg(name));
    CliOutput::write(usage().toUtf8());
    return ExitBadInput;
}

int HostsCommand::parse(QCommandLineParser &parser,
                        const QStringList &arguments,
                        const QString &synopsis,
                        qsizetype positionalCount) const
{
    parser.addHelpOption();
    m_hostOptions.addTo(parser);
    if (!parser.parse(arguments)) {
        CliOutput::error(parser.errorText());
        return ExitBadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        CliOutput::write(
            parser.helpText().replace(QStringLiteral("[options]"), QStringLiteral("[options] ") + synopsis).toUtf8());
        return ExitOk;
    }
    if (parser.positionalArguments().size() != positionalCount) {
        CliOutput::error(tr("usage: leitstand-cli %1 %2").arg(arguments.first(), synopsis));
        return ExitBadInput;
    }
    return -1;
}

int HostsCommand::list(const QStringList &arguments) const
{
    QCommandLineParser parser;
    const QCommandLineOption format(
        QStringLiteral("format"), tr("Output format: table (default) or json."), tr("FORMAT"), QStringLiteral("table"));
    parser.addOption(format);
    if (const int done = parse(parser, arguments, QString(), 0); done >= 0)
        return done;
    const QString outputFormat = parser.value(format);
    if (outputFormat != QStringLiteral("table") && outputFormat != QStringLiteral("json")) {
        CliOutput::error(tr("unknown format \"%1\" (table or json)").arg(outputFormat));
        return ExitBadInput;
    }

    const HostRegistry registry(m_hostOptions.read(parser).configDirectory);
    const Expected<QList<RegisteredHost>> hosts = registry.hosts();
    if (!hosts) {
        CliOutput::error(hosts.error());
        return ExitFailed;
    }
    if (outputFormat == QStringLiteral("json")) {
        QJsonArray array;
        for (const RegisteredHost &host : *hosts)
            array.append(hostJson(host));
        CliOutput::write(QJsonDocument(QJsonObject{{QStringLiteral("hosts"), array}}).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    if (hosts->isEmpty()) {
        CliOutput::error(tr("no hosts yet; add one with: leitstand-cli hosts add NAME TARGET"));
        return ExitOk;
    }
    qsizetype nameWidth = 4;
    for (const RegisteredHost &host : *hosts)
        nameWidth = std::max(nameWidth, host.name.size());
    CliOutput::writeLine(QStringLiteral("%1  %2").arg(tr("NAME"), -nameWidth).arg(tr("TARGET")));
    for (const RegisteredHost &host : *hosts) {
        QString line = QStringLiteral("%1  %2").arg(host.name, -nameWidth).arg(host.target);
        if (host.useSudo)
            line += QStringLiteral("  ") + tr("(sudo)");
        CliOutput::writeLine(line);
    }
    return ExitOk;
}

int HostsCommand::add(const QStringList &arguments) const
{
    QCommandLineParser parser;
    const QCommandLineOption sudo(QStringLiteral("sudo"), tr("Run docker on this host through sudo -n."));
    parser.addOption(sudo);
    if (const int done = parse(parser, arguments, tr("NAME TARGET"), 2); done >= 0)
        return done;
    const HostOptions::Values options = m_hostOptions.read(parser);

    RegisteredHost host;
    host.name = parser.positionalArguments().at(0);
    host.target = parser.positionalArguments().at(1);
    host.useSudo = parser.isSet(sudo);
    host.identityFile = options.identityFile;
    host.knownHostsFile = options.knownHostsFile;
    const Outcome valid = HostRegistry::check(host);
    if (!valid) {
        CliOutput::error(valid.error());
        return ExitBadInput;
    }
    HostRegistry registry(options.configDirectory);
    const auto existing = registry.find(host.name);
    if (!existing) {
        CliOutput::error(existing.error());
        return ExitFailed;
    }
    if (existing->has_value()) {
        CliOutput::error(tr("there is already a host named \"%1\" (%2)").arg(host.name, existing->value().target));
        return ExitBadInput;
    }
    const Outcome added = registry.add(host);
    if (!added) {
        CliOutput::error(added.error());
        return ExitFailed;
    }
    CliOutput::writeLine(tr("added %1 (%2)").arg(host.name, host.target));
    return ExitOk;
}

int HostsCommand::remove(const QStringList &arguments) const
{
    QCommandLineParser parser;
    if (const int done = parse(parser, arguments, tr("NAME"), 1); done >= 0)
        return done;
    const QString name = parser.positionalArguments().at(0);
    HostRegistry registry(m_hostOptions.read(parser).configDirectory);
    const auto existing = registry.find(name);
    if (!existing) {
        CliOutput::error(existing.error());
        return ExitFailed;
    }
    if (!existing->has_value()) {
        CliOutput::error(tr("there is no host named \"%1\"").arg(name));
        return ExitBadInput;
    }
    const Outcome removed = registry.remove(name);
    if (!removed) {
        CliOutput::error(removed.error());
        return ExitFailed;
    }
    CliOutput::writeLine(tr("removed %1").arg(name));
    return ExitOk;
}

} // namespace Leitstand::Cli
