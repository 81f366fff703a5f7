#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace Leitstand::Analysis {

// Writes Kubernetes objects as one multi-document YAML stream with yaml-cpp's emitter.
// apiVersion, kind and metadata come first, the remaining keys in alphabetical order; every
// string that YAML would read as something else ("5432", "true", "off", "1.0") is quoted, so
// environment values and ConfigMap data stay strings, as the API requires.
class ManifestYamlEmitter final
{
public:
    static QByteArray emitDocuments(const QList<QJsonObject> &objects);
};

} // namespace Leitstand::Analysis
