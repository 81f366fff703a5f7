#pragma once

#include "CliCommand.h"
#include "ComposeInputOptions.h"

#include <QCoreApplication>

namespace Leitstand::Cli {

// `leitstand-cli config`: prints the resolved project in the canonical shape of
// `docker compose config`.
class ConfigCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConfigCommand)

public:
    QString name() const override { return QStringLiteral("config"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;

private:
    ComposeInputOptions m_inputs;
};

} // namespace Leitstand::Cli
