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
    parser.addOption(workspaceOption);
    parser.addOption(languageOption);
    parser.addPositionalArgument(
        QStringLiteral("paths"), tr("Compose files or project folders to open."), tr("[paths...]"));
    parser.process(application);

    StartupOptions options;
    options.workspaceFile = parser.value(workspaceOption);
    options.composePaths = parser.positionalArguments();
    options.language = parser.value(languageOption).toLower();
    if (!options.language.isEmpty() && !supportedLanguages().contains(options.language)) {
        options.problem = tr("Unknown language \"%1\"; choose one of: %2.")
                              .arg(options.language, supportedLanguages().join(QStringLiteral(", ")));
    } else if (!options.workspaceFile.isEmpty() && !options.composePaths.isEmpty()) {
        options.problem = tr("Give either --workspace or compose paths, not both.");
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
