#include "ReviewCommand.h"

#include "CliOutput.h"
#include "core/analysis/ProjectReview.h"
#include "core/analysis/ProjectReviewWriter.h"
#include "core/compose/ComposeLoader.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace Leitstand::Cli {

QString ReviewCommand::summary() const
{
    return tr("Review a project for a move to Kubernetes and list its lints.");
}

int ReviewCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    m_inputs.addTo(parser);
    const QCommandLineOption format(
        QStringLiteral("format"), tr("Output format: json or text (default)."), tr("FORMAT"), QStringLiteral("text"));
    parser.addOption(format);
    if (const auto done = ComposeInputOptions::parse(parser, arguments))
        return *done;
    const QString outputFormat = parser.value(format);
    if (const auto done
        = ComposeInputOptions::checkFormat(outputFormat, {QStringLiteral("json"), QStringLiteral("text")}))
        return *done;

    const auto loaded = ComposeLoader::load(m_inputs.read(parser));
    if (!loaded) {
        CliOutput::error(loaded.error());
        return ExitBadInput;
    }
    using namespace Analysis;
    const ProjectReviewResult review = ProjectReview::run(loaded->project, ProjectReview::defaultLints());
    if (outputFormat == QStringLiteral("json"))
        CliOutput::write(QJsonDocument(ProjectReviewWriter::toJson(review)).toJson(QJsonDocument::Indented));
    else
        CliOutput::write(ProjectReviewWriter::toText(review).toUtf8());
    return ExitOk;
}

} // namespace Leitstand::Cli
