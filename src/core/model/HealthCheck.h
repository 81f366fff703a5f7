#pragma once

#include <QString>
#include <QStringList>

namespace Leitstand {

// A service's healthcheck. test keeps the exec form: ["CMD", ...], ["CMD-SHELL", "..."] or
// ["NONE"]; a plain string in the file becomes ["CMD-SHELL", string].
struct HealthCheck
{
    bool defined = false;
    bool disabled = false;
    QStringList test;
    QString interval;
    QString timeout;
    QString startPeriod;
    QString startInterval;
    int retries = -1; // -1: not set

    bool isActive() const { return defined && !disabled && !test.isEmpty() && test.first() != QStringLiteral("NONE"); }
    friend bool operator==(const HealthCheck &, const HealthCheck &) = default;
};

} // namespace Leitstand
