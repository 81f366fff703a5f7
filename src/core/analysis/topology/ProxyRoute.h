#pragma once

#include <QString>
#include <QStringList>

namespace Leitstand::Analysis {

// One route a reverse proxy serves, read from the labels of the container it leads to
// (Traefik's docker provider, caddy-docker-proxy).
struct ProxyRoute
{
    QString provider; // "traefik" or "caddy"
    QString router;   // Traefik router name; for Caddy the label prefix ("caddy", "caddy_1")
    QString service;  // the compose service that carries the labels: where the route leads
    QString rule;     // as written: a Traefik rule, or Caddy's site address
    QStringList hosts;
    QStringList paths;
    QStringList entrypoints;
    bool tls = false;
    QString certResolver; // Traefik tls.certresolver; Caddy's tls value (an issuer or "internal")
    QStringList middlewares;
    QString backend; // Traefik service name ("n8n", "api@internal"); empty when implicit
    QString port;    // container port the proxy forwards to; empty when unknown

    friend bool operator==(const ProxyRoute &, const ProxyRoute &) = default;

    // Whether an image reference names `repository` as its last path segment (tag, digest and
    // registry ignored), e.g. "traefik:v2.11" or "lucaslorentz/caddy-docker-proxy" for "caddy".
    static bool imageIs(const QString &image, QLatin1String repository);
};

} // namespace Leitstand::Analysis
