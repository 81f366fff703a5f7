#include "GuiTestSupport.h"
#include "ModelTesterWarnings.h"

#include "MainWindow.h"
#include "models/ServiceFormatter.h"
#include "models/ServiceTableModel.h"
#include "widgets/ColumnWidthFitter.h"
#include "workspace/WorkspaceLoader.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Leitstand;

namespace {

QString cell(const ServiceTableModel &model, const QString &service, int column)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, ServiceTableModel::NameColumn).data().toString() == service)
            return model.index(row, column).data().toString();
    }
    return QStringLiteral("<no row %1>").arg(service);
}

} // namespace

TEST(ServiceTableModelTest, PassesTheModelTesterOnEveryDemoStack)
{
    Expected<LoadedWorkspace> workspace = WorkspaceLoader::loadFile(MainWindow::demoWorkspacePath());
    ASSERT_TRUE(workspace.hasValue()) << qPrintable(workspace ? QString() : workspace.error().toString());
    const ModelTesterWarnings warnings;
    ServiceTableModel model;
    const QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    int stacks = 0;
    for (const LoadedHost &host : workspace->hosts) {
        for (const LoadedStack &stack : host.stacks) {
            if (!stack.isLoaded())
                continue;
            model.setProject(stack.project->project);
            EXPECT_EQ(model.rowCount(), stack.project->canonical.value(QStringLiteral("services")).toObject().size());
            ++stacks;
        }
    }
    model.clear();
    EXPECT_GT(stacks, 0);
    EXPECT_TRUE(warnings.messages().isEmpty()) << qPrintable(warnings.messages().join(QLatin1Char('\n')));
}

TEST(ServiceTableModelTest, ShowsPortsDependenciesHealthChecksAndLocations)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    GuiTestSupport::writeHealthyProject(dir, QStringLiteral("automation"));
    WorkspaceStack definition;
    definition.name = QStringLiteral("automation");
    definition.directory = dir.filePath(QStringLiteral("automation"));
    const LoadedStack stack = WorkspaceLoader::loadStack(definition, {});
    ASSERT_TRUE(stack.isLoaded()) << qPrintable(stack.error.toString());

    ServiceTableModel model;
    model.setProject(stack.project->project);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(cell(model, QStringLiteral("n8n"), ServiceTableModel::ImageColumn), QStringLiteral("n8nio/n8n:1.64.0"));
    EXPECT_EQ(cell(model, QStringLiteral("n8n"), ServiceTableModel::PortsColumn),
              QStringLiteral("127.0.0.1:5678→5678/tcp"));
    EXPECT_EQ(cell(model, QStringLiteral("n8n"), ServiceTableModel::DependsOnColumn),
              QStringLiteral("postgres (healthy), redis (started)"));
    EXPECT_EQ(cell(model, QStringLiteral("postgres"), ServiceTableModel::HealthCheckColumn),
              QStringLiteral("pg_isready -U n8n · every 10s"));
    EXPECT_EQ(cell(model, QStringLiteral("redis"), ServiceTableModel::HealthCheckColumn), QString());
    EXPECT_EQ(cell(model, QStringLiteral("n8n"), ServiceTableModel::DefinedAtColumn), QStringLiteral("compose.yaml:9"));
    EXPECT_EQ(model.headerData(ServiceTableModel::DependsOnColumn, Qt::Horizontal).toString(),
              QStringLiteral("Depends on"));
}

TEST(ServiceFormatterTest, WritesPortsAsOperatorsReadThem)
{
    PortBinding loopback;
    loopback.hostIp = QStringLiteral("127.0.0.1");
    loopback.published = QStringLiteral("8080");
    loopback.target = 80;
    EXPECT_EQ(ServiceFormatter::port(loopback), QStringLiteral("127.0.0.1:8080→80/tcp"));

    PortBinding ipv6;
    ipv6.hostIp = QStringLiteral("::1");
    ipv6.published = QStringLiteral("53");
    ipv6.target = 53;
    ipv6.protocol = QStringLiteral("udp");
    EXPECT_EQ(ServiceFormatter::port(ipv6), QStringLiteral("[::1]:53→53/udp"));

    PortBinding random;
    random.target = 9000;
    EXPECT_EQ(ServiceFormatter::port(random), QStringLiteral("random→9000/tcp"));
}

TEST(ServiceFormatterTest, NamesOptionalDependencies)
{
    ServiceDependency dependency;
    dependency.service = QStringLiteral("migrate");
    dependency.condition = QStringLiteral("service_completed_successfully");
    dependency.required = false;
    EXPECT_EQ(ServiceFormatter::dependency(dependency), QStringLiteral("migrate (completed, optional)"));
}

TEST(ColumnWidthFitterTest, LeavesColumnsThatFitAlone)
{
    EXPECT_EQ(ColumnWidthFitter::fit({100, 200, 80}, 500), (QList<int>{100, 200, 80}));
}

TEST(ColumnWidthFitterTest, TrimsTheWidestColumnsFirst)
{
    const QList<int> fitted = ColumnWidthFitter::fit({100, 600, 80, 500}, 800);
    EXPECT_EQ(fitted.at(0), 100);
    EXPECT_EQ(fitted.at(2), 80);
    EXPECT_LE(fitted.at(0) + fitted.at(1) + fitted.at(2) + fitted.at(3), 800);
    EXPECT_EQ(fitted.at(1), fitted.at(3));
}

TEST(ColumnWidthFitterTest, NeverTrimsBelowTheMinimum)
{
    const QList<int> fitted = ColumnWidthFitter::fit({400, 400, 400}, 100);
    for (int width : fitted)
        EXPECT_EQ(width, ColumnWidthFitter::MinimumTrimmedWidth);
}
