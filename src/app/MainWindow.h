#pragma once

#include "core/SourceLocation.h"

#include <QMainWindow>
#include <QStringList>

#include <memory>

class QLabel;

namespace Leitstand {

namespace Ui {
class MainWindow;
}

class Appearance;
class Error;
class LogModel;
class JobListModel;
class RecentFilesMenu;
class ServiceSearchBox;
class StackTabs;
class WorkspaceSession;
class WorkspaceTreeModel;
struct LoadedWorkspace;

// The main window: the workspace tree on the left, the selected stack's tabs on the right, the
// service details, jobs and log in docks. It arranges widgets and forwards the operator's
// choices; loading is WorkspaceSession's job, shortcuts are MainWindowActions'.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    static QString demoWorkspacePath();

    // False when the workspace file itself cannot be read; broken stacks inside it still open.
    bool openWorkspaceFile(const QString &path);
    // Adds compose files or project folders under "Local files" and selects the first of them.
    void openComposePaths(const QStringList &paths);
    // Opens whatever was dropped or given: a workspace file, or compose files and folders.
    void openPaths(const QStringList &paths);
    void reload();

    // Selects a stack ("host/stack") or a service ("host/stack/service") in the sidebar.
    bool selectPath(const QString &path);
    bool selectService(const QString &hostName, const QString &stackName, const QString &serviceName);

    StackTabs *stackTabs() const;
    JobListModel *jobs() const;
    LogModel *log() const;
    Appearance *appearance() const { return m_appearance; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void connectParts();
    void showWorkspace(qint64 elapsedMilliseconds);
    void showCurrentItem();
    void selectInitialStack();
    void updateSummary();
    void showInEditor(const SourceLocation &location);
    void selectServiceOfShownStack(const QString &serviceName);
    void showAbout();
    void reportOpenFailure(const QString &path, const Error &error);
    void logWorkspace(qint64 elapsedMilliseconds);

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<WorkspaceSession> m_session;
    WorkspaceTreeModel *m_workspaceModel = nullptr;
    RecentFilesMenu *m_recentFilesMenu = nullptr;
    ServiceSearchBox *m_searchBox = nullptr;
    Appearance *m_appearance = nullptr;
    QLabel *m_summaryLabel = nullptr;
    // The stack the tabs show, by name, so a change of service alone does not reload the views.
    QString m_shownHost;
    QString m_shownStack;
};

} // namespace Leitstand
