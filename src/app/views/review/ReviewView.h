#pragma once

#include "views/StackView.h"

#include "core/analysis/ProjectReview.h"
#include "core/model/ComposeProject.h"

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTreeView;

namespace Leitstand {

class ManifestExportJob;
class NamespaceGroupingModel;
class ReviewLintFilterProxyModel;
class ReviewLintModel;
class ReviewScoreModel;

// The Review tab: how ready the stack is for Kubernetes (a score for the stack and for each
// service, with the blockers and warnings behind it), the namespaces the services would move
// into, every lint of the analyses in a filterable list, and the manifests exported to a folder.
class ReviewView final : public StackView
{
    Q_OBJECT

public:
    explicit ReviewView(QWidget *parent = nullptr);
    ~ReviewView() override;

    void showStack(const LoadedHost *host, const LoadedStack &stack) override;
    void selectService(const QString &serviceName) override;

    // Starts writing the manifests in the background; false when no stack is shown or an
    // export is still running. exportFinished reports the outcome.
    bool exportManifests(const QString &directory);

    ReviewScoreModel *scoreModel() const { return m_scoreModel; }
    NamespaceGroupingModel *namespaceModel() const { return m_namespaceModel; }
    ReviewLintModel *lintModel() const { return m_lintModel; }
    ReviewLintFilterProxyModel *lintProxyModel() const { return m_lintProxy; }
    QTreeView *scoreTreeView() const { return m_scoreTreeView; }
    QComboBox *areaComboBox() const { return m_areaComboBox; }
    QLineEdit *lintFilterLineEdit() const { return m_lintFilterLineEdit; }
    QString scoreText() const;
    QString statusText() const;

Q_SIGNALS:
    void exportFinished(bool succeeded);

private:
    QWidget *createHeader();
    QWidget *createLintPane();
    void chooseExportFolder();
    void handleExportFinished(const QString &directory, int objectCount, const QString &errorMessage);

    ReviewScoreModel *m_scoreModel = nullptr;
    NamespaceGroupingModel *m_namespaceModel = nullptr;
    ReviewLintModel *m_lintModel = nullptr;
    ReviewLintFilterProxyModel *m_lintProxy = nullptr;
    ManifestExportJob *m_exportJob = nullptr;

    QLabel *m_scoreLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_exportButton = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QTreeView *m_scoreTreeView = nullptr;
    QTreeView *m_namespaceTreeView = nullptr;
    QTableView *m_lintTableView = nullptr;
    QComboBox *m_areaComboBox = nullptr;
    QLineEdit *m_lintFilterLineEdit = nullptr;

    std::optional<ComposeProject> m_project;
};

} // namespace Leitstand
