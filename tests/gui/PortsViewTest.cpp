// The Ports tab: the matrix of ground-zero as its compose file publishes it, the filters, the
// highlighted clashes and admin UIs, the CSV export and the migration override, which the real
// loader must accept on top of the stack.
#include "ModelTesterWarnings.h"

#include "views/ports/PortFilterProxyModel.h"
#include "views/ports/PortMatrixModel.h"
#include "views/ports/PortsView.h"
#include "workspace/WorkspaceLoader.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <ostream>

using namespace Leitstand;

// gtest prints QStrings as arrays of 2-byte objects otherwise; identical in every GUI test file.
inline void PrintTo(const QString &text, std::ostream *stream)
{
    *stream << '"' << text.toStdString() << '"';
}

namespace {

const LoadedWorkspace &demoWorkspace()
{
    static const LoadedWorkspace workspace = [] {
        Expected<LoadedWorkspace> loaded
            = WorkspaceLoader::loadFile(QStringLiteral(LEITSTAND_SOURCE_DIR "/resources/demo/workspace.json"));
        return loaded ? *loaded : LoadedWorkspace();
    }();
    return workspace;
}

std::pair<const LoadedHost *, const LoadedStack *> demoStack(const QString &name)
{
    for (const LoadedHost &host : demoWorkspace().hosts) {
        for (const LoadedStack &stack : host.stacks) {
            if (stack.definition.name == name)
                return {&host, &stack};
        }
    }
    return {nullptr, nullptr};
}

QString writeCompose(const QTemporaryDir &dir, const QString &fileName, const QString &compose)
{
    QFile file(dir.filePath(fileName));
    if (file.open(QIODevice::WriteOnly))
        file.write(compose.toUtf8());
    return file.fileName();
}

LoadedStack loadFiles(const QTemporaryDir &dir, const QString &name, const QStringList &files)
{
    WorkspaceStack definition;
    definition.name = name;
    definition.directory = dir.path();
    definition.files = files;
    return WorkspaceLoader::loadStack(definition, {});
}

// "address|port|protocol|service|target|exposure" per shown row, in the view's order.
QStringList shownRows(const PortsView &view)
{
    const QAbstractItemModel *model = view.proxyModel();
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < PortMatrixModel::SuggestedPortColumn; ++column)
            cells << model->index(row, column).data().toString();
        cells.replace(PortMatrixModel::ExposureColumn,
                      model->index(row, 0).data(PortMatrixModel::ExposureRole).toString());
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}

int rowOf(const PortMatrixModel &model, const QString &service, int published)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.binding(row)->service == service && model.binding(row)->published == published)
            return row;
    }
    return -1;
}

} // namespace

