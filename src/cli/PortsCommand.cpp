#include "PortsCommand.h"

#include "CliOutput.h"
#include "core/analysis/ports/PortMatrixWriter.h"
#include "core/analysis/ports/PortMigrationPlanner.h"
#include "core/analysis/ports/PortOverrideWriter.h"
#include "core/analysis/ports/PortPlanWriter.h"
#include "core/analysis/ports/PortSchemeReader.h"
#include "core/analysis/ports/WorkspaceHostProjects.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>

namespace Leitstand::Cli {

using namespace Leitstand::Analysis;

struct PortsCommand::Request
{
    QCommandLineParser parser;
    QString format;
    QString workspace;
    QString host;
    QString schemeFile;
    QString overrideTarget;
    bool plan = false;
    bool printScheme = false;

    bool hostMode() const { return !workspace.isEmpty(); }
};

QString PortsCommand::summary() const
{
    return tr("List published ports, their exposure and clashes; plan moves into a port scheme.");
}

int PortsCommand::parse(const QStringList &arguments, Request &request)
{
    QCommandLineParser &parser = request.parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    m_inputs.addTo(parser);
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("Output format: table (default), json or csv."),
                                    tr("FORMAT"),
                                    QStringLiteral("table"));
    const QCommandLineOption workspace(
        QStringLiteral("workspace"), tr("Workspace file; check all stacks of --host together."), tr("FILE"));
    const QCommandLineOption host(QStringLiteral("host"), tr("Host of the workspace to check."), tr("NAME"));
    const QCommandLineOption scheme(
        QStringLiteral("scheme"), tr("Port scheme file (default: the built-in scheme)."), tr("FILE"));
    const QCommandLineOption plan(QStringLiteral("plan"), tr("Print the moves into the port scheme instead."));
    const QCommandLineOption planOverride(
        QStringLiteral("plan-override"),
        tr("Write the moves as a compose override file (with --workspace: a folder, one file per stack)."),
        tr("PATH"));
    const QCommandLineOption printScheme(QStringLiteral("print-scheme"), tr("Print the built-in port scheme (YAML)."));
    parser.addOptions({format, workspace, host, scheme, plan, planOverride, printScheme});
    if (!parser.parse(arguments)) {
        CliOutput::error(parser.errorText());
        return ExitBadInput;
    }
    if (!parser.positionalArguments().isEmpty()) {
        CliOutput::error(tr("unexpected argument: %1").arg(parser.positionalArguments().first()));
        return ExitBadInput;
    }
    request.format = parser.value(format);
    request.workspace = parser.value(workspace);
    request.host = parser.value(host);
    request.schemeFile = parser.value(scheme);
    request.overrideTarget = parser.value(planOverride);
    request.plan = parser.isSet(plan);
    request.printScheme = parser.isSet(printScheme);

