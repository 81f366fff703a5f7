#include "ComposeInputOptions.h"

#include "CliCommand.h"
#include "CliOutput.h"

#include <QProcessEnvironment>

namespace Leitstand::Cli {

ComposeInputOptions::ComposeInputOptions()
    : m_file({QStringLiteral("f"), QStringLiteral("file")},
             tr("Compose file (repeatable; later files override)."),
             tr("FILE"))
    , m_projectDirectory(
          QStringLiteral("project-directory"), tr("Project folder (default: the first file's)."), tr("DIR"))
    , m_envFile(QStringLiteral("env-file"), tr("Environment file instead of .env (repeatable)."), tr("FILE"))
    , m_profile(QStringLiteral("profile"), tr("Profile to enable (repeatable)."), tr("PROFILE"))
    , m_projectName({QStringLiteral("p"), QStringLiteral("project-name")}, tr("Project name."), tr("NAME"))
{}

void ComposeInputOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_file, m_projectDirectory, m_envFile, m_profile, m_projectName});
}

ComposeLoadOptions ComposeInputOptions::read(const QCommandLineParser &parser) const
{
    ComposeLoadOptions options;
    options.files = parser.values(m_file);
    options.projectDirectory = parser.value(m_projectDirectory);
    options.envFiles = parser.values(m_envFile);
    for (const QString &profile : parser.values(m_profile))
        options.profiles.append(profile.split(QLatin1Char(','), Qt::SkipEmptyParts));
    options.projectName = parser.value(m_projectName);
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    for (const QString &key : system.keys())
        options.environment.insert(key, system.value(key));
    return options;
}

std::optional<int> ComposeInputOptions::parse(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments)) {
        CliOutput::error(parser.errorText());
        return ExitBadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        CliOutput::write(parser.helpText().toUtf8());
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        CliOutput::error(ComposeInputOptions::tr("unexpected argument: %1").arg(parser.positionalArguments().first()));
        return ExitBadInput;
    }
    return std::nullopt;
}

std::optional<int> ComposeInputOptions::checkFormat(const QString &format, const QStringList &accepted)
{
    if (accepted.contains(format))
        return std::nullopt;
    CliOutput::error(
        ComposeInputOptions::tr("unknown format \"%1\" (%2)").arg(format, accepted.join(QLatin1String(", "))));
    return ExitBadInput;
}

} // namespace Leitstand::Cli