TEST(PortsViewTest, PassesTheModelTesterOnEveryDemoStack)
{
    const ModelTesterWarnings warnings;
    PortsView view;
    const QAbstractItemModelTester tester(view.matrixModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    const QAbstractItemModelTester proxyTester(view.proxyModel(),
                                               QAbstractItemModelTester::FailureReportingMode::Warning);
    int stacks = 0;
    for (const LoadedHost &host : demoWorkspace().hosts) {
        for (const LoadedStack &stack : host.stacks) {
            view.showStack(&host, stack);
            view.filterLineEdit()->setText(QStringLiteral("a"));
            view.filterLineEdit()->clear();
            ++stacks;
        }
    }
    EXPECT_EQ(stacks, 5);
    EXPECT_TRUE(warnings.messages().isEmpty()) << qPrintable(warnings.messages().join(QLatin1Char('\n')));
}

TEST(PortsViewTest, ListsEveryBindingOfGroundZeroWithItsExposure)
{
    const auto [host, stack] = demoStack(QStringLiteral("ground-zero"));
    ASSERT_NE(stack, nullptr);
    PortsView view;
    view.showStack(host, *stack);
    view.tableView()->sortByColumn(PortMatrixModel::ServiceColumn, Qt::AscendingOrder);
    // agent-zero and e2b-sandbox only expose ports; n8n is published on loopback for the VPN,
    // the reverse proxy on every address.
    EXPECT_EQ(shownRows(view),
              (QStringList{QStringLiteral("||tcp|agent-zero|8081|internal"),
                           QStringLiteral("||tcp|e2b-sandbox|49983|internal"),
                           QStringLiteral("127.0.0.1|5678|tcp|n8n|5678|loopback"),
                           QStringLiteral("all addresses|80|tcp|reverse-proxy|80|public"),
                           QStringLiteral("all addresses|443|tcp|reverse-proxy|443|public")}));
    EXPECT_EQ(view.summaryText(), QStringLiteral("5 binding(s) · 0 clash(es) · 1 port(s) outside the scheme"));
    // n8n is automation: 6000-6099 in seed 004's scheme, and 6000 is free.
    const PortMatrixModel &model = *view.matrixModel();
    const int n8n = rowOf(model, QStringLiteral("n8n"), 5678);
    ASSERT_GE(n8n, 0);
    EXPECT_EQ(model.index(n8n, PortMatrixModel::SuggestedPortColumn).data().toString(), QStringLiteral("6000"));
    EXPECT_EQ(model.index(n8n, PortMatrixModel::ExposureColumn).data().toString(), QStringLiteral("Loopback"));
    EXPECT_FALSE(model.isClash(n8n));
    EXPECT_FALSE(model.index(n8n, 0).data(Qt::BackgroundRole).isValid());
}

TEST(PortsViewTest, FiltersByExposureProtocolAndText)
{
    const auto [host, stack] = demoStack(QStringLiteral("ground-zero"));
    ASSERT_NE(stack, nullptr);
    PortsView view;
    view.showStack(host, *stack);
    view.tableView()->sortByColumn(PortMatrixModel::PortColumn, Qt::AscendingOrder);

    QComboBox *exposure = view.exposureComboBox();
    exposure->setCurrentIndex(exposure->findData(QStringLiteral("public")));
    EXPECT_EQ(shownRows(view),
              (QStringList{QStringLiteral("all addresses|80|tcp|reverse-proxy|80|public"),
                           QStringLiteral("all addresses|443|tcp|reverse-proxy|443|public")}));
    EXPECT_EQ(view.summaryText(),
              QStringLiteral("5 binding(s) · 2 shown · 0 clash(es) · 1 port(s) outside the scheme"));
    exposure->setCurrentIndex(exposure->findData(QStringLiteral("internal")));
    EXPECT_EQ(view.proxyModel()->rowCount(), 2);
    exposure->setCurrentIndex(exposure->findData(QStringLiteral("tailnet")));
    EXPECT_EQ(view.proxyModel()->rowCount(), 0);
    exposure->setCurrentIndex(0);

    QComboBox *protocol = view.protocolComboBox();
    protocol->setCurrentIndex(protocol->findData(QStringLiteral("udp")));
    EXPECT_EQ(view.proxyModel()->rowCount(), 0);
    protocol->setCurrentIndex(0);

    QTest::keyClicks(view.filterLineEdit(), QStringLiteral("N8N"));
    EXPECT_EQ(shownRows(view), QStringList{QStringLiteral("127.0.0.1|5678|tcp|n8n|5678|loopback")});
    view.filterLineEdit()->setText(QStringLiteral("443"));
    EXPECT_EQ(shownRows(view), QStringList{QStringLiteral("all addresses|443|tcp|reverse-proxy|443|public")});
}

TEST(PortsViewTest, ExportsTheShownRowsAsCsv)
{
    const auto [host, stack] = demoStack(QStringLiteral("ground-zero"));
    ASSERT_NE(stack, nullptr);
    PortsView view;
    view.showStack(host, *stack);
    view.tableView()->sortByColumn(PortMatrixModel::PortColumn, Qt::DescendingOrder);
    QComboBox *exposure = view.exposureComboBox();
    exposure->setCurrentIndex(exposure->findData(QStringLiteral("public")));
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("ports.csv"));
    ASSERT_TRUE(view.exportCsv(path).hasValue());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(file.readAll()),
              QStringLiteral("service,host_ip,published,target,protocol,exposure,conflict\r\n"
                             "reverse-proxy,,443,443,tcp,public,no\r\n"
                             "reverse-proxy,,80,80,tcp,public,no\r\n"));
}

