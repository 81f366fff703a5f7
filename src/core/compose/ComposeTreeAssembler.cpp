#include "ComposeTreeAssembler.h"

#include "ComposeFileReader.h"
#include "ComposeTreeMerger.h"
#include "IncludeResolver.h"
#include "RelativePathRebaser.h"
#include "ServiceExtender.h"

namespace Leitstand {

ComposeTreeAssembler::ComposeTreeAssembler(YamlReadLimits limits,
                                           QHash<QString, QString> shellEnvironment,
                                           QHash<QString, QByteArray> fileContents)
    : m_limits(limits)
    , m_shell(std::move(shellEnvironment))
    , m_fileContents(std::move(fileContents))
{}

Expected<YamlNode> ComposeTreeAssembler::assemble(const QStringList &files,
                                                  const QString &projectDirectory,
                                                  const ProjectEnvironment &environment,
                                                  QStringList includeChain)
{
    ComposeFileReader reader(environment.lookup(), m_limits, m_fileContents);
    ServiceExtender extender(reader);
    YamlNode merged;
    bool first = true;
    std::vector<Expected<YamlNode>> documents = reader.readEach(files);
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString &file = files[i];
        Expected<YamlNode> &document = documents[static_cast<std::size_t>(i)];
        if (!document)
            return document.error();
        RelativePathRebaser::rebaseDocument(*document, projectDirectory);
        if (document->contains("include")) {
            IncludeResolver includes(*this, includeChain);
            if (const Outcome included = includes.apply(*document, file); !included)
                return included.error();
        }
        if (const Outcome extended = extender.resolve(*document, file); !extended)
            return extended.error();
        if (first) {
            merged = std::move(document).value();
            first = false;
        } else {
            ComposeTreeMerger::mergeDocument(merged, *document);
        }
    }
    ComposeTreeMerger::dropTags(merged);
    return merged;
}

} // namespace Leitstand
