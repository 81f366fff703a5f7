#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace Leitstand {

// What the operator asked for on the command line: which workspace or compose projects to open
// and, optionally, the language to use instead of the system's.
struct StartupOptions
{
    Q_DECLARE_TR_FUNCTIONS(StartupOptions)

public:
    QString workspaceFile;
    QStringList composePaths; // compose files or project folders
    QString language;         // "de", "en", or empty for the system locale
    QString selection;        // "HOST/STACK" or "HOST/STACK/SERVICE" to select at start
    QString tab;              // a tab key such as "topology" to show at start
    QString appearance;       // "system", "light", "dark", or empty for the saved choice
    QString problem;          // set when the command line cannot be used as given

    // Handles --help and --version itself (they print and exit, as usual for Qt apps).
    static StartupOptions fromCommandLine(const QCoreApplication &application);
    // The --language value alone, read before any text is translated (the help text included).
    static QString requestedLanguage(const QStringList &arguments);
    static QStringList supportedLanguages();
};

} // namespace Leitstand
