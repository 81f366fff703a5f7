#pragma once

#include <QWidget>

namespace Leitstand {

struct LoadedHost;
struct LoadedStack;

// One tab of the per-stack area (Topology, Ports, Review, Editor; Health and Backups later).
// The main window owns the tabs and hands every view the stack the operator selected; views
// report a chosen service back so that the details panel and the other tabs follow it.
class StackView : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // `host` is null for compose files opened from disk ("Local files").
    virtual void showStack(const LoadedHost *host, const LoadedStack &stack) = 0;
    // Highlights a service chosen elsewhere (sidebar, search, another tab); empty clears it.
    virtual void selectService(const QString &serviceName) = 0;

Q_SIGNALS:
    void serviceActivated(const QString &serviceName);
};

} // namespace Leitstand
