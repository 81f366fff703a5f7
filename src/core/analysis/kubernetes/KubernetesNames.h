#pragma once

#include <QString>

namespace Leitstand::Analysis {

// Names and quantities in the forms the Kubernetes API accepts.
class KubernetesNames final
{
public:
    // An RFC 1035 label (Service and namespace names): lowercase letters, digits and "-",
    // starting with a letter, at most 63 characters. Compose names mostly are one already;
    // "_" and "." become "-".
    static QString label(const QString &name);
    // A name for a derived object ("<service>-env", "<service>-<file>"), kept within 63.
    static QString derived(const QString &base, const QString &suffix);
    // "2 GiB" (the model's form) or a byte count as a Kubernetes quantity: "2Gi", "1536Mi".
    static QString memoryQuantity(const QString &readable);
    // Whole seconds, at least 1, from a compose duration ("1m30s" → 90); fallback when unset.
    static int seconds(const QString &duration, int fallback);
};

} // namespace Leitstand::Analysis
