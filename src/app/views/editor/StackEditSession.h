#pragma once

#include "SaveReview.h"

#include "core/Expected.h"
#include "core/compose/ComposeLoadOptions.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>

namespace Leitstand {

class EditedFile;
struct LoadedHost;
struct LoadedStack;

// The files of one stack open in the editor (its compose files and its .env) and what saving
// them means: the review of the change, then the guarded, atomic writes.
class StackEditSession final : public QObject
{
    Q_OBJECT

public:
    StackEditSession(const LoadedHost *host, const LoadedStack &stack, QObject *parent = nullptr);

    // Identifies a stack across reloads of the workspace: its folder and its files.
    static QString keyOf(const LoadedStack &stack);

    const QString &directory() const { return m_directory; }
    const QList<EditedFile *> &files() const { return m_files; }
    QList<EditedFile *> composeFiles() const;
    EditedFile *fileAt(const QString &path) const;
    // Files that could not be read, as messages for the status line.
    const QStringList &problems() const { return m_problems; }

    bool isReadOnly() const;
    bool hasUnsavedChanges() const;

    // The load of this stack as the workspace did it; with `withBuffers` the unsaved texts of
    // the compose files stand in for the files on disk.
    ComposeLoadOptions loadOptions(bool withBuffers) const;

    SaveReview review() const;
    // Writes every modified file; refuses what the review says needs a confirmation the
    // decision does not give. Returns where the previous versions were kept.
    Expected<QStringList> save(const SaveDecision &decision);
    // For stacks inside the application's resources: copies the whole stack folder to `folder`
    // with the edits applied. Returns the compose files of the copy.
    Expected<QStringList> saveCopyTo(const QString &folder);

private:
    void addFile(const QString &path, int kind);

    QString m_directory;
    ComposeLoadOptions m_options;
    QList<EditedFile *> m_files;
    QStringList m_problems;
};

} // namespace Leitstand
