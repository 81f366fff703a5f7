#pragma once

#include "core/model/ComposeProject.h"

#include <QString>

namespace Leitstand::Analysis {

// Which workload a service becomes. A Job when other services wait for it to complete
// (service_completed_successfully); a StatefulSet when it keeps state: a database, cache,
// queue or object store image, or a named volume; a Deployment otherwise.
class WorkloadClassifier final
{
public:
    static QString kind(const ComposeService &service, const ComposeProject &project);
    // Data stores by image name: postgres, mysql, mariadb, mongo, redis, clickhouse, kafka, ...
    static bool isStatefulImage(const QString &image);
    static bool hasNamedVolume(const ComposeService &service);
    static bool isAwaitedCompletion(const ComposeService &service, const ComposeProject &project);
};

} // namespace Leitstand::Analysis
