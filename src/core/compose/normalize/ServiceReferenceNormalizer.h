#pragma once

#include "../../Expected.h"
#include "../../yaml/YamlNode.h"
#include "NormalizeScope.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Leitstand::Internal {

// The attributes of a service that name other parts of the project: networks, depends_on,
// secrets and configs. `path` is the service's place in the document, "services.NAME". References to undefined
// networks, secrets or configs are errors at the reference; the resources referenced are recorded in the scope as used.
class ServiceReferenceNormalizer final
{
    Q_DECLARE_TR_FUNCTIONS(ServiceReferenceNormalizer)

public:
    // Build secrets name the same top-level secrets but get no default target.
    enum class FileKind { Secret, BuildSecret, Config };

    // {network: null | {aliases, ipv4_address, ...}}; {"default": null} when the service names
    // none; Undefined with network_mode, which excludes networks.
    static Expected<QJsonValue> networks(const YamlNode &service, const QString &path, NormalizeScope &scope);
    // {service: {condition, required[, restart]}}, including the dependencies compose infers
    // from links, volumes_from and "service:NAME" namespaces; Undefined when there are none.
    static Expected<QJsonValue> dependsOn(const YamlNode &service, const QString &path);
    // The list under `key` ("secrets", "configs", "build.secrets") of the service at `path`.
    // Secrets get the target compose gives them by default, /run/secrets/SOURCE.
    static Expected<QJsonArray> fileMounts(
        const YamlNode &list, const QString &path, const char *key, FileKind kind, NormalizeScope &scope);
};

} // namespace Leitstand::Internal
