#pragma once

#include "CliCommand.h"
#include "HostOptions.h"

#include <QCoreApplication>

#include <functional>
#include <vector>

namespace Leitstand::Cli {

// `leitstand-cli hosts list | add NAME TARGET | remove NAME`: the hosts of the workspace.
// Subcommands are rows of a table; `hosts test` joins it as one more row.
class HostsCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(HostsCommand)

public:
    struct Subcommand
    {
        QString name;
        QString synopsis; // the arguments, e.g. "NAME TARGET"
        QString summary;
        // Receives the arguments after `hosts`, starting with the subcommand's name.
        std::function<int(const QStringList &arguments)> run;
    };

    HostsCommand();

    QString name() const override { return QStringLiteral("hosts"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;

private:
    QString usage() const;
    int list(const QStringList &arguments) const;
    int add(const QStringList &arguments) const;
    int remove(const QStringList &arguments) const;
    // Parses the arguments of a subcommand; returns an exit code when the command is done
    // (help printed, or bad usage), else -1.
    int parse(QCommandLineParser &parser,
              const QStringList &arguments,
              const QString &synopsis,
              qsizetype positionalCount) const;

    std::vector<Subcommand> m_subcommands;
    HostOptions m_hostOptions;
};

} // namespace Leitstand::Cli
