#pragma once

#include <QIcon>

namespace Leitstand {

struct ComposeService;

// The icons the app draws itself, one per kind of item, so that a tree of hosts, stacks and
// services can be scanned by shape before reading. Each call makes a new QIcon; views that
// paint many rows keep their own copies so the SVGs are rendered once.
class AppIcons final
{
public:
    static QIcon application();
    static QIcon workspace();
    static QIcon host();
    static QIcon stack();
    static QIcon service();
    static QIcon database();
    static QIcon error();

    // Databases and stores get their own icon: they are what backups and restores are about.
    static bool isDataStore(const ComposeService &service);
};

} // namespace Leitstand
