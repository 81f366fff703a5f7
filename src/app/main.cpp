#include "MainWindow.h"
#include "StartupOptions.h"
#include "TranslationInstaller.h"
#include "widgets/Appearance.h"
#include "widgets/StackTabs.h"

#include <QApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Leitstand"));
    QApplication::setApplicationName(QStringLiteral("Leitstand"));
    QApplication::setApplicationVersion(QStringLiteral(LEITSTAND_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("leitstand"));

    using namespace Leitstand;
    TranslationInstaller::install(application, StartupOptions::requestedLanguage(QApplication::arguments()));
    const StartupOptions options = StartupOptions::fromCommandLine(application);
    if (!options.problem.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(options.problem));
        return 2;
    }

    MainWindow window;
    if (!options.appearance.isEmpty())
        window.appearance()->setMode(Appearance::modeFromKey(options.appearance));
    window.show();
    if (!options.composePaths.isEmpty())
        window.openComposePaths(options.composePaths);
    else
        window.openWorkspaceFile(options.workspaceFile.isEmpty() ? MainWindow::demoWorkspacePath()
                                                                 : options.workspaceFile);
    if (!options.selection.isEmpty() && !window.selectPath(options.selection))
        std::fprintf(stderr, "%s\n", qPrintable(MainWindow::tr("Nothing to select at %1.").arg(options.selection)));
    if (!options.tab.isEmpty() && !window.stackTabs()->showTab(options.tab)) {
        std::fprintf(stderr,
                     "%s\n",
                     qPrintable(MainWindow::tr("No tab \"%1\"; the tabs are: %2.")
                                    .arg(options.tab, window.stackTabs()->tabKeys().join(QStringLiteral(", ")))));
    }
    return QApplication::exec();
}
