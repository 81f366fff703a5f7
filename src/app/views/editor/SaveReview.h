#pragma once

#include "core/Error.h"
#include "core/analysis/Finding.h"

#include <QList>
#include <QString>

namespace Leitstand {

// What saving the edits of a stack would do, shown to the operator before anything is written.
struct SaveReview
{
    struct FileChange
    {
        QString path;
        QString diff; // unified diff against the file as read (or last saved)
        bool changedOnDisk = false;
        bool readOnly = false;
    };

    QList<FileChange> files; // the modified files only
    Analysis::Findings risks;
    bool loadedBefore = false; // the project as on disk loads
    bool loadsAfter = false;   // the project with the edits loads
    Error afterError;

    bool isEmpty() const { return files.isEmpty(); }
    // A project that loads is not replaced by one that does not without an explicit override.
    bool needsInvalidOverride() const { return loadedBefore && !loadsAfter; }
    bool needsOverwriteConfirmation() const
    {
        for (const FileChange &file : files) {
            if (file.changedOnDisk)
                return true;
        }
        return false;
    }
};

// The operator's answers to what the review asked.
struct SaveDecision
{
    bool saveAlthoughInvalid = false;
    bool overwriteChangesOnDisk = false;
};

} // namespace Leitstand
