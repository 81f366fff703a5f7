#pragma once

#include "core/compose/ComposeLoadOptions.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

namespace Leitstand::Cli {

// The options every compose command shares (config, ports, graph, review, k8s):
// -f, --project-directory, --env-file, --profile and -p, as `docker compose` spells them.
class ComposeInputOptions final
{
    Q_DECLARE_TR_FUNCTIONS(ComposeInputOptions)

public:
    ComposeInputOptions();

    void addTo(QCommandLineParser &parser) const;
    ComposeLoadOptions read(const QCommandLineParser &parser) const;

private:
    QCommandLineOption m_file;
    QCommandLineOption m_projectDirectory;
    QCommandLineOption m_envFile;
    QCommandLineOption m_profile;
    QCommandLineOption m_projectName;
};

} // namespace Leitstand::Cli
