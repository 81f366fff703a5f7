#include "ManifestWriter.h"

#include "ManifestYamlEmitter.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QSaveFile>
#include <QTemporaryDir>

namespace Leitstand::Analysis {

namespace {

Outcome writeFile(const QString &path, const QByteArray &bytes, bool ownerOnly)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ManifestWriter::tr("cannot write %1: %2").arg(path, file.errorString()));
    if (ownerOnly)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(bytes);
    if (!file.commit())
        return Error(ManifestWriter::tr("cannot write %1: %2").arg(path, file.errorString()));
    return Success{};
}

} // namespace

Outcome ManifestWriter::writeTree(const KubernetesManifests &manifests, const QString &root)
{
    QMap<QString, QList<QJsonObject>> files; // "<namespace>/<file>" → objects, in order
    QMap<QString, bool> holdsSecrets;
    for (const KubernetesManifest &manifest : manifests) {
        const QString path = manifest.namespaceName + QLatin1Char('/') + manifest.fileName();
        files[path].append(manifest.object);
        if (manifest.kind() == QLatin1String("Secret"))
            holdsSecrets[path] = true;
    }
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString path = QDir(root).filePath(it.key());
        if (!QDir().mkpath(QFileInfo(path).path()))
            return Error(tr("cannot create the folder %1").arg(QFileInfo(path).path()));
        if (const Outcome written
            = writeFile(path, ManifestYamlEmitter::emitDocuments(it.value()), holdsSecrets.value(it.key()));
            !written)
            return written;
    }
    return writeFile(QDir(root).filePath(QLatin1String(MarkerFile)), QByteArrayLiteral("leitstand-cli k8s\n"), false);
}

Outcome ManifestWriter::replace(const QString &staged, const QString &directory)
{
    const QFileInfo target(directory);
    if (!target.exists()) {
        if (!QDir().rename(staged, directory))
            return Error(tr("cannot move the manifests into %1").arg(directory));
        return Success{};
    }
    // Moved aside first and deleted last: if the second rename fails, the old tree returns.
    QTemporaryDir aside(target.absolutePath() + QStringLiteral("/.") + target.fileName()
                        + QStringLiteral("-old-XXXXXX"));
    if (!aside.isValid() || !QDir().rmdir(aside.path()) || !QDir().rename(directory, aside.path()))
        return Error(tr("cannot replace %1").arg(directory));
    if (!QDir().rename(staged, directory)) {
        QDir().rename(aside.path(), directory);
        return Error(tr("cannot move the manifests into %1").arg(directory));
    }
    QDir(aside.path()).removeRecursively();
    return Success{};
}

Outcome ManifestWriter::write(const KubernetesManifests &manifests, const QString &directory)
{
    const QFileInfo target(QDir::cleanPath(QFileInfo(directory).absoluteFilePath()));
    if (target.exists()) {
        const QDir existing(target.filePath());
        if (!target.isDir())
            return Error(tr("%1 exists and is not a folder").arg(target.filePath()));
        const bool empty = existing.isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        if (!empty && !existing.exists(QLatin1String(MarkerFile))) {
            return Error(tr("%1 is not empty and holds no manifests written by Leitstand; choose a new or empty "
                            "folder")
                             .arg(target.filePath()));
        }
    }
    if (!QDir().mkpath(target.absolutePath()))
        return Error(tr("cannot create the folder %1").arg(target.absolutePath()));
    QTemporaryDir staged(target.absolutePath() + QStringLiteral("/.") + target.fileName() + QStringLiteral("-XXXXXX"));
    if (!staged.isValid())
        return Error(tr("cannot create a temporary folder in %1: %2").arg(target.absolutePath(), staged.errorString()));
    if (const Outcome written = writeTree(manifests, staged.path()); !written)
        return written;
    if (const Outcome replaced = replace(staged.path(), target.filePath()); !replaced)
        return replaced;
    staged.setAutoRemove(false);
    return Success{};
}

} // namespace Leitstand::Analysis
