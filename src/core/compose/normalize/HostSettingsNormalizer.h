#pragma once

#include "../../Expected.h"
#include "../../yaml/YamlNode.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace Leitstand::Internal {

// Attributes that shape the container's view of the host, shared by services and builds.
class HostSettingsNormalizer final
{
    Q_DECLARE_TR_FUNCTIONS(HostSettingsNormalizer)

public:
    // extra_hosts as compose prints it: a sorted list of "host=ip" (the "=" keeps IPv6
    // addresses readable), from "host:ip" or "host=ip" items, comma-separated addresses or a
    // mapping; brackets around addresses are dropped.
    static Expected<QJsonArray> extraHosts(const YamlNode &hosts, const QString &field);
    // ulimits: a number for a single limit, {soft, hard} otherwise.
    static Expected<QJsonObject> ulimits(const YamlNode &limits, const QString &field);
    // devices in the long form {source, target, permissions}; "SOURCE[:TARGET[:PERMISSIONS]]"
    // items get the target of the source and the permissions "rwm" when left out.
    static Expected<QJsonArray> devices(const YamlNode &devices, const QString &field);
};

} // namespace Leitstand::Internal