TEST(PortsViewTest, HighlightsClashesAndPublicAdminUis)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString compose
        = writeCompose(dir,
                       QStringLiteral("compose.yaml"),
                       QStringLiteral("services:\n"
                                      "  grafana:\n    image: grafana/grafana:11.3.0\n"
                                      "    ports: [\"3100:3000\"]\n"
                                      "  web:\n    image: ghcr.io/acme/shop:3\n    ports: [\"8080:80\"]\n"
                                      "  api:\n    image: ghcr.io/acme/api:1\n"
                                      "    ports: [\"127.0.0.1:8080:8080\"]\n"));
    const LoadedStack stack = loadFiles(dir, QStringLiteral("lab"), {compose});
    ASSERT_TRUE(stack.isLoaded()) << qPrintable(stack.error.toString());
    PortsView view;
    view.showStack(nullptr, stack);
    const PortMatrixModel &model = *view.matrixModel();
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.clashCount(), 1);

    // 0.0.0.0:8080 overlaps 127.0.0.1:8080: only one of web and api can start.
    const int web = rowOf(model, QStringLiteral("web"), 8080);
    const int api = rowOf(model, QStringLiteral("api"), 8080);
    ASSERT_GE(web, 0);
    ASSERT_GE(api, 0);
    EXPECT_TRUE(model.isClash(web));
    EXPECT_TRUE(model.isClash(api));
    EXPECT_TRUE(model.index(web, PortMatrixModel::ServiceColumn).data(Qt::BackgroundRole).canConvert<QBrush>());
    EXPECT_EQ(model.index(web, PortMatrixModel::ServiceColumn).data(Qt::ToolTipRole).toString(),
              QStringLiteral("Port 8080/tcp is also published by api: only one of them can start."));

    const int grafana = rowOf(model, QStringLiteral("grafana"), 3100);
    ASSERT_GE(grafana, 0);
    EXPECT_FALSE(model.isClash(grafana));
    EXPECT_TRUE(model.isPublicAdminUi(grafana));
    EXPECT_TRUE(model.index(grafana, 0).data(Qt::BackgroundRole).isValid());
    EXPECT_TRUE(model.index(grafana, PortMatrixModel::ExposureColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QLatin1String("Grafana is an admin UI and answers on every address")));
    EXPECT_FALSE(model.isPublicAdminUi(api));
    // The default scheme places web frontends at 5000-5099, backends ("api") at 3000-3099 and
    // dashboards at 8000-8099; none of the three publishes there yet.
    EXPECT_EQ(model.index(web, PortMatrixModel::SuggestedPortColumn).data().toString(), QStringLiteral("5000"));
    EXPECT_EQ(model.index(api, PortMatrixModel::SuggestedPortColumn).data().toString(), QStringLiteral("3000"));
    EXPECT_EQ(model.index(grafana, PortMatrixModel::SuggestedPortColumn).data().toString(), QStringLiteral("8000"));
    EXPECT_EQ(model.index(grafana, PortMatrixModel::SuggestedPortColumn).data(Qt::ToolTipRole).toString(),
              QStringLiteral("Grafana is an admin UI and answers on every address of the host; publish it on 127.0.0.1 "
                             "or the tailnet address.\ngrafana belongs in Dashboards and admin UIs (8000–8099); 8000 "
                             "is free there."));
    EXPECT_EQ(view.summaryText(), QStringLiteral("3 binding(s) · 1 clash(es) · 3 port(s) outside the scheme"));
}

TEST(PortsViewTest, WritesAMigrationOverrideTheLoaderApplies)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString compose = writeCompose(dir,
                                         QStringLiteral("compose.yaml"),
                                         QStringLiteral("services:\n"
                                                        "  grafana:\n    image: grafana/grafana:11.3.0\n"
                                                        "    ports: [\"127.0.0.1:3100:3000\"]\n"
                                                        "  postgres:\n    image: postgres:16\n"));
    const LoadedStack stack = loadFiles(dir, QStringLiteral("lab"), {compose});
    ASSERT_TRUE(stack.isLoaded()) << qPrintable(stack.error.toString());
    PortsView view;
    view.showStack(nullptr, stack);
    const int grafana = rowOf(*view.matrixModel(), QStringLiteral("grafana"), 3100);
    ASSERT_GE(grafana, 0);
    // Grafana is a dashboard: 8000-8099.
    EXPECT_EQ(view.matrixModel()->index(grafana, PortMatrixModel::SuggestedPortColumn).data().toString(),
              QStringLiteral("8000"));

    const QString override = dir.filePath(QStringLiteral("compose.ports-override.yaml"));
    ASSERT_TRUE(view.writeMigrationOverride(override).hasValue());
    const LoadedStack moved = loadFiles(dir, QStringLiteral("lab"), {compose, override});
    ASSERT_TRUE(moved.isLoaded()) << qPrintable(moved.error.toString());
    const ComposeService *service = moved.project->project.service(QStringLiteral("grafana"));
    ASSERT_NE(service, nullptr);
    ASSERT_EQ(service->ports.size(), 1);
    EXPECT_EQ(service->ports.at(0).published, QStringLiteral("8000"));
    EXPECT_EQ(service->ports.at(0).hostIp, QStringLiteral("127.0.0.1"));
    EXPECT_EQ(service->ports.at(0).target, 3000);

    // Once moved, nothing is left to write.
    view.showStack(nullptr, moved);
    const Outcome nothing = view.writeMigrationOverride(dir.filePath(QStringLiteral("again.yaml")));
    ASSERT_FALSE(nothing.hasValue());
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("again.yaml"))));
}

TEST(PortsViewTest, DoubleClickActivatesTheRowsService)
{
    const auto [host, stack] = demoStack(QStringLiteral("ground-zero"));
    ASSERT_NE(stack, nullptr);
    PortsView view;
    view.resize(1000, 500);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.showStack(host, *stack);
    view.selectService(QStringLiteral("n8n"));
    const QModelIndexList selected = view.tableView()->selectionModel()->selectedRows();
    ASSERT_EQ(selected.size(), 1);
    EXPECT_EQ(selected.at(0).data(PortMatrixModel::ServiceRole).toString(), QStringLiteral("n8n"));

    QSignalSpy activated(&view, &StackView::serviceActivated);
    QTableView *table = view.tableView();
    const QRect cell = table->visualRect(selected.at(0));
    // A real double click starts with a press; the view only reports a double click on the row it pressed.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    ASSERT_EQ(activated.size(), 1);
    EXPECT_EQ(activated.at(0).at(0).toString(), QStringLiteral("n8n"));
}
