#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace Leitstand::Cli {

// Picks the subcommand named by the first argument and runs it; prints usage otherwise.
class CommandDispatcher final
{
    Q_DECLARE_TR_FUNCTIONS(CommandDispatcher)

public:
    CommandDispatcher();
    int run(const QStringList &arguments);

private:
    QString usage() const;

    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace Leitstand::Cli
