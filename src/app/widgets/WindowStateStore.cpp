#include "WindowStateStore.h"

#include "StackTabs.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>

namespace Leitstand {

namespace {

const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString StateKey = QStringLiteral("mainWindow/state");
const QString SplitterKey = QStringLiteral("mainWindow/splitter");
const QString TabKey = QStringLiteral("mainWindow/tab");
// Bumped when docks or toolbars change, so an old layout is not forced onto new parts.
constexpr int StateVersion = 2;

} // namespace

void WindowStateStore::restore(QMainWindow &window, QSplitter &splitter, StackTabs &tabs)
{
    const QSettings settings;
    if (!window.restoreGeometry(settings.value(GeometryKey).toByteArray()))
        window.resize(1280, 800);
    if (!window.restoreState(settings.value(StateKey).toByteArray(), StateVersion)) {
        // First start: details beside the stack, jobs and log sharing the bottom.
        QDockWidget *jobs = window.findChild<QDockWidget *>(QStringLiteral("jobsDock"));
        QDockWidget *log = window.findChild<QDockWidget *>(QStringLiteral("logDock"));
        if (jobs && log) {
            window.tabifyDockWidget(jobs, log);
            jobs->raise();
            window.resizeDocks({jobs}, {110}, Qt::Vertical);
        }
        if (QDockWidget *details = window.findChild<QDockWidget *>(QStringLiteral("serviceDetailsDock")))
            window.resizeDocks({details}, {380}, Qt::Horizontal);
    }
    if (!splitter.restoreState(settings.value(SplitterKey).toByteArray()))
        splitter.setSizes({260, 1000});
    tabs.showTab(settings.value(TabKey).toString());
}

void WindowStateStore::save(const QMainWindow &window, const QSplitter &splitter, const StackTabs &tabs)
{
    QSettings settings;
    settings.setValue(GeometryKey, window.saveGeometry());
    settings.setValue(StateKey, window.saveState(StateVersion));
    settings.setValue(SplitterKey, splitter.saveState());
    settings.setValue(TabKey, tabs.currentTabKey());
}

} // namespace Leitstand
