#pragma once

#include "core/Expected.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Leitstand {

// Writes a file so that it is never half-written and its previous version is kept.
//
// The previous content goes to a folder ".leitstand-history" next to the file, as
// "<file name>.<yyyyMMdd-HHmmss-zzz>" (local time), with the file's permissions, before the new
// content replaces the file through QSaveFile (a temporary file in the same folder, renamed
// over the original once completely written). One folder keeps the stack's own folder tidy,
// and sorts the versions of each file by time. If the previous version cannot be kept, the
// file is not touched.
class VersionedFileWriter final
{
    Q_DECLARE_TR_FUNCTIONS(VersionedFileWriter)

public:
    static QString historyFolderName() { return QStringLiteral(".leitstand-history"); }

    // Returns the path of the kept previous version, or an empty string for a new file.
    static Expected<QString> write(const QString &path,
                                   const QByteArray &content,
                                   const QDateTime &now = QDateTime::currentDateTime());

    // Writes atomically without keeping anything (for new files, e.g. "Save as").
    static Outcome writeAtomically(const QString &path, const QByteArray &content);
};

} // namespace Leitstand
