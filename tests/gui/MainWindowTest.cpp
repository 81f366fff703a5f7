#include "GuiTestSupport.h"

#include "MainWindow.h"
#include "models/WorkspaceTreeModel.h"
#include "widgets/StackTabs.h"

#include "core/compose/ComposeLoader.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

#include <memory>

using namespace Leitstand;

namespace {

template<typename Widget>
Widget *child(const QWidget &window, const char *objectName)
{
    auto *found = window.findChild<Widget *>(QString::fromLatin1(objectName));
    EXPECT_NE(found, nullptr) << objectName;
    return found;
}

// The number of services docker compose itself would list: the canonical document's, from a
// separate load, so the table is not checked against the very data it was filled from.
qsizetype canonicalServiceCount(const WorkspaceStack &stack)
{
    ComposeLoadOptions options;
    options.projectDirectory = stack.directory;
    for (const QString &file : stack.files)
        options.files.append(file.startsWith(QLatin1Char(':')) || QDir::isAbsolutePath(file)
                                 ? file
                                 : QDir(stack.directory).filePath(file));
    Expected<LoadedProject> loaded = ComposeLoader::load(options);
    return loaded ? loaded->canonical.value(QStringLiteral("services")).toObject().size() : -1;
}

class MainWindowTest : public testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        m_tree = child<QTreeView>(*m_window, "sidebarTreeView");
        m_table = child<QTableView>(*m_window, "servicesTableView");
        m_filter = child<QLineEdit>(*m_window, "filterLineEdit");
        m_errorLabel = child<QLabel>(*m_window, "errorLabel");
        m_pages = child<QStackedWidget>(*m_window, "contentStackedWidget");
        // These tests read the services table, which is filled while its tab is the current one.
        ASSERT_TRUE(m_window->stackTabs()->showTab(QStringLiteral("services")));
    }

    void TearDown() override
    {
        m_window.reset();
        QSettings().clear();
    }

    WorkspaceTreeModel *workspaceModel() const { return qobject_cast<WorkspaceTreeModel *>(m_tree->model()); }

    void select(const QModelIndex &index)
    {
        m_tree->setCurrentIndex(index);
        QApplication::processEvents();
    }

    std::unique_ptr<MainWindow> m_window;
    QTreeView *m_tree = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_errorLabel = nullptr;
    QStackedWidget *m_pages = nullptr;
};

} // namespace

TEST_F(MainWindowTest, OpensTheDemoWorkspaceWithAStackSelected)
{
    ASSERT_TRUE(m_window->openWorkspaceFile(MainWindow::demoWorkspacePath()));
    const LoadedWorkspace &workspace = workspaceModel()->workspace();
    EXPECT_GE(workspace.hosts.size(), 1);
    EXPECT_EQ(workspace.failedStackCount(), 0);
    EXPECT_NE(workspaceModel()->stack(m_tree->currentIndex()), nullptr);
    EXPECT_GT(m_table->model()->rowCount(), 0);
    const QString summary = child<QLabel>(*m_window, "summaryLabel")->text();
    EXPECT_TRUE(summary.startsWith(QString::number(workspace.hosts.size()) + QLatin1Char(' '))) << qPrintable(summary);
    EXPECT_TRUE(summary.contains(QString::number(workspace.serviceCount()))) << qPrintable(summary);
}

TEST_F(MainWindowTest, SelectingAStackFillsTheTableWithItsServices)
{
    ASSERT_TRUE(m_window->openWorkspaceFile(MainWindow::demoWorkspacePath()));
    const LoadedWorkspace &workspace = workspaceModel()->workspace();
    for (int host = 0; host < workspace.hosts.size(); ++host) {
        for (int stack = 0; stack < workspace.hosts.at(host).stacks.size(); ++stack) {
            const LoadedStack &loaded = workspace.hosts.at(host).stacks.at(stack);
            select(workspaceModel()->stackIndex(host, stack));
            EXPECT_EQ(m_table->model()->rowCount(), canonicalServiceCount(loaded.definition))
                << qPrintable(loaded.definition.name);
            EXPECT_TRUE(m_table->isVisible());
        }
    }
}

TEST_F(MainWindowTest, SelectingAServiceShowsItsStackAndSelectsItsRow)
{
    ASSERT_TRUE(m_window->openWorkspaceFile(MainWindow::demoWorkspacePath()));
    const QModelIndex stackIndex = workspaceModel()->stackIndex(0, 0);
    ASSERT_GT(workspaceModel()->rowCount(stackIndex), 1);
    const QModelIndex serviceIndex = workspaceModel()->index(1, 0, stackIndex);
    select(serviceIndex);
    EXPECT_EQ(m_table->model()->rowCount(), workspaceModel()->rowCount(stackIndex));
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    ASSERT_EQ(selected.size(), 1);
    EXPECT_EQ(selected.first().data().toString(), serviceIndex.data().toString());
}

