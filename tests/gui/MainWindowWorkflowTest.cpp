#include "GuiTestSupport.h"

#include "MainWindow.h"
#include "docks/ServiceDetailsPanel.h"
#include "models/ServiceDetailsModel.h"
#include "models/WorkspaceTreeModel.h"
#include "search/ServiceSearchBox.h"
#include "widgets/StackTabs.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUrl>

#include <gtest/gtest.h>

#include <memory>

using namespace Leitstand;

namespace {

const QString Secret = QStringLiteral("hunter2-Xq9");

QString writeProjectWithSecrets(const QTemporaryDir &dir, const QString &folder)
{
    return GuiTestSupport::writeFile(dir,
                                     folder + QStringLiteral("/compose.yaml"),
                                     QStringLiteral("services:\n"
                                                    "  db:\n"
                                                    "    image: postgres:16\n"
                                                    "    environment:\n"
                                                    "      POSTGRES_PASSWORD: %1\n"
                                                    "      POSTGRES_USER: app\n"
                                                    "  api:\n"
                                                    "    image: ghcr.io/example/api:2.1\n"
                                                    "    ports:\n"
                                                    "      - \"127.0.0.1:8000:8000\"\n"
                                                    "    environment:\n"
                                                    "      DATABASE_URL: postgresql://app:%1@db:5432/app\n"
                                                    "      API_TOKEN: %1\n"
                                                    "      LOG_LEVEL: info\n")
                                         .arg(Secret));
}

class MainWindowWorkflowTest : public testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        m_tree = m_window->findChild<QTreeView *>(QStringLiteral("sidebarTreeView"));
        m_details = m_window->findChild<ServiceDetailsPanel *>(QStringLiteral("serviceDetailsPanel"));
        ASSERT_NE(m_tree, nullptr);
        ASSERT_NE(m_details, nullptr);
    }

    void TearDown() override
    {
        m_window.reset();
        QSettings().clear();
    }

    WorkspaceTreeModel *model() const { return qobject_cast<WorkspaceTreeModel *>(m_tree->model()); }

    // Every text the details model would show, revealed or not, joined for searching.
    QString shownDetails() const
    {
        QStringList texts;
        const ServiceDetailsModel *details = m_details->model();
        for (int section = 0; section < details->rowCount(); ++section) {
            const QModelIndex sectionIndex = details->index(section, 0);
            for (int row = 0; row < details->rowCount(sectionIndex); ++row) {
                for (int column = 0; column < details->columnCount(); ++column) {
                    const QModelIndex index = details->index(row, column, sectionIndex);
                    texts << index.data().toString() << index.data(Qt::ToolTipRole).toString();
                }
            }
        }
        return texts.join(QLatin1Char('\n'));
    }

    std::unique_ptr<MainWindow> m_window;
    QTreeView *m_tree = nullptr;
    ServiceDetailsPanel *m_details = nullptr;
};

} // namespace

TEST_F(MainWindowWorkflowTest, OpeningAFolderAddsItUnderLocalFilesNextToTheWorkspace)
{
    ASSERT_TRUE(m_window->openWorkspaceFile(MainWindow::demoWorkspacePath()));
    const qsizetype demoHosts = model()->workspace().hosts.size();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    GuiTestSupport::writeHealthyProject(dir, QStringLiteral("automation"));
    m_window->openComposePaths({dir.filePath(QStringLiteral("automation"))});

    const LoadedWorkspace &workspace = model()->workspace();
    ASSERT_EQ(workspace.hosts.size(), demoHosts + 1);
    EXPECT_EQ(workspace.hosts.constLast().name, QStringLiteral("Local files"));
    EXPECT_TRUE(workspace.hosts.constLast().isLocalFiles);
    const QModelIndex current = m_tree->currentIndex();
    EXPECT_EQ(current.data().toString(), QStringLiteral("automation"));
    EXPECT_EQ(current.parent().data().toString(), QStringLiteral("Local files"));
    EXPECT_EQ(model()->rowCount(current), 3);
    EXPECT_EQ(m_window->findChild<QLabel *>(QStringLiteral("stackTitleLabel"))->text(), QStringLiteral("automation"));

    // Opening it again adds nothing; reloading keeps it.
    m_window->openComposePaths({dir.filePath(QStringLiteral("automation"))});
    EXPECT_EQ(model()->workspace().hosts.constLast().stacks.size(), 1);
    m_window->reload();
    ASSERT_EQ(model()->workspace().hosts.size(), demoHosts + 1);
    EXPECT_EQ(model()->workspace().hosts.constLast().stacks.size(), 1);
    EXPECT_EQ(m_tree->currentIndex().data().toString(), QStringLiteral("automation"));
}

