#include "HostMountAdvisor.h"

#include "KubernetesNames.h"
#include "core/analysis/safety/HostMountRules.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>

namespace Leitstand::Analysis {

namespace {

QString lastComponent(const QString &path)
{
    const QString clean = QFileInfo(path).fileName();
    return clean.isEmpty() ? QStringLiteral("root") : clean;
}

// ConfigMap and Secret keys allow letters, digits, "-", "_" and ".".
QString fileKey(const QString &fileName)
{
    static const QRegularExpression invalid(QStringLiteral("[^A-Za-z0-9._-]"));
    QString key = fileName;
    key.replace(invalid, QStringLiteral("_"));
    return key;
}

} // namespace

QString HostMountAdvisor::displayPath(const QString &path, const QString &projectDirectory)
{
    if (!projectDirectory.isEmpty() && path.startsWith(projectDirectory + QLatin1Char('/')))
        return QStringLiteral("./") + path.mid(projectDirectory.size() + 1);
    return path;
}

bool HostMountAdvisor::looksLikeFile(const ServiceMount &mount)
{
    const QFileInfo source(mount.source);
    if (source.exists())
        return source.isFile();
    // Not on this machine (a path on the server): judge by the name, as operators do. A ".d"
    // suffix marks a folder of snippets (conf.d, docker-entrypoint-initdb.d).
    static const QStringList knownFiles = {QStringLiteral("Caddyfile"),
                                           QStringLiteral("Corefile"),
                                           QStringLiteral("crontab"),
                                           QStringLiteral("htpasswd"),
                                           QStringLiteral(".htpasswd")};
    for (const QFileInfo &name : {source, QFileInfo(mount.target)}) {
        if (knownFiles.contains(name.fileName()))
            return true;
        if (!name.suffix().isEmpty() && name.suffix() != QLatin1String("d"))
            return true;
    }
    return false;
}

bool HostMountAdvisor::holdsCredentials(const QString &fileName)
{
    static const QRegularExpression credentials(
        QStringLiteral("htpasswd|passw|secret|token|credential|id_rsa|id_ed25519|acme\\.json|\\.key$|\\.pem$|"
                       "\\.p12$|\\.pfx$|\\.jks$"),
        QRegularExpression::CaseInsensitiveOption);
    return credentials.match(fileName).hasMatch();
}

HostMountAdvisor::Replacement HostMountAdvisor::advise(const ComposeService &service,
                                                       const ServiceMount &mount,
                                                       const QString &projectDirectory)
{
    const QString shown = displayPath(mount.source, projectDirectory);
    Replacement replacement;
    replacement.mountPath = mount.target;
    replacement.readOnly = mount.readOnly;
    if (HostMountRules::isHostSystemPath(mount.source)) {
        replacement.kind = Kind::HostPath;
        replacement.proposal = tr("a hostPath volume, which only suits a node agent: run it as a DaemonSet, or drop "
                                  "the mount if the service does not need the host's %1")
                                   .arg(shown);
        return replacement;
    }
    const QString fileName = lastComponent(mount.source);
    const bool file = looksLikeFile(mount);
    if (file && holdsCredentials(fileName) && mount.readOnly) {
        replacement.kind = Kind::Secret;
        replacement.objectName = KubernetesNames::derived(service.name, fileName);
        replacement.fileKey = fileKey(fileName);
        replacement.proposal = tr("a Secret: kubectl create secret generic %1 --from-file=%2=%3")
                                   .arg(replacement.objectName, replacement.fileKey, shown);
        return replacement;
    }
    if (mount.readOnly) {
        replacement.kind = Kind::ConfigMap;
        replacement.objectName = KubernetesNames::derived(service.name, fileName);
        if (file)
            replacement.fileKey = fileKey(fileName);
        replacement.proposal = file ? tr("a ConfigMap: kubectl create configmap %1 --from-file=%2=%3")
                                          .arg(replacement.objectName, replacement.fileKey, shown)
                                    : tr("a ConfigMap with one key per file: kubectl create configmap %1 "
                                         "--from-file=%2")
                                          .arg(replacement.objectName, shown);
        return replacement;
    }
    // Written by the container: the data has to live on a volume that follows the pod.
    replacement.kind = Kind::PersistentVolumeClaim;
    replacement.mountPath = file ? QFileInfo(mount.target).path() : mount.target;
    replacement.objectName = KubernetesNames::derived(service.name, lastComponent(replacement.mountPath));
    replacement.proposal = file ? tr("a PersistentVolumeClaim \"%1\" mounted at %2 (the file's folder), with %3 "
                                     "copied into it")
                                      .arg(replacement.objectName, replacement.mountPath, shown)
                                : tr("a PersistentVolumeClaim \"%1\" with the contents of %2 copied into it")
                                      .arg(replacement.objectName, shown);
    return replacement;
}

} // namespace Leitstand::Analysis
