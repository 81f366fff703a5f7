#include "IncludeResolver.h"

#include "ComposeTreeAssembler.h"
#include "RelativePathRebaser.h"

#include <QFileInfo>

namespace Leitstand {

namespace {

constexpr int kMaxIncludeDepth = 16;

Expected<QStringList> pathList(const YamlNode &node, const QString &baseDirectory)
{
    QStringList paths;
    if (node.isScalar()) {
        paths.append(RelativePathRebaser::absolutePath(node.text(), baseDirectory));
    } else if (node.isSequence()) {
        for (const YamlNode &item : node.items()) {
            if (!item.isScalar())
                return Error(IncludeResolver::tr("a path must be a string, not %1").arg(item.kindName()),
                             item.location());
            paths.append(RelativePathRebaser::absolutePath(item.text(), baseDirectory));
        }
    } else {
        return Error(IncludeResolver::tr("expected a path or a list of paths, not %1").arg(node.kindName()),
                     node.location());
    }
    return paths;
}

} // namespace

IncludeResolver::IncludeResolver(ComposeTreeAssembler &assembler, QStringList chain)
    : m_assembler(assembler)
    , m_chain(std::move(chain))
{}

Expected<IncludeResolver::Entry> IncludeResolver::parseEntry(const YamlNode &item, const QString &baseDirectory) const
{
    Entry entry;
    if (item.isScalar()) {
        entry.paths.append(RelativePathRebaser::absolutePath(item.text(), baseDirectory));
    } else if (item.isMapping()) {
        const YamlNode *path = item.find("path");
        if (!path)
            return Error(IncludeResolver::tr("an include entry needs a \"path\""), item.location());
        auto paths = pathList(*path, baseDirectory);
        if (!paths)
            return paths.error();
        entry.paths = *paths;
        if (const YamlNode *directory = item.find("project_directory"))
            entry.projectDirectory = RelativePathRebaser::absolutePath(directory->text(), baseDirectory);
        if (const YamlNode *envFile = item.find("env_file")) {
            auto envFiles = pathList(*envFile, baseDirectory);
            if (!envFiles)
                return envFiles.error();
            entry.envFiles = *envFiles;
        }
    } else {
        return Error(IncludeResolver::tr("an include entry must be a path or a mapping, not %1").arg(item.kindName()),
                     item.location());
    }
    if (entry.projectDirectory.isEmpty())
        entry.projectDirectory = QFileInfo(entry.paths.first()).absolutePath();
    return entry;
}

Outcome IncludeResolver::apply(YamlNode &document, const QString &file)
{
    const YamlNode include = *document.find("include");
    document.remove("include");
    if (m_chain.contains(file) || m_chain.size() >= kMaxIncludeDepth) {
        return Error(IncludeResolver::tr("include forms a cycle or nests too deep: %1")
                         .arg((m_chain + QStringList{file}).join(QStringLiteral(" → "))),
                     include.location());
    }
    const QString baseDirectory = QFileInfo(file).absolutePath();
    for (const YamlNode &item : include.items()) {
        auto entry = parseEntry(item, baseDirectory);
        if (!entry)
            return entry.error();
        for (const QString &path : entry->paths) {
            if (!QFileInfo(path).isFile())
                return Error(IncludeResolver::tr("included file not found: %1").arg(path), item.location());
        }
        auto environment
            = ProjectEnvironment::build(m_assembler.shellEnvironment(), entry->envFiles, entry->projectDirectory);
        if (!environment)
            return environment.error();
        auto included
            = m_assembler.assemble(entry->paths, entry->projectDirectory, *environment, m_chain + QStringList{file});
        if (!included)
            return included.error();
        if (const Outcome added = addResources(document, *included, item); !added)
            return added;
    }
    return Success{};
}

Outcome IncludeResolver::addResources(YamlNode &document, const YamlNode &included, const YamlNode &where) const
{
    for (const char *section : {"services", "networks", "volumes", "secrets", "configs"}) {
        const YamlNode *resources = included.find(section);
        if (!resources || !resources->isMapping())
            continue;
        YamlNode *target = document.find(section);
        if (!target || target->isNull())
            target = &document.set(section, YamlNode::mapping(where.mark()));
        for (const YamlNode::Entry &entry : resources->entries()) {
            if (target->contains(entry.key)) {
                return Error(IncludeResolver::tr("%1 \"%2\" is defined here and in an included file (%3)")
                                 .arg(QLatin1String(section),
                                      QString::fromStdString(entry.key),
                                      entry.value.location().toString()),
                             target->findEntry(entry.key)->keyMark.toLocation());
            }
            target->entries().push_back(entry);
        }
    }
    return Success{};
}

} // namespace Leitstand
