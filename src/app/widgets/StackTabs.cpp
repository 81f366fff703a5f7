#include "StackTabs.h"

#include "StackDetailsWidget.h"
// StackEditor.h uses QPointer<StackEditSession> inline, which needs the complete type.
#include "views/editor/StackEditSession.h"
#include "views/editor/StackEditor.h"
#include "views/editor/YamlEditor.h"
#include "views/ports/PortsView.h"
#include "views/review/ReviewView.h"
#include "views/topology/TopologyView.h"

#include <algorithm>

namespace Leitstand {

StackTabs::StackTabs(QWidget *parent)
    : QTabWidget(parent)
{
    setObjectName(QStringLiteral("stackTabs"));
    setDocumentMode(true);
    // One line per view; the key names the tab for --tab, the settings and tests.
    addView<TopologyView>(QStringLiteral("topology"), tr("Topology"));
    addView<StackDetailsWidget>(QStringLiteral("services"), tr("Services"));
    addView<PortsView>(QStringLiteral("ports"), tr("Ports"));
    addView<ReviewView>(QStringLiteral("review"), tr("Review"));
    addView<StackEditor>(QStringLiteral("editor"), tr("Editor"));
    if (auto *editor = qobject_cast<StackEditor *>(view(QStringLiteral("editor"))))
        connect(editor, &StackEditor::copySaved, this, &StackTabs::copySaved);
    connect(this, &QTabWidget::currentChanged, this, &StackTabs::bringUpToDate);
}

StackTabs::~StackTabs() = default;

template<typename View>
void StackTabs::addView(const QString &key, const QString &title)
{
    auto *view = new View(this);
    view->setObjectName(key + QStringLiteral("View"));
    m_tabs.append({key, view, nullptr, QString()});
    addTab(view, title);
    connect(view, &StackView::serviceActivated, this, [this, view](const QString &serviceName) {
        // The view that reports a choice already shows it; only the others need to follow.
        for (Tab &tab : m_tabs) {
            if (tab.view == view)
                tab.selectedService = serviceName;
        }
        m_selectedService = serviceName;
        Q_EMIT serviceActivated(serviceName);
    });
}

void StackTabs::showStack(const LoadedHost *host, const LoadedStack &stack)
{
    auto shown = std::make_shared<Shown>();
    if (host)
        shown->host = *host;
    shown->stack = stack;
    m_current = std::move(shown);
    m_selectedService.clear();
    bringUpToDate(currentIndex());
}

void StackTabs::selectService(const QString &serviceName)
{
    m_selectedService = serviceName;
    bringUpToDate(currentIndex());
}

void StackTabs::bringUpToDate(int index)
{
    if (index < 0 || index >= m_tabs.size() || !m_current)
        return;
    Tab &tab = m_tabs[index];
    if (tab.shown != m_current) {
        tab.shown = m_current;
        tab.selectedService.clear();
        tab.view->showStack(tab.shown->host ? &*tab.shown->host : nullptr, tab.shown->stack);
    }
    if (tab.selectedService != m_selectedService) {
        tab.selectedService = m_selectedService;
        tab.view->selectService(m_selectedService);
    }
}

QStringList StackTabs::tabKeys() const
{
    QStringList keys;
    for (const Tab &tab : m_tabs)
        keys.append(tab.key);
    return keys;
}

QString StackTabs::currentTabKey() const
{
    const int index = currentIndex();
    return index >= 0 && index < m_tabs.size() ? m_tabs.at(index).key : QString();
}

bool StackTabs::showTab(const QString &key)
{
    for (int index = 0; index < m_tabs.size(); ++index) {
        if (m_tabs.at(index).key == key) {
            setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

StackView *StackTabs::view(const QString &key) const
{
    for (const Tab &tab : m_tabs) {
        if (tab.key == key)
            return tab.view;
    }
    return nullptr;
}

void StackTabs::showNextTab()
{
    if (count() > 0)
        setCurrentIndex((currentIndex() + 1) % count());
}

void StackTabs::showPreviousTab()
{
    if (count() > 0)
        setCurrentIndex((currentIndex() + count() - 1) % count());
}

bool StackTabs::hasUnsavedChanges() const
{
    const auto *editor = qobject_cast<const StackEditor *>(view(QStringLiteral("editor")));
    return editor && editor->hasUnsavedChanges();
}

bool StackTabs::showLocation(const SourceLocation &location)
{
    auto *editor = qobject_cast<StackEditor *>(view(QStringLiteral("editor")));
    if (!location.isValid() || !editor || !showTab(QStringLiteral("editor")))
        return false;
    if (!location.file.isEmpty() && !editor->showFile(location.file))
        return false;
    editor->yamlEditor()->goToLine(std::max(location.line, 1), std::max(location.column, 1));
    editor->yamlEditor()->setFocus(Qt::OtherFocusReason);
    return true;
}

} // namespace Leitstand
