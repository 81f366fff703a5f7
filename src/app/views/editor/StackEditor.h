#pragma once

#include "views/StackView.h"

#include "ComposeBufferValidator.h"
#include "SaveReview.h"

#include <QHash>
#include <QPointer>

class QAction;
class QComboBox;
class QFileSystemWatcher;
class QLabel;
class QStackedWidget;
class QTableView;

namespace Leitstand {

class EditedFile;
class EnvFileModel;
class StackEditSession;
class YamlEditor;
class YamlHighlighter;

// The Editor tab: the stack's compose files (a selector when there are several) and its .env
// as a table. Edits are checked by the real loader as the operator types; saving shows the diff
// and the risks the change adds, then writes atomically and keeps the previous version
// (see VersionedFileWriter). The built-in demo is read-only: saving offers a copy in a folder.
// Edits of each stack are kept while the operator looks at other stacks.
class StackEditor final : public StackView
{
    Q_OBJECT

public:
    explicit StackEditor(QWidget *parent = nullptr);
    ~StackEditor() override;

    void showStack(const LoadedHost *host, const LoadedStack &stack) override;
    void selectService(const QString &serviceName) override;

    bool hasUnsavedChanges() const;
    StackEditSession *session() const { return m_session; }
    YamlEditor *yamlEditor() const { return m_yamlEditor; }
    QTableView *envTableView() const { return m_envView; }
    EditedFile *currentFile() const;
    bool showFile(const QString &path);
    QString statusText() const;

    // Ctrl+S: opens the review of the change (a SaveReviewDialog child of this widget) and
    // saves when it is accepted; for the read-only demo, asks for a folder to save a copy in.
    void save();
    // Saves a copy of the whole stack with the edits into `folder` (the demo's "Save as").
    bool saveCopyTo(const QString &folder);

Q_SIGNALS:
    // After a save: where the previous versions were kept.
    void saved(const QStringList &keptVersions);
    // After "Save as": the compose files of the copy, for the main window to open.
    void copySaved(const QStringList &composeFiles);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setUpActions();
    StackEditSession *sessionFor(const LoadedHost *host, const LoadedStack &stack);
    void fillFileSelector();
    void showFileAt(int index);
    void scheduleValidation();
    void applyValidation(const BufferValidation &result);
    void showProblemOfCurrentFile();
    void commitSave(const SaveDecision &decision);
    void chooseCopyFolder();
    void fileChangedOnDisk(const QString &path);
    void reloadCurrentFile();
    void toggleReveal();
    void updateHighlighterColours();
    void setStatus(const QString &text, bool problem = false);

    QComboBox *m_fileSelector;
    QStackedWidget *m_pages;
    YamlEditor *m_yamlEditor;
    QTableView *m_envView;
    QLabel *m_status;
    QAction *m_saveAction = nullptr;
    QAction *m_revealAction = nullptr;
    ComposeBufferValidator *m_validator;
    QFileSystemWatcher *m_watcher;

    QHash<QString, StackEditSession *> m_sessions;
    QPointer<StackEditSession> m_session;
    QHash<const EditedFile *, EnvFileModel *> m_envModels;
    QList<YamlHighlighter *> m_highlighters;
    std::optional<BufferValidation> m_validation;
    bool m_selectingService = false;
};

} // namespace Leitstand
