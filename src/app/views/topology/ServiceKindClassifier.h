#pragma once

#include "TopologyDiagram.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace Leitstand {

struct ComposeService;

// Decides what a service is for by its image (and, for workers, by its name or command), so
// that the graph can be read by shape: databases, caches, queues, proxies, monitoring, workers
// and everything else as an app. Unknown images count as apps.
class ServiceKindClassifier final
{
    Q_DECLARE_TR_FUNCTIONS(ServiceKindClassifier)

public:
    static ServiceKind classify(const ComposeService &service);
    static ServiceKind classifyImage(const QString &image);

    static QList<ServiceKind> allKinds();
    static QString displayName(ServiceKind kind);
    static QIcon icon(ServiceKind kind);
};

} // namespace Leitstand