    static const QStringList formats{QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv")};
    if (!formats.contains(request.format)) {
        CliOutput::error(tr("unknown format \"%1\" (table, json or csv)").arg(request.format));
        return ExitBadInput;
    }
    if (request.hostMode() != !request.host.isEmpty()) {
        CliOutput::error(tr("--workspace and --host go together"));
        return ExitBadInput;
    }
    const bool composeInputs = parser.isSet(QStringLiteral("file")) || parser.isSet(QStringLiteral("project-directory"))
                               || parser.isSet(QStringLiteral("env-file"))
                               || parser.isSet(QStringLiteral("project-name"));
    if (request.hostMode() && composeInputs) {
        CliOutput::error(tr("--workspace takes the stacks from the workspace file; drop -f, --project-directory, "
                            "--env-file and -p"));
        return ExitBadInput;
    }
    return ExitOk;
}

int PortsCommand::run(const QStringList &arguments)
{
    Request request;
    if (const int parsed = parse(arguments, request); parsed != ExitOk)
        return parsed;
    if (request.parser.isSet(QStringLiteral("help"))) {
        CliOutput::write(request.parser.helpText().toUtf8());
        return ExitOk;
    }
    if (request.printScheme) {
        CliOutput::write(PortScheme::defaultSchemeYaml());
        return ExitOk;
    }

    PortScheme scheme = PortScheme::defaultScheme();
    if (!request.schemeFile.isEmpty()) {
        auto read = PortSchemeReader::readFile(request.schemeFile);
        if (!read) {
            CliOutput::error(read.error());
            return ExitBadInput;
        }
        scheme = *read;
    }

    QList<LoadedProject> loaded;
    if (const int result = loadProjects(request, loaded); result != ExitOk)
        return result;
    QList<ComposeProject> projects;
    for (const LoadedProject &project : std::as_const(loaded))
        projects.append(project.project);

    if (!request.overrideTarget.isEmpty())
        return writeOverrides(request, projects, scheme);
    if (request.plan)
        return printPlan(request, projects, scheme);
    return printMatrix(request, projects);
}

int PortsCommand::loadProjects(const Request &request, QList<LoadedProject> &projects) const
{
    if (request.hostMode()) {
        QStringList profiles;
        for (const QString &profile : request.parser.values(QStringLiteral("profile")))
            profiles.append(profile.split(QLatin1Char(','), Qt::SkipEmptyParts));
        auto stacks = WorkspaceHostProjects::load(request.workspace, request.host, profiles);
        if (!stacks) {
            CliOutput::error(stacks.error());
            return ExitBadInput;
        }
        projects = *stacks;
        return ExitOk;
    }
    auto project = ComposeLoader::load(m_inputs.read(request.parser));
    if (!project) {
        CliOutput::error(project.error());
        return ExitBadInput;
    }
    projects.append(*project);
    return ExitOk;
}

int PortsCommand::printMatrix(const Request &request, const QList<ComposeProject> &projects) const
{
    const PortMatrix matrix = PortMatrix::buildForHost(projects);
    const auto stacks = request.hostMode() ? PortMatrixWriter::Stacks::Include : PortMatrixWriter::Stacks::Omit;
    if (request.format == QStringLiteral("json"))
        CliOutput::write(QJsonDocument(PortMatrixWriter::toJson(matrix, stacks)).toJson(QJsonDocument::Indented));
    else if (request.format == QStringLiteral("csv"))
        CliOutput::write(PortMatrixWriter::toCsv(matrix, stacks).toUtf8());
    else
        CliOutput::write(PortMatrixWriter::toTable(matrix, stacks).toUtf8());
    return ExitOk;
}

int PortsCommand::printPlan(const Request &request,
                            const QList<ComposeProject> &projects,
                            const PortScheme &scheme) const
{
    const PortMigrationPlan plan = PortMigrationPlanner::plan(projects, scheme);
    if (request.format == QStringLiteral("json"))
        CliOutput::write(QJsonDocument(PortPlanWriter::toJson(plan)).toJson(QJsonDocument::Indented));
    else if (request.format == QStringLiteral("csv"))
        CliOutput::write(PortPlanWriter::toCsv(plan).toUtf8());
    else
        CliOutput::write(PortPlanWriter::toTable(plan).toUtf8());
    return ExitOk;
}

int PortsCommand::writeOverrides(const Request &request,
                                 const QList<ComposeProject> &projects,
                                 const PortScheme &scheme) const
{
    const PortMigrationPlan plan = PortMigrationPlanner::plan(projects, scheme);
    if (request.hostMode() && !QDir().mkpath(request.overrideTarget)) {
        CliOutput::error(tr("cannot create the folder \"%1\"").arg(request.overrideTarget));
        return ExitFailed;
    }
    for (const ComposeProject &project : projects) {
        const QString path
            = request.hostMode()
                  ? QDir(request.overrideTarget).filePath(project.name + QStringLiteral(".ports-override.yaml"))
                  : request.overrideTarget;
        // QSaveFile: a half-written override next to a live stack is worse than none.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)
            || file.write(PortOverrideWriter::write(project, plan.movesOf(project.name))) < 0 || !file.commit()) {
            CliOutput::error(tr("cannot write \"%1\": %2").arg(path, file.errorString()));
            return ExitFailed;
        }
        int resolved = 0;
        for (const PortMove &move : plan.movesOf(project.name))
            resolved += move.isResolved() ? 1 : 0;
        CliOutput::error(tr("%1: %2 port move(s) written to %3").arg(project.name).arg(resolved).arg(path));
    }
    return ExitOk;
}

} // namespace Leitstand::Cli
