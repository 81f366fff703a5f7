#include "StackEditSession.h"

#include "EditedFile.h"
#include "VersionedFileWriter.h"

#include "core/analysis/risk/ChangeRiskAssessor.h"
#include "core/analysis/risk/LineDiff.h"
#include "core/compose/ComposeFileLocator.h"
#include "core/compose/ComposeLoader.h"
#include "workspace/LoadedHost.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>

#include <algorithm>

namespace Leitstand {

namespace {

QString resolveAgainst(const QString &directory, const QString &path)
{
    if (path.startsWith(QLatin1Char(':')) || QDir::isAbsolutePath(path))
        return QDir::cleanPath(path);
    return QDir::cleanPath(QDir(directory).filePath(path));
}

// Files opened from disk (no host) take the shell's variables into interpolation, as the
// workspace loader does for them; stacks of a host must not see this computer's environment.
QHash<QString, QString> environmentFor(const LoadedHost *host)
{
    QHash<QString, QString> environment;
    if (host)
        return environment;
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    for (const QString &key : system.keys())
        environment.insert(key, system.value(key));
    return environment;
}

} // namespace

StackEditSession::StackEditSession(const LoadedHost *host, const LoadedStack &stack, QObject *parent)
    : QObject(parent)
    , m_directory(stack.definition.directory.startsWith(QLatin1Char(':'))
                      ? QDir::cleanPath(stack.definition.directory)
                      : QFileInfo(stack.definition.directory).absoluteFilePath())
{
    // The files the loader used; for a stack that failed, the files its definition names.
    QStringList composeFiles;
    if (stack.project) {
        composeFiles = stack.project->project.composeFiles;
    } else {
        for (const QString &file : stack.definition.files)
            composeFiles.append(resolveAgainst(m_directory, file));
    }
    if (composeFiles.isEmpty()) {
        if (Expected<QStringList> discovered = ComposeFileLocator::discover(m_directory))
            composeFiles = *discovered;
        else
            m_problems.append(discovered.error().toString());
    }
    composeFiles.removeDuplicates();
    for (const QString &file : std::as_const(composeFiles))
        addFile(file, int(EditedFile::Kind::Compose));
    const QString dotEnv = QDir(m_directory).filePath(QStringLiteral(".env"));
    if (QFileInfo(dotEnv).isFile())
        addFile(dotEnv, int(EditedFile::Kind::DotEnv));

    m_options.projectDirectory = m_directory;
    m_options.files = composeFiles;
    m_options.environment = environmentFor(host);
}

QString StackEditSession::keyOf(const LoadedStack &stack)
{
    return stack.definition.directory + QLatin1Char('|') + stack.definition.files.join(QLatin1Char('|'));
}

void StackEditSession::addFile(const QString &path, int kind)
{
    auto *file = new EditedFile(path, EditedFile::Kind(kind), this);
    if (const Outcome loaded = file->loadFromDisk(); !loaded) {
        m_problems.append(loaded.error().toString());
        delete file;
        return;
    }
    m_files.append(file);
}

QList<EditedFile *> StackEditSession::composeFiles() const
{
    QList<EditedFile *> compose;
    for (EditedFile *file : m_files) {
        if (file->kind() == EditedFile::Kind::Compose)
            compose.append(file);
    }
    return compose;
}

EditedFile *StackEditSession::fileAt(const QString &path) const
{
    for (EditedFile *file : m_files) {
        if (file->path() == path)
            return file;
    }
    return nullptr;
}

bool StackEditSession::isReadOnly() const
{
    return m_directory.startsWith(QLatin1Char(':'));
}

bool StackEditSession::hasUnsavedChanges() const
{
    return std::any_of(m_files.cbegin(), m_files.cend(), [](const EditedFile *file) { return file->isModified(); });
}

ComposeLoadOptions StackEditSession::loadOptions(bool withBuffers) const
{
    ComposeLoadOptions options = m_options;
    if (withBuffers) {
        for (const EditedFile *file : m_files) {
            if (file->kind() == EditedFile::Kind::Compose)
                options.fileContents.insert(file->path(), file->text());
        }
    }
    return options;
}

SaveReview StackEditSession::review() const
{
    SaveReview review;
    for (const EditedFile *file : m_files) {
        if (!file->isModified())
            continue;
        const QString name = QDir(m_directory).relativeFilePath(file->path());
        review.files.append(SaveReview::FileChange{file->path(),
                                                   Analysis::LineDiff::unified(QString::fromUtf8(file->diskText()),
                                                                               QString::fromUtf8(file->text()),
                                                                               QStringLiteral("a/") + name,
                                                                               QStringLiteral("b/") + name),
                                                   file->changedOnDisk(),
                                                   file->isReadOnly()});
    }
    // The baseline is the disk as it is now: that is what the save replaces.
    const Expected<LoadedProject> before = ComposeLoader::load(loadOptions(false));
    const Expected<LoadedProject> after = ComposeLoader::load(loadOptions(true));
    review.loadedBefore = before.hasValue();
    review.loadsAfter = after.hasValue();
    if (after)
        review.risks = Analysis::ChangeRiskAssessor::assess(before ? &before.value() : nullptr, after.value());
    else
        review.afterError = after.error();
    return review;
}

Expected<QStringList> StackEditSession::save(const SaveDecision &decision)
{
    // Checked again here, not only in the dialog: the disk may have changed while it was open.
    const SaveReview current = review();
    if (current.needsInvalidOverride() && !decision.saveAlthoughInvalid)
        return Error(tr("the edited stack does not load, and the files on disk do: not saved"),
                     current.afterError.location());
    if (current.needsOverwriteConfirmation() && !decision.overwriteChangesOnDisk)
        return Error(tr("a file was changed on disk since it was opened: not saved"));
    QStringList kept;
    for (EditedFile *file : std::as_const(m_files)) {
        if (!file->isModified())
            continue;
        Expected<QString> saved = file->save();
        if (!saved)
            return saved.error();
        if (!saved->isEmpty())
            kept.append(*saved);
    }
    return kept;
}

Expected<QStringList> StackEditSession::saveCopyTo(const QString &folder)
{
    const QDir target(folder);
    if (!target.exists() && !QDir().mkpath(folder))
        return Error(tr("cannot create the folder"), SourceLocation{folder});
    // Resources hide dot files from QDir's listing unless asked; .env must travel along.
    QDirIterator entries(m_directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (entries.hasNext()) {
        const QString source = entries.next();
        const QString relative = QDir(m_directory).relativeFilePath(source);
        const QString destination = target.filePath(relative);
        if (!QDir().mkpath(QFileInfo(destination).absolutePath()))
            return Error(tr("cannot create the folder"), SourceLocation{QFileInfo(destination).absolutePath()});
        QByteArray content;
        if (const EditedFile *edited = fileAt(QDir::cleanPath(source))) {
            content = edited->text();
        } else {
            QFile file(source);
            if (!file.open(QIODevice::ReadOnly))
                return Error(tr("cannot read the file: %1").arg(file.errorString()), SourceLocation{source});
            content = file.readAll();
        }
        // Whatever the folder already held under these names is kept as a previous version.
        if (Expected<QString> written = VersionedFileWriter::write(destination, content); !written)
            return written.error();
    }
    QStringList composeCopies;
    for (const EditedFile *file : composeFiles())
        composeCopies.append(target.filePath(QDir(m_directory).relativeFilePath(file->path())));
    return composeCopies;
}

} // namespace Leitstand
