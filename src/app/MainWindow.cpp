#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "AppIcons.h"
#include "models/WorkspaceTreeModel.h"
#include "widgets/RecentFilesMenu.h"
#include "workspace/WorkspaceLoader.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>

namespace Leitstand {

namespace {

const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString StateKey = QStringLiteral("mainWindow/state");
const QString SplitterKey = QStringLiteral("mainWindow/splitter");
const QString DetailsSplitterKey = QStringLiteral("mainWindow/detailsSplitter");
constexpr int StatusMessageMilliseconds = 8000;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_workspaceModel(new WorkspaceTreeModel(this))
    , m_summaryLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    setWindowIcon(AppIcons::application());
    m_ui->sidebarTreeView->setModel(m_workspaceModel);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_ui->mainStatusBar->addPermanentWidget(m_summaryLabel);

    m_recentFilesMenu = new RecentFilesMenu(this);
    m_recentFilesMenu->setObjectName(QStringLiteral("recentFilesMenu"));
    m_ui->fileMenu->insertMenu(m_ui->openDemoWorkspaceAction, m_recentFilesMenu);
    m_ui->fileMenu->insertSeparator(m_ui->openDemoWorkspaceAction);

    setUpActions();
    connect(m_ui->sidebarTreeView->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            &MainWindow::showCurrentItem);
    connect(m_recentFilesMenu, &RecentFilesMenu::pathTriggered, this, &MainWindow::openRecentPath);
    restoreSettings();
    updateSummary();
}

MainWindow::~MainWindow() = default;

QString MainWindow::demoWorkspacePath()
{
    return QStringLiteral(":/demo/workspace.json");
}

void MainWindow::setUpActions()
{
    m_ui->openFolderAction->setShortcut(QKeySequence::Open);
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    m_ui->filterServicesAction->setShortcut(QKeySequence::Find);
    m_ui->reloadAction->setShortcut(QKeySequence::Refresh);
    m_ui->openDemoWorkspaceAction->setIcon(AppIcons::application());

    connect(m_ui->openWorkspaceAction, &QAction::triggered, this, &MainWindow::chooseWorkspaceFile);
    connect(m_ui->openFolderAction, &QAction::triggered, this, &MainWindow::chooseFolder);
    connect(m_ui->openComposeFileAction, &QAction::triggered, this, &MainWindow::chooseComposeFile);
    connect(
        m_ui->openDemoWorkspaceAction, &QAction::triggered, this, [this] { openWorkspaceFile(demoWorkspacePath()); });
    connect(
        m_ui->filterServicesAction, &QAction::triggered, m_ui->stackDetailsWidget, &StackDetailsWidget::focusFilter);
    connect(m_ui->reloadAction, &QAction::triggered, this, &MainWindow::reload);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

bool MainWindow::openWorkspaceFile(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    Expected<LoadedWorkspace> workspace = WorkspaceLoader::loadFile(path);
    if (!workspace) {
        reportOpenFailure(path, workspace.error());
        return false;
    }
    m_workspaceFilePath = path;
    m_composePaths.clear();
    // The demo is always one menu entry away; the recent list is for the operator's own files.
    if (path != demoWorkspacePath())
        m_recentFilesMenu->addPath(path);
    showWorkspace(std::move(workspace).value(), timer.elapsed());
    return true;
}

void MainWindow::openComposePaths(const QStringList &paths)
{
    QElapsedTimer timer;
    timer.start();
    LoadedWorkspace workspace = WorkspaceLoader::loadComposePaths(paths);
    m_workspaceFilePath.clear();
    m_composePaths = paths;
    for (const QString &path : paths)
        m_recentFilesMenu->addPath(QFileInfo(path).absoluteFilePath());
    showWorkspace(std::move(workspace), timer.elapsed());
}

void MainWindow::showWorkspace(LoadedWorkspace workspace, qint64 elapsedMilliseconds)
{
    const QString title = workspace.name;
    m_workspaceModel->setWorkspace(std::move(workspace));
    setWindowTitle(title.isEmpty() ? tr("Leitstand") : tr("%1 – Leitstand").arg(title));
    // Hosts and their stacks at a glance; services unfold on demand, the table lists them anyway.
    QTreeView *tree = m_ui->sidebarTreeView;
    tree->expand(m_workspaceModel->index(0, 0));
    for (int host = 0; host < m_workspaceModel->workspace().hosts.size(); ++host)
        tree->expand(m_workspaceModel->index(host, 0, m_workspaceModel->index(0, 0)));
    selectInitialStack();
    updateSummary();
    statusBar()->showMessage(tr("Loaded in %1 ms").arg(elapsedMilliseconds), StatusMessageMilliseconds);
}

void MainWindow::selectInitialStack()
{
    const QList<LoadedHost> &hosts = m_workspaceModel->workspace().hosts;
    QModelIndex first;
    for (int host = 0; host < hosts.size() && !first.isValid(); ++host) {
        for (int stack = 0; stack < hosts.at(host).stacks.size(); ++stack) {
            if (hosts.at(host).stacks.at(stack).isLoaded()) {
                first = m_workspaceModel->stackIndex(host, stack);
                break;
            }
        }
    }
    if (!first.isValid())
        first = m_workspaceModel->stackIndex(0, 0);
    if (first.isValid())
        m_ui->sidebarTreeView->setCurrentIndex(first);
    else
        m_ui->stackDetailsWidget->showPlaceholder();
}

void MainWindow::showCurrentItem()
{
    const QModelIndex current = m_ui->sidebarTreeView->currentIndex();
    const LoadedStack *stack = m_workspaceModel->stack(current);
    if (!stack) {
        m_ui->stackDetailsWidget->showPlaceholder();
        return;
    }
    const QModelIndex stackIndex
        = m_workspaceModel->itemKind(current) == WorkspaceItemKind::Service ? current.parent() : current;
    m_ui->stackDetailsWidget->showStack(stackIndex.parent().data().toString(), *stack);
    if (const ComposeService *service = m_workspaceModel->service(current))
        m_ui->stackDetailsWidget->selectService(service->name);
}

void MainWindow::updateSummary()
{
    const LoadedWorkspace &workspace = m_workspaceModel->workspace();
    QStringList parts{tr("%n host(s)", nullptr, int(workspace.hosts.size())),
                      tr("%n stack(s)", nullptr, int(workspace.stackCount())),
                      tr("%n service(s)", nullptr, int(workspace.serviceCount()))};
    if (const qsizetype failed = workspace.failedStackCount(); failed > 0)
        parts.append(tr("%n stack(s) failed to load", nullptr, int(failed)));
    m_summaryLabel->setText(parts.join(QStringLiteral(", ")));
}

void MainWindow::chooseWorkspaceFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Workspace"), QString(), tr("Leitstand workspaces (*.json);;All files (*)"));
    if (!path.isEmpty())
        openWorkspaceFile(path);
}

void MainWindow::chooseFolder()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Open Compose Project Folder"));
    if (!path.isEmpty())
        openComposePaths({path});
}

