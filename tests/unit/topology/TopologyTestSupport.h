#pragma once

#include "core/analysis/topology/TopologyBuilder.h"
#include "core/compose/ComposeLoader.h"

#include <QDir>
#include <QSet>

#include <gtest/gtest.h>

namespace TopologyTest {

using namespace Leitstand;
using namespace Leitstand::Analysis;

// Lists of names written as C strings (QT_NO_CAST_FROM_ASCII forbids the implicit way).
inline QStringList names(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *name : list)
        result.append(QString::fromUtf8(name));
    return result;
}

inline QList<QStringList> nameLists(std::initializer_list<std::initializer_list<const char *>> lists)
{
    QList<QStringList> result;
    for (const auto &list : lists)
        result.append(names(list));
    return result;
}

inline QString demoDir(const char *stack)
{
    return QStringLiteral(LEITSTAND_SOURCE_DIR "/resources/demo/") + QLatin1String(stack);
}

inline QString corpusDir(const char *stack)
{
    return QStringLiteral(LEITSTAND_CORPUS_DIR "/") + QLatin1String(stack);
}

inline QString fixtureDir(const char *name)
{
    return QStringLiteral(LEITSTAND_TEST_DATA_DIR "/topology/") + QLatin1String(name);
}

// Loads a project the way `leitstand-cli graph --project-directory DIR` does, without the
// shell's environment, so the expected values follow from the files alone.
inline Expected<LoadedProject> load(const QString &directory,
                                    const QStringList &profiles = {},
                                    const QStringList &files = {})
{
    ComposeLoadOptions options;
    options.projectDirectory = directory;
    options.profiles = profiles;
    for (const QString &file : files)
        options.files.append(QDir(directory).filePath(file));
    return ComposeLoader::load(options);
}

// "from -> to" for every edge of one kind, node ids without their "service:" prefix.
inline QStringList edgePairs(const TopologyGraph &graph, EdgeKind kind)
{
    auto bare = [](QString id) {
        return id.startsWith(QLatin1String("service:")) ? id.mid(8) : id;
    };
    QStringList pairs;
    for (const TopologyEdge &edge : graph.edges(kind))
        pairs.append(bare(edge.from) + QStringLiteral(" -> ") + bare(edge.to));
    pairs.sort();
    return pairs;
}

// "service: code" for every finding, in report order.
inline QStringList findingList(const Findings &findings, const QString &code = {})
{
    QStringList list;
    for (const Finding &finding : findings) {
        if (code.isEmpty() || finding.code == code)
            list.append(finding.service + QStringLiteral(": ") + finding.code);
    }
    return list;
}

inline QStringList idsOfKind(const TopologyGraph &graph, NodeKind kind)
{
    QStringList ids;
    for (const TopologyNode &node : graph.nodes()) {
        if (node.kind == kind)
            ids.append(node.id);
    }
    return ids;
}

} // namespace TopologyTest

// gtest prints QStrings and QStringLists readably in failure messages.
QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &text, std::ostream *out)
{
    *out << '"' << text.toStdString() << '"';
}
inline void PrintTo(const QStringList &list, std::ostream *out)
{
    *out << '[' << list.join(QStringLiteral(", ")).toStdString() << ']';
}
QT_END_NAMESPACE
