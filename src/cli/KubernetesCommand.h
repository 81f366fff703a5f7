#pragma once

#include "CliCommand.h"
#include "ComposeInputOptions.h"

#include <QCoreApplication>

namespace Leitstand::Cli {

// `leitstand-cli k8s --out DIR`: writes the project as Kubernetes manifests, one file per
// namespace and kind (DIR/<namespace>/deployments.yaml, ...).
class KubernetesCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(KubernetesCommand)

public:
    QString name() const override { return QStringLiteral("k8s"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;

private:
    ComposeInputOptions m_inputs;
};

} // namespace Leitstand::Cli
