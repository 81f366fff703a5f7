#pragma once

#include "core/model/ComposeService.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace Leitstand::Internal {

// The property/value rows of one group of the details panel. Kept apart from the model so the
// model only deals with rows, masking and reveal.
class ServiceDetailsSections final
{
    Q_DECLARE_TR_FUNCTIONS(ServiceDetailsSections)

public:
    using Rows = QList<QPair<QString, QString>>;

    static Rows container(const ComposeService &service);
    static Rows ports(const ComposeService &service);
    static Rows dependencies(const ComposeService &service);
    static Rows healthCheck(const HealthCheck &healthCheck);
    static Rows networks(const ComposeService &service);
    static Rows mounts(const ComposeService &service);
    static Rows secretsAndConfigs(const ComposeService &service);
};

} // namespace Leitstand::Internal
