#pragma once

#include "ProxyRoute.h"
#include "core/model/ComposeService.h"

#include <QList>

namespace Leitstand::Analysis {

// Reads caddy-docker-proxy's labels: every site block (`caddy: example.com`, `caddy_1: ...`)
// becomes one route to the labelled service, with the port of `{{upstreams 8080}}` in a
// reverse_proxy directive (also nested in handle / handle_path, whose matcher is the path) and
// the site's tls value. Sites written with http:// are served without TLS; all others get
// Caddy's automatic HTTPS.
class CaddyLabelReader final
{
public:
    static bool isProxy(const ComposeService &service)
    {
        return ProxyRoute::imageIs(service.image, QLatin1String("caddy"));
    }
    static QList<ProxyRoute> routes(const ComposeService &service);
};

} // namespace Leitstand::Analysis
