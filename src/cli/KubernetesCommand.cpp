#include "KubernetesCommand.h"

#include "CliOutput.h"
#include "core/analysis/kubernetes/KubernetesManifestBuilder.h"
#include "core/analysis/kubernetes/ManifestWriter.h"
#include "core/compose/ComposeLoader.h"

#include <QCommandLineParser>
#include <QSet>

namespace Leitstand::Cli {

QString KubernetesCommand::summary() const
{
    return tr("Write the project as Kubernetes manifests.");
}

int KubernetesCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    m_inputs.addTo(parser);
    const QCommandLineOption out(QStringLiteral("out"), tr("Folder to write the manifests to."), tr("DIR"));
    parser.addOption(out);
    if (const auto done = ComposeInputOptions::parse(parser, arguments))
        return *done;
    if (parser.value(out).isEmpty()) {
        CliOutput::error(tr("--out DIR is required"));
        return ExitBadInput;
    }

    const auto loaded = ComposeLoader::load(m_inputs.read(parser));
    if (!loaded) {
        CliOutput::error(loaded.error());
        return ExitBadInput;
    }
    const Analysis::KubernetesManifests manifests = Analysis::KubernetesManifestBuilder::build(loaded->project);
    if (const Outcome written = Analysis::ManifestWriter::write(manifests, parser.value(out)); !written) {
        CliOutput::error(written.error());
        return ExitFailed;
    }
    QSet<QString> namespaces;
    for (const Analysis::KubernetesManifest &manifest : manifests)
        namespaces.insert(manifest.namespaceName);
    CliOutput::writeLine(tr("wrote %1 objects in %2 namespaces to %3")
                             .arg(manifests.size())
                             .arg(namespaces.size())
                             .arg(parser.value(out)));
    return ExitOk;
}

} // namespace Leitstand::Cli
