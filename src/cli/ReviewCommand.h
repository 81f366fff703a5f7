#pragma once

#include "CliCommand.h"
#include "ComposeInputOptions.h"

#include <QCoreApplication>

namespace Leitstand::Cli {

// `leitstand-cli review`: the Kubernetes migration review and every lint of a project, as JSON
// (docs/analyses/review.md) or text.
class ReviewCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReviewCommand)

public:
    QString name() const override { return QStringLiteral("review"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;

private:
    ComposeInputOptions m_inputs;
};

} // namespace Leitstand::Cli
