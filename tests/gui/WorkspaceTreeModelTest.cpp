#include "GuiTestSupport.h"
#include "ModelTesterWarnings.h"

#include "MainWindow.h"
#include "models/WorkspaceTreeModel.h"
#include "workspace/WorkspaceLoader.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Leitstand;

namespace {

LoadedWorkspace loadDemo()
{
    Expected<LoadedWorkspace> workspace = WorkspaceLoader::loadFile(MainWindow::demoWorkspacePath());
    EXPECT_TRUE(workspace.hasValue()) << qPrintable(workspace ? QString() : workspace.error().toString());
    return workspace ? *workspace : LoadedWorkspace{};
}

} // namespace

TEST(WorkspaceTreeModelTest, PassesTheModelTesterOnTheDemoWorkspace)
{
    const ModelTesterWarnings warnings;
    WorkspaceTreeModel model;
    const QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setWorkspace(loadDemo());
    model.setWorkspace(loadDemo()); // a second reset over a full tree
    model.setWorkspace({});
    EXPECT_TRUE(warnings.messages().isEmpty()) << qPrintable(warnings.messages().join(QLatin1Char('\n')));
}

TEST(WorkspaceTreeModelTest, MirrorsHostsStacksAndServicesOfTheDemo)
{
    WorkspaceTreeModel model;
    model.setWorkspace(loadDemo());
    const LoadedWorkspace &workspace = model.workspace();
    ASSERT_GE(workspace.hosts.size(), 1);
    ASSERT_EQ(model.rowCount(), 1);
    const QModelIndex workspaceIndex = model.index(0, 0);
    EXPECT_EQ(model.itemKind(workspaceIndex), WorkspaceItemKind::Workspace);
    ASSERT_EQ(model.rowCount(workspaceIndex), workspace.hosts.size());
    for (int host = 0; host < workspace.hosts.size(); ++host) {
        const QModelIndex hostIndex = model.index(host, 0, workspaceIndex);
        EXPECT_EQ(model.itemKind(hostIndex), WorkspaceItemKind::Host);
        EXPECT_EQ(hostIndex.data().toString(), workspace.hosts.at(host).name);
        EXPECT_TRUE(hostIndex.data(Qt::ToolTipRole).toString().contains(workspace.hosts.at(host).target));
        ASSERT_EQ(model.rowCount(hostIndex), workspace.hosts.at(host).stacks.size());
        for (int stack = 0; stack < workspace.hosts.at(host).stacks.size(); ++stack) {
            const LoadedStack &loaded = workspace.hosts.at(host).stacks.at(stack);
            const QModelIndex stackIndex = model.index(stack, 0, hostIndex);
            EXPECT_EQ(stackIndex, model.stackIndex(host, stack));
            EXPECT_EQ(model.stack(stackIndex), &loaded);
            EXPECT_TRUE(loaded.isLoaded()) << qPrintable(loaded.error.toString());
            EXPECT_EQ(model.rowCount(stackIndex), loaded.serviceCount());
            EXPECT_FALSE(stackIndex.data(Qt::DecorationRole).value<QIcon>().isNull());
            for (int service = 0; service < model.rowCount(stackIndex); ++service) {
                const QModelIndex serviceIndex = model.index(service, 0, stackIndex);
                EXPECT_EQ(model.itemKind(serviceIndex), WorkspaceItemKind::Service);
                EXPECT_EQ(model.stack(serviceIndex), &loaded);
                EXPECT_EQ(serviceIndex.data().toString(), loaded.project->project.services.at(service).name);
            }
        }
    }
}

TEST(WorkspaceTreeModelTest, ShowsABrokenStackAsALeafWithItsLocatedError)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    GuiTestSupport::writeHealthyProject(dir, QStringLiteral("automation"));
    const QString brokenFile = GuiTestSupport::writeBrokenProject(dir, QStringLiteral("broken"));
    const QString workspaceFile
        = GuiTestSupport::writeWorkspace(dir, {QStringLiteral("automation"), QStringLiteral("broken")});

    Expected<LoadedWorkspace> workspace = WorkspaceLoader::loadFile(workspaceFile);
    ASSERT_TRUE(workspace.hasValue()) << qPrintable(workspace ? QString() : workspace.error().toString());
    WorkspaceTreeModel model;
    const ModelTesterWarnings warnings;
    const QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setWorkspace(*workspace);

    const QModelIndex healthy = model.findStack(QStringLiteral("lab"), QStringLiteral("automation"));
    const QModelIndex broken = model.findStack(QStringLiteral("lab"), QStringLiteral("broken"));
    ASSERT_TRUE(healthy.isValid());
    ASSERT_TRUE(broken.isValid());
    EXPECT_EQ(model.rowCount(healthy), 3);
    EXPECT_EQ(model.rowCount(broken), 0);
    ASSERT_NE(model.stack(broken), nullptr);
    EXPECT_FALSE(model.stack(broken)->isLoaded());
    const QString toolTip = broken.data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(toolTip.contains(QStringLiteral("compose.yaml:4:"))) << qPrintable(toolTip);
    EXPECT_TRUE(toolTip.contains(QStringLiteral("web"))) << qPrintable(toolTip);
    EXPECT_EQ(model.workspace().failedStackCount(), 1);
    EXPECT_TRUE(warnings.messages().isEmpty()) << qPrintable(warnings.messages().join(QLatin1Char('\n')));
    Q_UNUSED(brokenFile)
}