TEST_F(MainWindowTest, ShowsTheLocatedErrorOfABrokenStack)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    GuiTestSupport::writeHealthyProject(dir, QStringLiteral("automation"));
    GuiTestSupport::writeBrokenProject(dir, QStringLiteral("broken"));
    const QString workspaceFile
        = GuiTestSupport::writeWorkspace(dir, {QStringLiteral("automation"), QStringLiteral("broken")});
    ASSERT_TRUE(m_window->openWorkspaceFile(workspaceFile));

    // The healthy stack is selected first; the broken one is still listed, not fatal.
    EXPECT_EQ(m_table->model()->rowCount(), 3);
    select(workspaceModel()->findStack(QStringLiteral("lab"), QStringLiteral("broken")));
    EXPECT_EQ(m_pages->currentWidget()->objectName(), QStringLiteral("errorPage"));
    EXPECT_TRUE(m_errorLabel->isVisible());
    const QString error = m_errorLabel->text();
    EXPECT_TRUE(error.contains(QStringLiteral("broken/compose.yaml:4:"))) << qPrintable(error);
    EXPECT_TRUE(error.contains(QStringLiteral("\"web\""))) << qPrintable(error);
    EXPECT_FALSE(m_filter->isEnabled());
    EXPECT_TRUE(child<QLabel>(*m_window, "summaryLabel")->text().contains(QStringLiteral("failed")));
    // Above every tab, the banner names the place too.
    EXPECT_TRUE(child<QWidget>(*m_window, "stackErrorBanner")->isVisible());
    EXPECT_TRUE(child<QLabel>(*m_window, "stackErrorLabel")->text().contains(QStringLiteral("broken/compose.yaml:4:")));
}

TEST_F(MainWindowTest, FilterNarrowsTheTableAndClearingRestoresIt)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    GuiTestSupport::writeHealthyProject(dir, QStringLiteral("automation"));
    m_window->openComposePaths({dir.filePath(QStringLiteral("automation"))});
    ASSERT_EQ(m_table->model()->rowCount(), 3);

    QTest::keyClicks(m_filter, QStringLiteral("REDIS"));
    // redis itself, and n8n which depends on it: the filter looks at every column.
    EXPECT_EQ(m_table->model()->rowCount(), 2);
    m_filter->clear();
    QTest::keyClicks(m_filter, QStringLiteral("5678"));
    ASSERT_EQ(m_table->model()->rowCount(), 1);
    EXPECT_EQ(m_table->model()->index(0, 0).data().toString(), QStringLiteral("n8n"));
    m_filter->clear();
    EXPECT_EQ(m_table->model()->rowCount(), 3);
}

TEST_F(MainWindowTest, FindShortcutsFocusTheServiceSearch)
{
    ASSERT_TRUE(m_window->openWorkspaceFile(MainWindow::demoWorkspacePath()));
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    auto *search = child<QLineEdit>(*m_window, "serviceSearchBox");
    for (const QKeySequence &sequence : {QKeySequence(QKeySequence::Find), QKeySequence(QStringLiteral("Ctrl+K"))}) {
        m_tree->setFocus();
        ASSERT_TRUE(QTest::qWaitFor([this] { return m_tree->hasFocus(); }, 2000));
        QTest::keySequence(m_window.get(), sequence);
        EXPECT_TRUE(QTest::qWaitFor([search] { return search->hasFocus(); }, 2000)) << qPrintable(sequence.toString());
    }
}

TEST_F(MainWindowTest, ReportsAWorkspaceFileThatCannotBeRead)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    EXPECT_FALSE(m_window->openWorkspaceFile(dir.filePath(QStringLiteral("missing.json"))));
    auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("openFailureMessageBox"));
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->informativeText().contains(QStringLiteral("missing.json"))) << qPrintable(box->informativeText());
    box->close();
}

TEST_F(MainWindowTest, RestoresGeometryAndSplitterFromTheSettings)
{
    // Within the offscreen platform's 800×600 screen, so nothing is clamped on restore.
    m_window->resize(700, 500);
    // The window may not go below the minimum its docks and tabs need.
    const QSize size = m_window->size();
    auto *splitter = child<QSplitter>(*m_window, "mainSplitter");
    splitter->setSizes({230, 470});
    const QList<int> sizes = splitter->sizes();
    m_window->close();
    m_window.reset();

    MainWindow restored;
    restored.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&restored));
    EXPECT_EQ(restored.size(), size);
    EXPECT_EQ(child<QSplitter>(restored, "mainSplitter")->sizes(), sizes);
}