TEST_F(MainWindowWorkflowTest, SelectingAServiceShowsItsDetailsWithSecretsMaskedUntilRevealed)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    writeProjectWithSecrets(dir, QStringLiteral("shop"));
    m_window->openComposePaths({dir.filePath(QStringLiteral("shop"))});
    ASSERT_TRUE(m_window->selectPath(QStringLiteral("Local files/shop/api")));

    EXPECT_EQ(m_details->serviceName(), QStringLiteral("api"));
    EXPECT_TRUE(m_details->isVisible());
    const ServiceDetailsModel *details = m_details->model();
    EXPECT_EQ(details->findEntry(QStringLiteral("Container"), QStringLiteral("Image"))
                  .siblingAtColumn(ServiceDetailsModel::ValueColumn)
                  .data()
                  .toString(),
              QStringLiteral("ghcr.io/example/api:2.1"));
    EXPECT_EQ(details->findEntry(QStringLiteral("Ports"), QStringLiteral("8000/tcp"))
                  .siblingAtColumn(ServiceDetailsModel::ValueColumn)
                  .data()
                  .toString(),
              QStringLiteral("127.0.0.1:8000→8000/tcp"));
    EXPECT_FALSE(shownDetails().contains(Secret)) << qPrintable(shownDetails());
    const QModelIndex url = details->findEntry(QStringLiteral("Environment"), QStringLiteral("DATABASE_URL"))
                                .siblingAtColumn(ServiceDetailsModel::ValueColumn);
    EXPECT_EQ(url.data().toString(), QStringLiteral("postgresql://app:••••••@db:5432/app"));

    // A double-click on one value reveals that value only.
    QTreeView *view = m_details->treeView();
    view->scrollTo(url);
    const QPoint centre = view->visualRect(url).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);
    EXPECT_EQ(url.data().toString(), QStringLiteral("postgresql://app:%1@db:5432/app").arg(Secret));
    const QModelIndex token = details->findEntry(QStringLiteral("Environment"), QStringLiteral("API_TOKEN"))
                                  .siblingAtColumn(ServiceDetailsModel::ValueColumn);
    EXPECT_EQ(token.data().toString(), QStringLiteral("••••••"));
    EXPECT_EQ(details->findEntry(QStringLiteral("Environment"), QStringLiteral("LOG_LEVEL"))
                  .siblingAtColumn(ServiceDetailsModel::ValueColumn)
                  .data()
                  .toString(),
              QStringLiteral("info"));

    // Another service and back: everything is masked again.
    ASSERT_TRUE(m_window->selectPath(QStringLiteral("Local files/shop/db")));
    EXPECT_FALSE(shownDetails().contains(Secret));
    ASSERT_TRUE(m_window->selectPath(QStringLiteral("Local files/shop/api")));
    EXPECT_FALSE(shownDetails().contains(Secret));

    // Where it is defined: line 7 of the file, offered as a link to the editor.
    EXPECT_EQ(m_details->definedAt().line, 7);
    EXPECT_EQ(QFileInfo(m_details->definedAt().file).fileName(), QStringLiteral("compose.yaml"));
    auto *definedAt = m_details->findChild<QLabel *>(QStringLiteral("definedAtLabel"));
    ASSERT_NE(definedAt, nullptr);
    EXPECT_TRUE(definedAt->text().contains(QStringLiteral("compose.yaml:7"))) << qPrintable(definedAt->text());
    QSignalSpy jumps(m_details, &ServiceDetailsPanel::locationActivated);
    Q_EMIT definedAt->linkActivated(QStringLiteral("#definition"));
    ASSERT_EQ(jumps.size(), 1);
    EXPECT_EQ(jumps.at(0).at(0).value<SourceLocation>().line, 7);

    // Revealing never reaches the settings.
    m_window->close();
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(settings.fileName());
    EXPECT_FALSE(file.readAll().contains(Secret.toUtf8()));
}

