#include "PortBindingCollector.h"

namespace Leitstand::Analysis {

namespace {

int parsePort(QStringView text)
{
    bool ok = false;
    const int port = text.toInt(&ok);
    return ok && port >= 0 && port <= 65535 && !text.startsWith(QLatin1Char('+')) ? port : -1;
}

} // namespace

QList<int> PortBindingCollector::expandPorts(QStringView text)
{
    const qsizetype dash = text.indexOf(QLatin1Char('-'));
    const int first = parsePort(dash < 0 ? text : text.left(dash));
    const int last = dash < 0 ? first : parsePort(text.mid(dash + 1));
    QList<int> ports;
    if (first < 0 || last < first)
        return ports;
    ports.reserve(last - first + 1);
    for (int port = first; port <= last; ++port)
        ports.append(port);
    return ports;
}

void PortBindingCollector::collect(const QString &stack, const ComposeService &service, QList<PortMatrixBinding> &into)
{
    for (const PortBinding &port : service.ports) {
        PortMatrixBinding row{stack, service.name, port.hostIp, -1, port.target, port.protocol, PortExposure::Internal};
        // Without a published port the engine still publishes the container port, on an
        // ephemeral host port of the given address: reachable like any other published port,
        // so the address decides the exposure; only `expose` is internal.
        row.exposure = PortExposureRules::classify(port.hostIp);
        const QList<int> published = port.isPublished() ? expandPorts(port.published) : QList<int>();
        if (published.isEmpty() || (published.size() == 1 && published.first() == 0)) {
            into.append(row);
            continue;
        }
        for (const int hostPort : published) {
            row.published = hostPort;
            into.append(row);
        }
    }
    for (const QString &exposed : service.expose) {
        const qsizetype slash = exposed.indexOf(QLatin1Char('/'));
        const QString protocol = slash < 0 ? QStringLiteral("tcp") : exposed.mid(slash + 1).toLower();
        for (const int target : expandPorts(QStringView(exposed).left(slash < 0 ? exposed.size() : slash)))
            into.append({stack, service.name, QString(), -1, target, protocol, PortExposure::Internal});
    }
}

} // namespace Leitstand::Analysis
