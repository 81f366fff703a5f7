#include "ReadinessScore.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace Leitstand::Analysis {

bool ReadinessScore::isMinor(const QString &code)
{
    static const QStringList minor = {QStringLiteral("container-name"),
                                      QStringLiteral("fixed-ip"),
                                      QStringLiteral("no-resource-limits"),
                                      QStringLiteral("service-name"),
                                      QStringLiteral("compose-secret")};
    return minor.contains(code);
}

int ReadinessScore::service(const ServiceMigration &migration)
{
    int score = 100 - BlockerPenalty * static_cast<int>(migration.blockers.size());
    for (const Finding &warning : migration.warnings)
        score -= isMinor(warning.code) ? MinorWarningPenalty : WarningPenalty;
    return std::max(0, score);
}

int ReadinessScore::stack(const QList<ServiceMigration> &services)
{
    if (services.isEmpty())
        return 100;
    double sum = 0;
    qsizetype unblocked = 0;
    for (const ServiceMigration &migration : services) {
        sum += migration.score;
        if (migration.blockers.isEmpty())
            ++unblocked;
    }
    const double count = static_cast<double>(services.size());
    return static_cast<int>(std::lround(sum / count * (static_cast<double>(unblocked) / count)));
}

} // namespace Leitstand::Analysis
