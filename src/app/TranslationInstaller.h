#pragma once

#include <QString>

class QCoreApplication;

namespace Leitstand {

// Installs the app's translations and Qt's own (dialog buttons, context menus) for one language.
class TranslationInstaller final
{
public:
    // language: "de", "en", or empty for the system's preferred languages.
    static void install(QCoreApplication &application, const QString &language);
};

} // namespace Leitstand
