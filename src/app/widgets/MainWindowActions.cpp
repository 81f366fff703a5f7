#include "MainWindowActions.h"

#include "ui_MainWindow.h"

#include "AppIcons.h"
#include "Appearance.h"
#include "MainWindow.h"
#include "RecentFilesMenu.h"
#include "StackTabs.h"
#include "search/ServiceSearchBox.h"

#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStyle>

namespace Leitstand {

namespace {

const QString AppearanceKey = QStringLiteral("appearance/mode");

QKeySequence withControl(int key)
{
    return QKeySequence(QKeyCombination(Qt::ControlModifier, Qt::Key(key)));
}

QKeySequence withAlt(int key)
{
    return QKeySequence(QKeyCombination(Qt::AltModifier, Qt::Key(key)));
}

} // namespace

void MainWindowActions::install(MainWindow &window, Ui::MainWindow &ui, ServiceSearchBox &searchBox)
{
    installFileActions(window, ui);

    ui.findServiceAction->setShortcuts({QKeySequence(QKeySequence::Find), withControl(Qt::Key_K)});
    QObject::connect(ui.findServiceAction, &QAction::triggered, &searchBox, &ServiceSearchBox::activate);

    ui.reloadAction->setShortcuts({QKeySequence(QKeySequence::Refresh), withControl(Qt::Key_R)});
    ui.reloadAction->setIcon(
        QIcon::fromTheme(QStringLiteral("view-refresh"), window.style()->standardIcon(QStyle::SP_BrowserReload)));
    QObject::connect(ui.reloadAction, &QAction::triggered, &window, &MainWindow::reload);

    ui.focusSidebarAction->setShortcut(withAlt(Qt::Key_1));
    QObject::connect(ui.focusSidebarAction, &QAction::triggered, &window, [&ui] {
        ui.showSidebarAction->setChecked(true);
        ui.sidebarTreeView->setFocus(Qt::ShortcutFocusReason);
    });

    const QKeySequence fullScreen(QKeySequence::FullScreen);
    ui.fullScreenAction->setShortcut(fullScreen.isEmpty() ? QKeySequence(Qt::Key_F11) : fullScreen);
    QObject::connect(ui.fullScreenAction, &QAction::toggled, &window, [&window](bool on) {
        window.setWindowState(on ? window.windowState() | Qt::WindowFullScreen
                                 : window.windowState() & ~Qt::WindowFullScreen);
    });

    installTabActions(window, ui);
    installDockToggles(ui);
    installAppearanceMenu(window, ui);
    QObject::connect(ui.aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindowActions::installFileActions(MainWindow &window, Ui::MainWindow &ui)
{
    ui.openFolderAction->setShortcut(QKeySequence::Open);
    ui.openFolderAction->setIcon(QIcon::fromTheme(QStringLiteral("folder-open"), AppIcons::localFiles()));
    ui.openComposeFileAction->setShortcut(QKeySequence(Qt::ControlModifier | Qt::ShiftModifier | Qt::Key_O));
    ui.openComposeFileAction->setIcon(
        QIcon::fromTheme(QStringLiteral("document-open"), window.style()->standardIcon(QStyle::SP_FileIcon)));
    ui.quitAction->setShortcut(QKeySequence::Quit);
    ui.openDemoWorkspaceAction->setIcon(AppIcons::application());
    ui.openWorkspaceAction->setIcon(AppIcons::workspace());

    QObject::connect(ui.openWorkspaceAction, &QAction::triggered, &window, [&window] {
        const QString path = QFileDialog::getOpenFileName(
            &window, tr("Open Workspace"), QString(), tr("Leitstand workspaces (*.json);;All files (*)"));
        if (!path.isEmpty())
            window.openWorkspaceFile(path);
    });
    QObject::connect(ui.openFolderAction, &QAction::triggered, &window, [&window] {
        const QString path = QFileDialog::getExistingDirectory(&window, tr("Open Compose Project Folder"));
        if (!path.isEmpty())
            window.openComposePaths({path});
    });
    QObject::connect(ui.openComposeFileAction, &QAction::triggered, &window, [&window] {
        const QStringList paths = QFileDialog::getOpenFileNames(
            &window, tr("Open Compose Files"), QString(), tr("Compose files (*.yaml *.yml);;All files (*)"));
        if (!paths.isEmpty())
            window.openComposePaths(paths);
    });
    QObject::connect(ui.openDemoWorkspaceAction, &QAction::triggered, &window, [&window] {
        window.openWorkspaceFile(MainWindow::demoWorkspacePath());
    });
}

RecentFilesMenu *MainWindowActions::installRecentFiles(MainWindow &window, Ui::MainWindow &ui)
{
    auto *menu = new RecentFilesMenu(&window);
    menu->setObjectName(QStringLiteral("recentFilesMenu"));
    ui.fileMenu->insertMenu(ui.openDemoWorkspaceAction, menu);
    ui.fileMenu->insertSeparator(ui.openDemoWorkspaceAction);
    QObject::connect(
        menu, &RecentFilesMenu::pathTriggered, &window, [&window](const QString &path) { window.openPaths({path}); });
    return menu;
}

void MainWindowActions::installDockToggles(Ui::MainWindow &ui)
{
    const QList<QPair<QDockWidget *, int>> docks{
        {ui.serviceDetailsDock, Qt::Key_2}, {ui.jobsDock, Qt::Key_3}, {ui.logDock, Qt::Key_4}};
    for (const auto &[dock, key] : docks) {
        QAction *toggle = dock->toggleViewAction();
        toggle->setShortcut(withAlt(key));
        toggle->setObjectName(dock->objectName() + QStringLiteral("ToggleAction"));
        ui.viewMenu->insertAction(ui.expandAllAction, toggle);
        // Shown from the keyboard, a dock also takes the focus so the keys keep working in it.
        QObject::connect(toggle, &QAction::triggered, dock, [dock](bool shown) {
            if (!shown)
                return;
            dock->raise();
            if (dock->widget())
                dock->widget()->setFocus(Qt::ShortcutFocusReason);
        });
    }
    ui.viewMenu->insertSeparator(ui.expandAllAction);
}

void MainWindowActions::installTabActions(MainWindow &window, Ui::MainWindow &ui)
{
    StackTabs *tabs = window.stackTabs();
    ui.nextTabAction->setShortcut(withControl(Qt::Key_PageDown));
    ui.previousTabAction->setShortcut(withControl(Qt::Key_PageUp));
    QObject::connect(ui.nextTabAction, &QAction::triggered, tabs, &StackTabs::showNextTab);
    QObject::connect(ui.previousTabAction, &QAction::triggered, tabs, &StackTabs::showPreviousTab);

    QMenu *tabMenu = new QMenu(tr("&Tabs"), &window);
    tabMenu->setObjectName(QStringLiteral("tabsMenu"));
    for (int index = 0; index < tabs->count() && index < 9; ++index) {
        QAction *showTab = tabMenu->addAction(tabs->tabText(index));
        showTab->setObjectName(QStringLiteral("showTab%1Action").arg(index + 1));
        showTab->setShortcut(withControl(Qt::Key_1 + index));
        QObject::connect(showTab, &QAction::triggered, tabs, [tabs, index] { tabs->setCurrentIndex(index); });
        // Menu shortcuts only fire while the menu bar is there; the window keeps them either way.
        window.addAction(showTab);
    }
    ui.viewMenu->insertMenu(ui.focusSidebarAction, tabMenu);
    ui.viewMenu->insertSeparator(ui.focusSidebarAction);
}

void MainWindowActions::installAppearanceMenu(MainWindow &window, Ui::MainWindow &ui)
{
    Appearance *appearance = window.appearance();
    QMenu *menu = new QMenu(tr("&Appearance"), &window);
    menu->setObjectName(QStringLiteral("appearanceMenu"));
    auto *group = new QActionGroup(menu);
    const QList<QPair<Appearance::Mode, QString>> modes{{Appearance::Mode::System, tr("Follow &System")},
                                                        {Appearance::Mode::Light, tr("&Light")},
                                                        {Appearance::Mode::Dark, tr("&Dark")}};
    const Appearance::Mode saved = Appearance::modeFromKey(QSettings().value(AppearanceKey).toString());
    appearance->setMode(saved);
    for (const auto &[mode, text] : modes) {
        QAction *choose = menu->addAction(text);
        choose->setObjectName(Appearance::modeKey(mode) + QStringLiteral("AppearanceAction"));
        choose->setCheckable(true);
        choose->setChecked(mode == saved);
        group->addAction(choose);
        QObject::connect(choose, &QAction::triggered, appearance, [appearance, mode = mode] {
            appearance->setMode(mode);
            QSettings().setValue(AppearanceKey, Appearance::modeKey(mode));
        });
    }
    ui.viewMenu->insertMenu(ui.fullScreenAction, menu);
}

} // namespace Leitstand
