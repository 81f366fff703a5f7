#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "AppIcons.h"
#include "docks/JobsPanel.h"
#include "docks/LogPanel.h"
#include "docks/ServiceDetailsPanel.h"
#include "models/LogModel.h"
#include "models/WorkspaceTreeModel.h"
#include "search/ServiceSearchBox.h"
#include "widgets/Appearance.h"
#include "widgets/FileDropHandler.h"
#include "widgets/MainWindowActions.h"
#include "widgets/RecentFilesMenu.h"
#include "widgets/StackPane.h"
#include "widgets/StackTabs.h"
#include "widgets/WindowStateStore.h"
#include "workspace/WorkspaceSession.h"

#include <QCloseEvent>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>

namespace Leitstand {

namespace {

constexpr int StatusMessageMilliseconds = 8000;

bool isWorkspaceFile(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_session(std::make_unique<WorkspaceSession>())
    , m_workspaceModel(new WorkspaceTreeModel(this))
    , m_appearance(new Appearance(this))
    , m_summaryLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    setWindowIcon(AppIcons::application());
    m_ui->sidebarTreeView->setModel(m_workspaceModel);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_ui->mainStatusBar->addPermanentWidget(m_summaryLabel);

    m_searchBox = new ServiceSearchBox(m_ui->mainToolBar);
    m_searchBox->setMaximumWidth(420);
    m_searchBox->setMinimumWidth(260);
    auto *spacer = new QWidget(m_ui->mainToolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_ui->mainToolBar->addWidget(spacer);
    m_ui->mainToolBar->addWidget(m_searchBox);

    m_recentFilesMenu = MainWindowActions::installRecentFiles(*this, *m_ui);
    MainWindowActions::install(*this, *m_ui, *m_searchBox);
    connectParts();
    WindowStateStore::restore(*this, *m_ui->mainSplitter, *stackTabs());
    m_ui->showSidebarAction->setChecked(!m_ui->sidebarTreeView->isHidden());
    updateSummary();
}

MainWindow::~MainWindow() = default;

void MainWindow::connectParts()
{
    connect(m_ui->sidebarTreeView->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            &MainWindow::showCurrentItem);
    connect(stackTabs(), &StackTabs::serviceActivated, this, &MainWindow::selectServiceOfShownStack);
    connect(m_searchBox,
            &ServiceSearchBox::serviceChosen,
            this,
            [this](const QString &host, const QString &stack, const QString &service) {
                if (selectService(host, stack, service))
                    m_ui->sidebarTreeView->setFocus(Qt::OtherFocusReason);
            });
    connect(m_ui->serviceDetailsPanel, &ServiceDetailsPanel::locationActivated, this, &MainWindow::showInEditor);
    connect(m_ui->stackPane, &StackPane::locationActivated, this, &MainWindow::showInEditor);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(stackTabs(), &StackTabs::copySaved, this, [this](const QStringList &composeFiles) {
        // The copy's folder, so that its override files are found together with the main file.
        if (!composeFiles.isEmpty())
            openComposePaths({QFileInfo(composeFiles.first()).absolutePath()});
    });
    auto *dropHandler = new FileDropHandler(this);
    connect(dropHandler, &FileDropHandler::pathsDropped, this, &MainWindow::openPaths);
}

QString MainWindow::demoWorkspacePath()
{
    return QStringLiteral(":/demo/workspace.json");
}

StackTabs *MainWindow::stackTabs() const
{
    return m_ui->stackPane->tabs();
}

JobListModel *MainWindow::jobs() const
{
    return m_ui->jobsPanel->model();
}

LogModel *MainWindow::log() const
{
    return m_ui->logPanel->model();
}

bool MainWindow::openWorkspaceFile(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    Expected<LoadedWorkspace> workspace = m_session->openWorkspaceFile(path);
    if (!workspace) {
        reportOpenFailure(path, workspace.error());
        return false;
    }
    // The demo is always one menu entry away; the recent list is for the operator's own files.
    if (path != demoWorkspacePath())
        m_recentFilesMenu->addPath(path);
    showWorkspace(timer.elapsed());
    selectInitialStack();
    return true;
}

void MainWindow::openComposePaths(const QStringList &paths)
{
    QElapsedTimer timer;
    timer.start();
    const QStringList added = m_session->addLocalPaths(paths);
    for (const QString &path : paths)
        m_recentFilesMenu->addPath(QFileInfo(path).absoluteFilePath());
    const LoadedWorkspace &workspace = m_session->workspace();
    const QString localHost = workspace.hosts.isEmpty() ? QString() : workspace.hosts.constLast().name;
    if (added.isEmpty()) {
        // Already open: show it rather than reading everything again.
        statusBar()->showMessage(tr("Already open"), StatusMessageMilliseconds);
        const QString wanted = QFileInfo(paths.value(0)).absoluteFilePath();
        for (const LoadedStack &stack :
             workspace.hosts.isEmpty() ? QList<LoadedStack>() : workspace.hosts.constLast().stacks) {
            if (stack.definition.directory == wanted || stack.definition.files.contains(wanted))
                selectService(localHost, stack.definition.name, QString());
        }
        return;
    }
    showWorkspace(timer.elapsed());
    const QModelIndex first = m_workspaceModel->findStack(localHost, added.first());
    if (first.isValid())
        m_ui->sidebarTreeView->setCurrentIndex(first);
    else
        selectInitialStack();
}

void MainWindow::openPaths(const QStringList &paths)
{
    QStringList composePaths;
    for (const QString &path : paths) {
        if (isWorkspaceFile(path))
            openWorkspaceFile(path);
        else
            composePaths.append(path);
    }
    if (!composePaths.isEmpty())
        openComposePaths(composePaths);
}

void MainWindow::showWorkspace(qint64 elapsedMilliseconds)
{
    const LoadedWorkspace &workspace = m_session->workspace();
    m_shownHost.clear();
    m_shownStack.clear();
    m_workspaceModel->setWorkspace(workspace);
    m_searchBox->setWorkspace(workspace);
    setWindowTitle(workspace.name.isEmpty() ? tr("Leitstand") : tr("%1 – Leitstand").arg(workspace.name));
    // Hosts and their stacks at a glance; services unfold on demand.
    QTreeView *tree = m_ui->sidebarTreeView;
    tree->expand(m_workspaceModel->index(0, 0));
    for (int host = 0; host < workspace.hosts.size(); ++host)
        tree->expand(m_workspaceModel->index(host, 0, m_workspaceModel->index(0, 0)));
    m_ui->stackPane->showPlaceholder();
    m_ui->serviceDetailsPanel->clear();
    updateSummary();
    logWorkspace(elapsedMilliseconds);
    statusBar()->showMessage(tr("Loaded in %1 ms").arg(elapsedMilliseconds), StatusMessageMilliseconds);
}

void MainWindow::logWorkspace(qint64 elapsedMilliseconds)
{
    const LoadedWorkspace &workspace = m_session->workspace();
    log()->append(LogModel::Level::Info,
                  tr("Loaded %1 in %2 ms: %n stack(s)", nullptr, int(workspace.stackCount()))
                      .arg(workspace.name)
                      .arg(elapsedMilliseconds));
    for (const LoadedHost &host : workspace.hosts) {
        for (const LoadedStack &stack : host.stacks) {
            if (!stack.isLoaded())
                log()->append(LogModel::Level::Error,
                              tr("%1 / %2 could not be loaded: %3")
                                  .arg(host.name, stack.definition.name, stack.error.toString()));
        }
    }
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
}

void MainWindow::showCurrentItem()
{
    const QModelIndex current = m_ui->sidebarTreeView->currentIndex();
    const QModelIndex stackRow = m_workspaceModel->stackRowOf(current);
    const LoadedStack *stack = m_workspaceModel->stack(stackRow);
    if (!stack)
        return; // a workspace or host row: the stack shown so far stays
    const QString hostName = stackRow.parent().data().toString();
    if (hostName != m_shownHost || stack->definition.name != m_shownStack) {
        m_shownHost = hostName;
        m_shownStack = stack->definition.name;
        m_ui->stackPane->showStack(m_workspaceModel->remoteHost(stackRow), hostName, *stack);
    }
    const ComposeService *service = m_workspaceModel->service(current);
    stackTabs()->selectService(service ? service->name : QString());
    if (service)
        m_ui->serviceDetailsPanel->showService(hostName, *stack, *service);
    else
        m_ui->serviceDetailsPanel->clear();
}

bool MainWindow::selectService(const QString &hostName, const QString &stackName, const QString &serviceName)
{
    const QModelIndex found = serviceName.isEmpty() ? m_workspaceModel->findStack(hostName, stackName)
                                                    : m_workspaceModel->findService(hostName, stackName, serviceName);
    if (!found.isValid())
        return false;
    m_ui->sidebarTreeView->setCurrentIndex(found);
    m_ui->sidebarTreeView->scrollTo(found);
    return true;
}

bool MainWindow::selectPath(const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('/'));
    if (parts.size() < 2 || parts.size() > 3)
        return false;
    return selectService(parts.at(0), parts.at(1), parts.size() == 3 ? parts.at(2) : QString());
}

void MainWindow::selectServiceOfShownStack(const QString &serviceName)
{
    selectService(m_shownHost, m_shownStack, serviceName);
}

void MainWindow::showInEditor(const SourceLocation &location)
{
    if (!stackTabs()->showLocation(location))
        statusBar()->showMessage(tr("%1 (the editor tab is not available yet)").arg(location.toString()),
                                 StatusMessageMilliseconds);
}

void MainWindow::reload()
{
    // Keep the operator's place: the same stack (and service) is selected again if it still exists.
    const QString host = m_shownHost;
    const QString stack = m_shownStack;
    const QString service = m_ui->serviceDetailsPanel->serviceName();
    QElapsedTimer timer;
    timer.start();
    m_session->reload();
    showWorkspace(timer.elapsed());
    if (!selectService(host, stack, service) && !selectService(host, stack, QString()))
        selectInitialStack();
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
    log()->append(LogModel::Level::Error, error.toString());
    statusBar()->showMessage(error.toString(), StatusMessageMilliseconds);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (stackTabs()->hasUnsavedChanges()
        && QMessageBox::question(this,
                                 tr("Unsaved Changes"),
                                 tr("The editor has changes that are not saved. Quit anyway and lose them?"),
                                 QMessageBox::Discard | QMessageBox::Cancel,
                                 QMessageBox::Cancel)
               != QMessageBox::Discard) {
        event->ignore();
        return;
    }
    WindowStateStore::save(*this, *m_ui->mainSplitter, *stackTabs());
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ThemeChange)
        m_appearance->paletteChanged();
    QMainWindow::changeEvent(event);
}

} // namespace Leitstand
