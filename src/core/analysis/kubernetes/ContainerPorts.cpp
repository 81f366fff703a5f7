#include "ContainerPorts.h"

#include <algorithm>
#include <tuple>

namespace Leitstand::Analysis {

namespace {

constexpr int HighestPort = 65535;

void add(QList<ContainerPorts::Port> &ports, int number, const QString &protocol)
{
    if (number <= 0 || number > HighestPort)
        return;
    const ContainerPorts::Port port{number, protocol.toUpper()};
    if (!ports.contains(port))
        ports.append(port);
}

} // namespace

QString ContainerPorts::Port::name() const
{
    return protocol.toLower() + QLatin1Char('-') + QString::number(number);
}

QList<ContainerPorts::Port> ContainerPorts::of(const ComposeService &service)
{
    QList<Port> ports;
    for (const PortBinding &binding : service.ports)
        add(ports, binding.target, binding.protocol.isEmpty() ? QStringLiteral("tcp") : binding.protocol);
    // expose: "8081", "8081/udp" or a range "3000-3002".
    for (const QString &entry : service.expose) {
        const QString spec = entry.section(QLatin1Char('/'), 0, 0);
        const QString protocol
            = entry.contains(QLatin1Char('/')) ? entry.section(QLatin1Char('/'), 1) : QStringLiteral("tcp");
        const int first = spec.section(QLatin1Char('-'), 0, 0).toInt();
        const int last = spec.contains(QLatin1Char('-')) ? spec.section(QLatin1Char('-'), 1).toInt() : first;
        for (int number = first; number <= last && number - first < 1000; ++number)
            add(ports, number, protocol);
    }
    std::sort(ports.begin(), ports.end(), [](const Port &a, const Port &b) {
        return std::tie(a.number, a.protocol) < std::tie(b.number, b.protocol);
    });
    return ports;
}

} // namespace Leitstand::Analysis
