#include "TopologyPalette.h"

namespace Leitstand {

QColor TopologyPalette::kindColor(ServiceKind kind)
{
    switch (kind) {
    case ServiceKind::Database:
        return QColor(0x9a, 0x6a, 0x1f);
    case ServiceKind::Cache:
        return QColor(0xb2, 0x3a, 0x30);
    case ServiceKind::Queue:
        return QColor(0x6b, 0x3f, 0xa0);
    case ServiceKind::Proxy:
        return QColor(0x23, 0x84, 0x5a);
    case ServiceKind::Worker:
        return QColor(0x3f, 0x65, 0x77);
    case ServiceKind::Monitoring:
        return QColor(0xa8, 0x66, 0x1b);
    case ServiceKind::External:
        return QColor(0x3d, 0x68, 0x94);
    case ServiceKind::App:
        break;
    }
    return QColor(0x2f, 0x78, 0xb5);
}

QColor TopologyPalette::edgeColor(TopologyEdgeKind kind, const QPalette &palette)
{
    switch (kind) {
    case TopologyEdgeKind::Uses:
        return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.45);
    case TopologyEdgeKind::ProxyRoute:
        return kindColor(ServiceKind::Proxy);
    case TopologyEdgeKind::Entry:
        return kindColor(ServiceKind::External);
    case TopologyEdgeKind::DependsHealthy:
    case TopologyEdgeKind::DependsStarted:
    case TopologyEdgeKind::DependsCompleted:
        break;
    }
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.8);
}

QColor TopologyPalette::nodeFill(ServiceKind kind, const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), kindColor(kind), 0.14);
}

QColor TopologyPalette::zoneFill(bool internal, const QPalette &palette)
{
    return mix(palette.color(QPalette::Window), internal ? QColor(0x6b, 0x3f, 0xa0) : QColor(0x3d, 0x68, 0x94), 0.07);
}

QColor TopologyPalette::zoneBorder(bool internal, const QPalette &palette)
{
    return mix(palette.color(QPalette::Window), internal ? QColor(0x6b, 0x3f, 0xa0) : QColor(0x3d, 0x68, 0x94), 0.55);
}

QColor TopologyPalette::clashBadge()
{
    return QColor(0xd6, 0x45, 0x41);
}

QColor TopologyPalette::publicBadge()
{
    return QColor(0xe0, 0x8a, 0x1e);
}

QColor TopologyPalette::mix(const QColor &base, const QColor &tint, double tintShare)
{
    const double baseShare = 1.0 - tintShare;
    return QColor::fromRgbF(float(base.redF() * baseShare + tint.redF() * tintShare),
                            float(base.greenF() * baseShare + tint.greenF() * tintShare),
                            float(base.blueF() * baseShare + tint.blueF() * tintShare));
}

} // namespace Leitstand
