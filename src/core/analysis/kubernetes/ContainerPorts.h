#pragma once

#include "core/model/ComposeService.h"

#include <QList>
#include <QString>

namespace Leitstand::Analysis {

// The ports a service's containers listen on: the targets of `ports` and the entries of
// `expose`, once each, sorted. They become containerPorts and the ports of its Service.
class ContainerPorts final
{
public:
    struct Port
    {
        int number = 0;
        QString protocol; // "TCP", "UDP" or "SCTP", as Kubernetes spells them

        QString name() const; // "tcp-5432": unique within a Service, at most 15 characters
        friend bool operator==(const Port &, const Port &) = default;
    };

    static QList<Port> of(const ComposeService &service);
};

} // namespace Leitstand::Analysis
