#pragma once

#include <QMainWindow>
#include <QStringList>

#include <memory>

class QLabel;

namespace Leitstand {

namespace Ui {
class MainWindow;
}

class Error;
class RecentFilesMenu;
class WorkspaceTreeModel;
struct LoadedWorkspace;

// The main window: the workspace tree on the left, the selected stack's services on the right.
// It only arranges widgets and forwards the operator's choices; loading is WorkspaceLoader's job.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    static QString demoWorkspacePath();

    // False when the workspace file itself cannot be read; broken stacks inside it still open.
    bool openWorkspaceFile(const QString &path);
    void openComposePaths(const QStringList &paths);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpActions();
    void showWorkspace(LoadedWorkspace workspace, qint64 elapsedMilliseconds);
    void showCurrentItem();
    void selectInitialStack();
    void updateSummary();
    void chooseWorkspaceFile();
    void chooseFolder();
    void chooseComposeFile();
    void openRecentPath(const QString &path);
    void reload();
    void showAbout();
    void reportOpenFailure(const QString &path, const Error &error);
    void restoreSettings();
    void saveSettings() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    WorkspaceTreeModel *m_workspaceModel = nullptr;
    RecentFilesMenu *m_recentFilesMenu = nullptr;
    QLabel *m_summaryLabel = nullptr;
    // What is open, so that Reload reads the same sources again.
    QString m_workspaceFilePath;
    QStringList m_composePaths;
};

} // namespace Leitstand
