#include "StartupOptions.h"

#include <QCommandLineParser>

namespace Leitstand {

StartupOptions StartupOptions::fromCommandLine(const QCoreApplication &application)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Control center for self-hosted Docker Compose stacks."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(
        QStringLiteral("workspace"), tr("Open the workspace FILE (default: the built-in demo)."), tr("FILE"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"), tr("Use LANGUAGE (de or en) instead of the system language."), tr("LANGUAGE"));
    const QCommandLineOption selectOption(
        QStringLiteral("select"),
        tr("Select HOST/STACK or HOST/STACK/SERVICE at start (\"Local files\" is the host of opened paths)."),
        tr("PATH"));
    const QCommandLineOption tabOption(QStringLiteral("tab"),
                                       tr("Show the tab NAME at start: topology, services, ports, review or editor."),
                                       tr("NAME"));
    const QCommandLineOption appearanceOption(
        QStringLiteral("appearance"), tr("Use MODE (system, light or dark) for this run only."), tr("MODE"));
    parser.addOption(workspaceOption);
    parser.addOption(languageOption);
    parser.addOption(selectOption);
    parser.addOption(tabOption);
    parser.addOption(appearanceOption);
    parser.addPositionalArgument(
        QStringLiteral("paths"), tr("Compose files or project folders to open."), tr("[paths...]"));
    parser.process(application);

    StartupOptions options;
    options.workspaceFile = parser.value(workspaceOption);
    options.composePaths = parser.positionalArguments();
    options.language = parser.value(languageOption).toLower();
    options.selection = parser.value(selectOption);
    options.tab = parser.value(tabOption).toLower();
    options.appearance = parser.value(appearanceOption).toLower();
    if (!options.language.isEmpty() && !supportedLanguages().contains(options.language)) {
        options.problem = tr("Unknown language \"%1\"; choose one of: %2.")
                              .arg(options.language, supportedLanguages().join(QStringLiteral(", ")));
    } else if (!options.workspaceFile.isEmpty() && !options.composePaths.isEmpty()) {
        options.problem = tr("Give either --workspace or compose paths, not both.");
    } else if (!options.appearance.isEmpty()
               && !QStringList{QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")}.contains(
                   options.appearance)) {
        options.problem = tr("Unknown appearance \"%1\"; choose one of: system, light, dark.").arg(options.appearance);
    }
    return options;
}

QString StartupOptions::requestedLanguage(const QStringList &arguments)
{
    QString language;
    for (qsizetype position = 1; position < arguments.size(); ++position) {
        const QString &argument = arguments.at(position);
        if (argument == QLatin1String("--language") && position + 1 < arguments.size())
            language = arguments.at(position + 1);
        else if (argument.startsWith(QLatin1String("--language=")))
            language = argument.section(QLatin1Char('='), 1);
    }
    return language.toLower();
}

QStringList StartupOptions::supportedLanguages()
{
    return {QStringLiteral("de"), QStringLiteral("en")};
}

} // namespace Leitstand