TEST_F(MainWindowWorkflowTest, SearchFindsAServiceInAnotherStackAndSelectsIt)
{
    ASSERT_TRUE(m_window->openWorkspaceFile(MainWindow::demoWorkspacePath()));
    ASSERT_TRUE(m_window->selectPath(QStringLiteral("droplet-fra1/ground-zero")));
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    auto *search = m_window->findChild<ServiceSearchBox *>(QStringLiteral("serviceSearchBox"));
    ASSERT_NE(search, nullptr);

    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+K")));
    ASSERT_TRUE(QTest::qWaitFor([search] { return search->hasFocus(); }, 2000));
    QTest::keyClicks(search, QStringLiteral("qdra"));
    QAbstractItemView *popup = search->serviceCompleter()->popup();
    ASSERT_TRUE(QTest::qWaitFor([popup] { return popup->isVisible(); }, 2000));
    EXPECT_EQ(search->serviceCompleter()->completionCount(), 1);
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);

    const QModelIndex current = m_tree->currentIndex();
    EXPECT_EQ(current.data().toString(), QStringLiteral("qdrant"));
    EXPECT_EQ(current.parent().data().toString(), QStringLiteral("sese-infra"));
    EXPECT_EQ(current.parent().parent().data().toString(), QStringLiteral("sese-prod"));
    EXPECT_EQ(m_window->findChild<QLabel *>(QStringLiteral("stackTitleLabel"))->text(), QStringLiteral("sese-infra"));
    EXPECT_EQ(m_details->serviceName(), QStringLiteral("qdrant"));
    EXPECT_TRUE(search->text().isEmpty());

    // Enter without choosing from the list takes the first match.
    search->activate();
    QTest::keyClicks(search, QStringLiteral("reverse-pro"));
    QTest::keyClick(popup->isVisible() ? static_cast<QWidget *>(popup) : search, Qt::Key_Return);
    EXPECT_EQ(m_tree->currentIndex().data().toString(), QStringLiteral("reverse-proxy"));
    EXPECT_EQ(m_tree->currentIndex().parent().data().toString(), QStringLiteral("ground-zero"));
}

TEST_F(MainWindowWorkflowTest, DroppingAComposeFileOpensIt)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = GuiTestSupport::writeHealthyProject(dir, QStringLiteral("dropped"));
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(file)});
    const QPoint centre = m_window->rect().center();

    QDragEnterEvent enter(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(centre), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    EXPECT_TRUE(drop.isAccepted());

    const QModelIndex current = m_tree->currentIndex();
    EXPECT_EQ(current.data().toString(), QStringLiteral("dropped"));
    EXPECT_EQ(current.parent().data().toString(), QStringLiteral("Local files"));
    EXPECT_EQ(model()->rowCount(current), 3);

    // Text without files is refused while dragging.
    QMimeData text;
    text.setText(QStringLiteral("services: {}"));
    QDragEnterEvent refused(centre, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &refused);
    EXPECT_FALSE(refused.isAccepted());
}

TEST_F(MainWindowWorkflowTest, ShortcutsSwitchTabsAndFocusSidebarAndDocks)
{
    ASSERT_TRUE(m_window->openWorkspaceFile(MainWindow::demoWorkspacePath()));
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    StackTabs *tabs = m_window->stackTabs();
    const int count = tabs->count();
    ASSERT_GE(count, 1);
    tabs->setCurrentIndex(0);
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+PgDown")));
    EXPECT_EQ(tabs->currentIndex(), 1 % count);
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+PgUp")));
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+PgUp")));
    EXPECT_EQ(tabs->currentIndex(), (2 * count - 1) % count);
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+%1").arg(count)));
    EXPECT_EQ(tabs->currentIndex(), count - 1);
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+1")));
    EXPECT_EQ(tabs->currentIndex(), 0);

    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Alt+1")));
    EXPECT_TRUE(QTest::qWaitFor([this] { return m_tree->hasFocus(); }, 2000));

    auto *jobs = m_window->findChild<QDockWidget *>(QStringLiteral("jobsDock"));
    ASSERT_NE(jobs, nullptr);
    const bool jobsShown = jobs->isVisible();
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Alt+3")));
    EXPECT_TRUE(QTest::qWaitFor([jobs, jobsShown] { return jobs->isVisible() != jobsShown; }, 2000));
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Alt+3")));
    EXPECT_TRUE(QTest::qWaitFor([jobs, jobsShown] { return jobs->isVisible() == jobsShown; }, 2000));
}

TEST_F(MainWindowWorkflowTest, DocksTabAndSplitterSurviveARestart)
{
    ASSERT_TRUE(m_window->openWorkspaceFile(MainWindow::demoWorkspacePath()));
    auto *log = m_window->findChild<QDockWidget *>(QStringLiteral("logDock"));
    auto *details = m_window->findChild<QDockWidget *>(QStringLiteral("serviceDetailsDock"));
    ASSERT_NE(log, nullptr);
    ASSERT_NE(details, nullptr);
    details->hide();
    const QString lastTab = m_window->stackTabs()->tabKeys().constLast();
    ASSERT_TRUE(m_window->stackTabs()->showTab(lastTab));
    m_window->close();
    m_window.reset();

    MainWindow restored;
    restored.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&restored));
    EXPECT_FALSE(restored.findChild<QDockWidget *>(QStringLiteral("serviceDetailsDock"))->isVisible());
    EXPECT_EQ(restored.stackTabs()->currentTabKey(), lastTab);
    const QStringList keys = QSettings().allKeys();
    for (const QString &key : keys)
        EXPECT_TRUE(key.startsWith(QLatin1String("mainWindow/")) || key.startsWith(QLatin1String("recent/"))
                    || key.startsWith(QLatin1String("appearance/")))
            << qPrintable(key);
}
