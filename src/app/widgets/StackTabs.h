#pragma once

#include "core/SourceLocation.h"
#include "workspace/LoadedHost.h"

#include <QList>
#include <QStringList>
#include <QTabWidget>

#include <memory>
#include <optional>

namespace Leitstand {

class StackView;

// The per-stack tabs (Topology, Services, Ports, Review, Editor; Health and Backups later). Each
// tab is a StackView; adding one is one line in the constructor. A view is handed the stack
// when it is (or becomes) the current tab, so hidden tabs never lay out graphs nobody looks at.
class StackTabs final : public QTabWidget
{
    Q_OBJECT

public:
    explicit StackTabs(QWidget *parent = nullptr);
    ~StackTabs() override;

    // host is null for "Local files". The stack is copied: views may keep references to it.
    void showStack(const LoadedHost *host, const LoadedStack &stack);
    void selectService(const QString &serviceName);

    // Tabs by stable key ("topology", "services", "ports", "review", "editor"), for the command
    // line, the settings and tests; titles are translated and may change.
    QStringList tabKeys() const;
    QString currentTabKey() const;
    bool showTab(const QString &key);
    StackView *view(const QString &key) const;

    void showNextTab();
    void showPreviousTab();
    // Asks the editor tab to show a place of the stack's files; false without an editor tab.
    bool showLocation(const SourceLocation &location);

    // True while the editor tab holds edits that are not saved.
    bool hasUnsavedChanges() const;

Q_SIGNALS:
    void serviceActivated(const QString &serviceName);
    // The editor saved a copy of a read-only stack (the demo): these compose files can be opened.
    void copySaved(const QStringList &composeFiles);

private:
    // What the views were last given; each view keeps the one it holds alive.
    struct Shown
    {
        std::optional<LoadedHost> host;
        LoadedStack stack;
    };
    struct Tab
    {
        QString key;
        StackView *view = nullptr;
        std::shared_ptr<const Shown> shown;
        QString selectedService;
    };

    template<typename View>
    void addView(const QString &key, const QString &title);
    void bringUpToDate(int index);

    QList<Tab> m_tabs;
    std::shared_ptr<const Shown> m_current;
    QString m_selectedService;
};

} // namespace Leitstand
