#pragma once

#include "ProxyRoute.h"
#include "core/model/ComposeService.h"

#include <QList>

namespace Leitstand::Analysis {

// Reads the routers of Traefik's docker provider from a service's labels, in the list form
// ("- traefik.http.routers.x.rule=Host(`a.b`)") or the map form alike (the loader turns both
// into one map): rule with its Host/HostSNI and Path/PathPrefix matchers, entrypoints, TLS and
// cert resolver, middlewares, and the container port from the router's service
// (loadbalancer.server.port), or the one port the container exposes, as Traefik itself does.
class TraefikLabelReader final
{
public:
    static bool isProxy(const ComposeService &service)
    {
        return ProxyRoute::imageIs(service.image, QLatin1String("traefik"));
    }
    static QList<ProxyRoute> routes(const ComposeService &service);
};

} // namespace Leitstand::Analysis