void MainWindow::chooseComposeFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Compose File"), QString(), tr("Compose files (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        openComposePaths({path});
}

void MainWindow::openRecentPath(const QString &path)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0)
        openWorkspaceFile(path);
    else
        openComposePaths({path});
}

void MainWindow::reload()
{
    // Keep the operator's place: the same stack is selected again if it still exists.
    const QModelIndex current = m_ui->sidebarTreeView->currentIndex();
    const QModelIndex stackIndex
        = m_workspaceModel->itemKind(current) == WorkspaceItemKind::Service ? current.parent() : current;
    const QString stackName = m_workspaceModel->stack(stackIndex) ? stackIndex.data().toString() : QString();
    const QString hostName = stackIndex.parent().data().toString();

    if (!m_workspaceFilePath.isEmpty())
        openWorkspaceFile(m_workspaceFilePath);
    else if (!m_composePaths.isEmpty())
        openComposePaths(m_composePaths);

    const QModelIndex again = m_workspaceModel->findStack(hostName, stackName);
    if (again.isValid())
        m_ui->sidebarTreeView->setCurrentIndex(again);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this,
                       tr("About Leitstand"),
                       tr("<h3>Leitstand %1</h3>"
                          "<p>A control center for self-hosted Docker Compose stacks: every host, stack and "
                          "service of a workspace at a glance, read exactly as Docker Compose reads them.</p>")
                           .arg(QStringLiteral(LEITSTAND_VERSION)));
}

void MainWindow::reportOpenFailure(const QString &path, const Error &error)
{
    // Window-modal and asynchronous: no nested event loop, and tests are never blocked by it.
    auto *box = new QMessageBox(QMessageBox::Warning,
                                tr("Cannot Open Workspace"),
                                tr("The workspace %1 could not be opened.").arg(QDir::toNativeSeparators(path)),
                                QMessageBox::Ok,
                                this);
    box->setObjectName(QStringLiteral("openFailureMessageBox"));
    box->setInformativeText(error.toString());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    statusBar()->showMessage(error.toString(), StatusMessageMilliseconds);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(StateKey).toByteArray());
    if (!m_ui->mainSplitter->restoreState(settings.value(SplitterKey).toByteArray()))
        m_ui->mainSplitter->setSizes({280, 1000});
    m_ui->stackDetailsWidget->restoreSplitterState(settings.value(DetailsSplitterKey).toByteArray());
    m_ui->showSidebarAction->setChecked(!m_ui->sidebarTreeView->isHidden());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(SplitterKey, m_ui->mainSplitter->saveState());
    settings.setValue(DetailsSplitterKey, m_ui->stackDetailsWidget->saveSplitterState());
}

} // namespace Leitstand
