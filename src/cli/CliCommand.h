#pragma once

#include <QStringList>

namespace Leitstand::Cli {

// Exit codes of the leitstand-cli contract (docs/cli.md).
enum ExitCode : int {
    ExitOk = 0,
    ExitFailed = 1,
    ExitBadInput = 2,
    ExitTrustRefused = 3,
};

// One subcommand: parses its own arguments and runs.
class CliCommand
{
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // arguments start with the subcommand name, as QCommandLineParser expects.
    virtual int run(const QStringList &arguments) = 0;
};

} // namespace Leitstand::Cli
