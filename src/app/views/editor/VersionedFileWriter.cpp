#include "VersionedFileWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Leitstand {

namespace {

Expected<QString> keepPreviousVersion(const QFileInfo &file, const QDateTime &now)
{
    QFile current(file.absoluteFilePath());
    if (!current.open(QIODevice::ReadOnly))
        return Error(
            VersionedFileWriter::tr("cannot read the current version to keep it: %1").arg(current.errorString()),
            SourceLocation{file.absoluteFilePath()});
    const QByteArray previous = current.readAll();

    QDir folder(file.absolutePath());
    const QString historyName = VersionedFileWriter::historyFolderName();
    if (!folder.exists(historyName) && !folder.mkdir(historyName))
        return Error(VersionedFileWriter::tr("cannot create the folder %1 for previous versions").arg(historyName),
                     SourceLocation{file.absoluteFilePath()});
    const QDir history(folder.filePath(historyName));
    const QString stamp = now.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    QString backupPath = history.filePath(QStringLiteral("%1.%2").arg(file.fileName(), stamp));
    for (int attempt = 2; QFileInfo::exists(backupPath); ++attempt)
        backupPath = history.filePath(QStringLiteral("%1.%2-%3").arg(file.fileName(), stamp).arg(attempt));

    if (const Outcome written = VersionedFileWriter::writeAtomically(backupPath, previous); !written)
        return written.error();
    // A .env keeps its secrets only as well as its permissions do; the copy gets the same.
    QFile::setPermissions(backupPath, file.permissions());
    return backupPath;
}

} // namespace

Outcome VersionedFileWriter::writeAtomically(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(tr("cannot write the file: %1").arg(file.errorString()), SourceLocation{path});
    if (file.write(content) != content.size()) {
        file.cancelWriting();
        return Error(tr("cannot write the file: %1").arg(file.errorString()), SourceLocation{path});
    }
    if (!file.commit())
        return Error(tr("cannot replace the file: %1").arg(file.errorString()), SourceLocation{path});
    return Success{};
}

Expected<QString> VersionedFileWriter::write(const QString &path, const QByteArray &content, const QDateTime &now)
{
    const QFileInfo info(path);
    QString backupPath;
    if (info.exists()) {
        Expected<QString> kept = keepPreviousVersion(info, now);
        if (!kept)
            return kept.error();
        backupPath = *kept;
    }
    if (const Outcome written = writeAtomically(path, content); !written)
        return written.error();
    return backupPath;
}

} // namespace Leitstand
