#pragma once

#include <QIcon>

namespace Leitstand {

struct ComposeService;
enum class ServiceKind;

// The icons the app draws itself, one per kind of item, so that a tree of hosts, stacks and
// services can be scanned by shape before reading. They follow light and dark mode on their
// own (see ThemedSvgIconEngine); views that paint many rows keep their own copies.
class AppIcons final
{
public:
    static QIcon application();
    static QIcon workspace();
    static QIcon host();
    static QIcon localFiles();
    static QIcon stack();
    static QIcon brokenStack();
    static QIcon service();
    static QIcon database();
    static QIcon error();
    static QIcon search();
    // By what the service is for, as the topology graph draws it: database, cache, proxy, …
    static QIcon serviceKind(ServiceKind kind);
    static QIcon forService(const ComposeService &service);

    // Databases and stores get their own icon: they are what backups and restores are about.
    static bool isDataStore(const ComposeService &service);

private:
    static QIcon themed(const QString &name);
};

} // namespace Leitstand
