#include "StackEditor.h"

#include "EditedFile.h"
#include "EnvFileModel.h"
#include "SaveReviewDialog.h"
#include "StackEditSession.h"
#include "VersionedFileWriter.h"
#include "YamlEditor.h"
#include "YamlHighlighter.h"

#include "workspace/LoadedHost.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QTextDocument>
#include <QToolBar>
#include <QVBoxLayout>

namespace Leitstand {

StackEditor::StackEditor(QWidget *parent)
    : StackView(parent)
    , m_fileSelector(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_yamlEditor(new YamlEditor(this))
    , m_envView(new QTableView(this))
    , m_status(new QLabel(this))
    , m_validator(new ComposeBufferValidator(this))
    , m_watcher(new QFileSystemWatcher(this))
{
    setObjectName(QStringLiteral("stackEditor"));
    m_fileSelector->setObjectName(QStringLiteral("fileComboBox"));
    m_fileSelector->setToolTip(tr("The file of the stack to edit"));
    m_envView->setObjectName(QStringLiteral("envTableView"));
    m_envView->horizontalHeader()->setStretchLastSection(true);
    m_envView->verticalHeader()->hide();
    m_envView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(QStringLiteral("editorToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addWidget(m_fileSelector);
    setUpActions();
    toolBar->addActions(actions());

    m_pages->addWidget(m_yamlEditor);
    m_pages->addWidget(m_envView);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolBar);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_status);

    connect(m_fileSelector, &QComboBox::currentIndexChanged, this, &StackEditor::showFileAt);
    connect(m_validator, &ComposeBufferValidator::validated, this, &StackEditor::applyValidation);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &StackEditor::fileChangedOnDisk);
    connect(m_yamlEditor, &YamlEditor::serviceUnderCursorChanged, this, [this](const QString &name) {
        if (!name.isEmpty() && !m_selectingService)
            Q_EMIT serviceActivated(name);
    });
    updateHighlighterColours();
    setStatus(tr("Select a stack to edit its files."));
}

StackEditor::~StackEditor() = default;

void StackEditor::setUpActions()
{
    auto add = [this](const QString &text, const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_saveAction = add(tr("Save…"), QKeySequence::Save, &StackEditor::save);
    m_saveAction->setObjectName(QStringLiteral("saveAction"));
    add(tr("Undo"), QKeySequence(), [this] {
        if (EditedFile *file = currentFile())
            file->document()->undo();
    });
    add(tr("Redo"), QKeySequence(), [this] {
        if (EditedFile *file = currentFile())
            file->document()->redo();
    });
    add(tr("Fold services"), QKeySequence(tr("Ctrl+Shift+[")), [this] { m_yamlEditor->foldAllServices(); });
    add(tr("Unfold services"), QKeySequence(tr("Ctrl+Shift+]")), [this] { m_yamlEditor->unfoldAllServices(); });
    m_revealAction = add(tr("Reveal value"), QKeySequence(tr("Ctrl+R")), &StackEditor::toggleReveal);
    add(tr("Reload from disk"), QKeySequence(), &StackEditor::reloadCurrentFile);
}

StackEditSession *StackEditor::sessionFor(const LoadedHost *host, const LoadedStack &stack)
{
    const QString key = StackEditSession::keyOf(stack);
    if (StackEditSession *existing = m_sessions.value(key))
        return existing;
    auto *session = new StackEditSession(host, stack, this);
    m_sessions.insert(key, session);
    for (EditedFile *file : session->files()) {
        if (file->kind() == EditedFile::Kind::Compose) {
            auto *highlighter = new YamlHighlighter(file->document());
            highlighter->setDarkBackground(palette().color(QPalette::Base).lightness() < 128);
            m_highlighters.append(highlighter);
        } else {
            m_envModels.insert(file, new EnvFileModel(file->document(), file));
        }
        connect(file->document(), &QTextDocument::contentsChanged, this, [this, session] {
            if (session == m_session)
                scheduleValidation();
        });
        connect(file->document(), &QTextDocument::modificationChanged, this, [this, session] {
            if (session == m_session)
                fillFileSelector();
        });
        if (!file->isReadOnly())
            m_watcher->addPath(file->path());
    }
    return session;
}

void StackEditor::showStack(const LoadedHost *host, const LoadedStack &stack)
{
    m_session = sessionFor(host, stack);
    m_validation.reset();
    QStringList names;
    if (stack.project) {
        for (const ComposeService &service : stack.project->project.services)
            names.append(service.name);
    }
    m_yamlEditor->setKnownServiceNames(names);
    m_saveAction->setText(m_session->isReadOnly() ? tr("Save as…") : tr("Save…"));
    fillFileSelector();
    showFileAt(m_fileSelector->currentIndex());
    if (!m_session->problems().isEmpty())
        setStatus(m_session->problems().join(QLatin1Char('\n')), true);
    m_validator->validateNow(m_session->loadOptions(true));
}

void StackEditor::fillFileSelector()
{
    const QSignalBlocker blocker(m_fileSelector);
    const QString current = m_fileSelector->currentData().toString();
    m_fileSelector->clear();
    if (!m_session)
        return;
    for (const EditedFile *file : m_session->files()) {
        QString label = QDir(m_session->directory()).relativeFilePath(file->path());
        if (file->isModified())
            label += QStringLiteral(" *");
        m_fileSelector->addItem(label, file->path());
    }
    const int index = m_fileSelector->findData(current);
    m_fileSelector->setCurrentIndex(index >= 0 ? index : 0);
}

EditedFile *StackEditor::currentFile() const
{
    return m_session ? m_session->fileAt(m_fileSelector->currentData().toString()) : nullptr;
}

bool StackEditor::showFile(const QString &path)
{
    const int index = m_fileSelector->findData(path);
    if (index < 0)
        return false;
    m_fileSelector->setCurrentIndex(index);
    showFileAt(index);
    return true;
}

void StackEditor::showFileAt(int)
{
    EditedFile *file = currentFile();
    if (!file)
        return;
    if (file->kind() == EditedFile::Kind::Compose) {
        if (m_yamlEditor->document() != file->document())
            m_yamlEditor->setTextDocument(file->document());
        m_yamlEditor->setReadOnly(false);
        m_pages->setCurrentWidget(m_yamlEditor);
        showProblemOfCurrentFile();
    } else {
        m_envView->setModel(m_envModels.value(file));
        m_pages->setCurrentWidget(m_envView);
    }
    m_revealAction->setEnabled(file->kind() == EditedFile::Kind::DotEnv);
}

QString StackEditor::statusText() const
{
    return m_status->text();
}

void StackEditor::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #d32f2f;") : QString());
}

void StackEditor::scheduleValidation()
{
    if (m_session)
        m_validator->schedule(m_session->loadOptions(true));
}

void StackEditor::applyValidation(const BufferValidation &result)
{
    m_validation = result;
    if (result.project) {
        const qsizetype count = result.project->project.services.size();
        setStatus(tr("The stack loads: %n service(s).", nullptr, int(count)));
        QStringList names;
        for (const ComposeService &service : result.project->project.services)
            names.append(service.name);
        m_yamlEditor->setKnownServiceNames(names);
    } else {
        setStatus(result.error.toString(), true);
    }
    showProblemOfCurrentFile();
}

void StackEditor::showProblemOfCurrentFile()
{
    const EditedFile *file = currentFile();
    if (!file || !m_validation || m_validation->project || file->kind() != EditedFile::Kind::Compose) {
        m_yamlEditor->clearProblem();
        return;
    }
    const SourceLocation &where = m_validation->error.location();
    if (QDir::cleanPath(where.file) == file->path() && where.line > 0)
        m_yamlEditor->showProblem(where.line, std::max(1, where.column), m_validation->error.message());
    else
        m_yamlEditor->clearProblem();
}

void StackEditor::save()
{
    if (!m_session)
        return;
    if (m_session->isReadOnly()) {
        chooseCopyFolder();
        return;
    }
    const SaveReview review = m_session->review();
    if (review.isEmpty()) {
        setStatus(tr("Nothing to save: the files are as on disk."));
        return;
    }
    auto *dialog = new SaveReviewDialog(review, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { commitSave(dialog->decision()); });
    dialog->open();
}

void StackEditor::commitSave(const SaveDecision &decision)
{
    if (!m_session)
        return;
    const Expected<QStringList> kept = m_session->save(decision);
    if (!kept) {
        setStatus(tr("Not saved: %1").arg(kept.error().toString()), true);
        return;
    }
    // A rename replaces the watched file; watch the new one.
    for (const EditedFile *file : m_session->files()) {
        if (!file->isReadOnly() && !m_watcher->files().contains(file->path()))
            m_watcher->addPath(file->path());
    }
    fillFileSelector();
    setStatus(tr("Saved. The previous version is kept in %1.").arg(VersionedFileWriter::historyFolderName()));
    Q_EMIT saved(*kept);
}

void StackEditor::chooseCopyFolder()
{
    auto *dialog = new QFileDialog(this, tr("Save a copy of the stack in a folder"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &folder) { saveCopyTo(folder); });
    dialog->open();
}

bool StackEditor::saveCopyTo(const QString &folder)
{
    if (!m_session)
        return false;
    const Expected<QStringList> copied = m_session->saveCopyTo(folder);
    if (!copied) {
        setStatus(tr("Not saved: %1").arg(copied.error().toString()), true);
        return false;
    }
    setStatus(tr("Saved a copy of the stack in %1.").arg(QDir::toNativeSeparators(folder)));
    Q_EMIT copySaved(*copied);
    return true;
}

void StackEditor::fileChangedOnDisk(const QString &path)
{
    if (QFileInfo::exists(path) && !m_watcher->files().contains(path))
        m_watcher->addPath(path);
    for (StackEditSession *session : std::as_const(m_sessions)) {
        EditedFile *file = session->fileAt(path);
        if (!file || !file->changedOnDisk())
            continue; // our own save, or a touch without a change
        if (!file->isModified()) {
            // Nothing of the operator's would be lost: follow the disk.
            if (file->loadFromDisk() && session == m_session)
                scheduleValidation();
        } else if (session == m_session) {
            setStatus(tr("%1 was changed on disk. Saving will ask before overwriting it; "
                         "\"Reload from disk\" drops your edits.")
                          .arg(QFileInfo(path).fileName()),
                      true);
        }
    }
}

void StackEditor::reloadCurrentFile()
{
    EditedFile *file = currentFile();
    if (!file)
        return;
    if (const Outcome loaded = file->loadFromDisk(); !loaded)
        setStatus(loaded.error().toString(), true);
    fillFileSelector();
    scheduleValidation();
}

void StackEditor::toggleReveal()
{
    const QModelIndex current = m_envView->currentIndex();
    if (!m_envView->model() || !current.isValid())
        return;
    const QModelIndex value = current.siblingAtColumn(EnvFileModel::ValueColumn);
    m_envView->model()->setData(value, !value.data(EnvFileModel::RevealedRole).toBool(), EnvFileModel::RevealedRole);
}

void StackEditor::selectService(const QString &serviceName)
{
    if (!m_session || serviceName.isEmpty())
        return;
    // The definition in the buffers, which may differ from the last load: the first file
    // (in merge order) that has a block for the service.
    for (EditedFile *file : m_session->composeFiles()) {
        const QList<ServiceBlock> blocks = ServiceBlocks::find(*file->document());
        for (const ServiceBlock &block : blocks) {
            if (block.name != serviceName)
                continue;
            m_selectingService = true;
            showFile(file->path());
            m_yamlEditor->goToLine(block.headerBlock + 1);
            m_selectingService = false;
            return;
        }
    }
}

bool StackEditor::hasUnsavedChanges() const
{
    for (const StackEditSession *session : m_sessions) {
        if (session->hasUnsavedChanges())
            return true;
    }
    return false;
}

void StackEditor::changeEvent(QEvent *event)
{
    StackView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateHighlighterColours();
}

void StackEditor::updateHighlighterColours()
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    for (YamlHighlighter *highlighter : std::as_const(m_highlighters))
        highlighter->setDarkBackground(dark);
}

} // namespace Leitstand
