#pragma once

#include "core/compose/ComposeLoadOptions.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

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

    // Parses a compose command's arguments (no positional ones allowed) and handles --help.
    // Returns the exit code when the command is already done, nothing when it should run.
    static std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments);
    // Checks --format against the accepted values; the exit code when it is not one of them.
    static std::optional<int> checkFormat(const QString &format, const QStringList &accepted);

private:
    QCommandLineOption m_file;
    QCommandLineOption m_projectDirectory;
    QCommandLineOption m_envFile;
    QCommandLineOption m_profile;
    QCommandLineOption m_projectName;
};

} // namespace Leitstand::Cli
