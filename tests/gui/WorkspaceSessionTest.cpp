#include "GuiTestSupport.h"

#include "MainWindow.h"
#include "workspace/WorkspaceSession.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Leitstand;

TEST(WorkspaceSessionTest, AddsLocalFilesOnceAndKeepsThemOnReload)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    GuiTestSupport::writeHealthyProject(dir, QStringLiteral("automation"));
    const QString single
        = GuiTestSupport::writeFile(dir,
                                    QStringLiteral("misc/monitoring.yml"),
                                    QStringLiteral("services:\n  grafana:\n    image: grafana/grafana\n"));

    WorkspaceSession session;
    ASSERT_TRUE(session.openWorkspaceFile(MainWindow::demoWorkspacePath()).hasValue());
    const qsizetype demoHosts = session.workspace().hosts.size();
    EXPECT_EQ(session.addLocalPaths({dir.filePath(QStringLiteral("automation")), single}),
              QStringList({QStringLiteral("automation"), QStringLiteral("misc/monitoring.yml")}));
    EXPECT_TRUE(session.addLocalPaths({dir.filePath(QStringLiteral("automation"))}).isEmpty());
    ASSERT_EQ(session.workspace().hosts.size(), demoHosts + 1);
    const LoadedHost &local = session.workspace().hosts.constLast();
    EXPECT_TRUE(local.isLocalFiles);
    ASSERT_EQ(local.stacks.size(), 2);
    EXPECT_EQ(local.stacks.at(1).serviceCount(), 1);

    GuiTestSupport::writeFile(dir,
                              QStringLiteral("misc/monitoring.yml"),
                              QStringLiteral("services:\n  grafana:\n    image: grafana/grafana\n"
                                             "  loki:\n    image: grafana/loki\n"));
    session.reload();
    ASSERT_EQ(session.workspace().hosts.size(), demoHosts + 1);
    EXPECT_EQ(session.workspace().hosts.constLast().stacks.at(1).serviceCount(), 2);

    // A workspace is a fresh start.
    ASSERT_TRUE(session.openWorkspaceFile(MainWindow::demoWorkspacePath()).hasValue());
    EXPECT_EQ(session.workspace().hosts.size(), demoHosts);
    EXPECT_TRUE(session.localPaths().isEmpty());
}
