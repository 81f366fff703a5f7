#pragma once

#include <QCoreApplication>

class QMenu;

namespace Leitstand {

namespace Ui {
class MainWindow;
}

class MainWindow;
class RecentFilesMenu;
class ServiceSearchBox;

// The keyboard shortcuts and menu wiring of the main window, in one place so that the scheme
// can be read (and kept free of clashes) at a glance:
//   Ctrl+O folder, Ctrl+Shift+O compose files, F5 / Ctrl+R reload, Ctrl+F / Ctrl+K find service,
//   Ctrl+PgDown / Ctrl+PgUp next / previous tab, Ctrl+1… a tab by position, Alt+1 sidebar,
//   Alt+2 details, Alt+3 jobs, Alt+4 log, F11 full screen, Ctrl+Q quit.
class MainWindowActions final
{
    Q_DECLARE_TR_FUNCTIONS(MainWindowActions)

public:
    static void install(MainWindow &window, Ui::MainWindow &ui, ServiceSearchBox &searchBox);
    static RecentFilesMenu *installRecentFiles(MainWindow &window, Ui::MainWindow &ui);

private:
    static void installFileActions(MainWindow &window, Ui::MainWindow &ui);
    static void installDockToggles(Ui::MainWindow &ui);
    static void installTabActions(MainWindow &window, Ui::MainWindow &ui);
    static void installAppearanceMenu(MainWindow &window, Ui::MainWindow &ui);
};

} // namespace Leitstand
