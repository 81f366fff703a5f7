#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace Leitstand {

// Writes the canonical document as YAML, the `config --format yaml` twin of the JSON output.
// Strings that YAML would read as something else ("8080", "true", "on", "null", "0755",
// "1e3") are quoted, so reading the text back gives the same types. The parts that only
// compose's JSON has (null command and entrypoint, empty ipam, deploy resources and
// placement) are left out, as compose's YAML leaves them out.
class CanonicalYamlWriter final
{
public:
    static QByteArray write(const QJsonObject &canonical);
};

} // namespace Leitstand
