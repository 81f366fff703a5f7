#include "MainWindow.h"
#include "StartupOptions.h"
#include "TranslationInstaller.h"

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
    window.show();
    if (!options.composePaths.isEmpty())
        window.openComposePaths(options.composePaths);
    else
        window.openWorkspaceFile(options.workspaceFile.isEmpty() ? MainWindow::demoWorkspacePath()
                                                                 : options.workspaceFile);
    return QApplication::exec();
}
