#include "TranslationInstaller.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Leitstand {

namespace {

bool installTranslator(QCoreApplication &application,
                       const QLocale &locale,
                       const QString &fileName,
                       const QString &directory)
{
    // Parented to the application: a translator must live as long as anything is shown.
    auto *translator = new QTranslator(&application);
    if (translator->load(locale, fileName, QStringLiteral("_"), directory))
        return QCoreApplication::installTranslator(translator);
    delete translator;
    return false;
}

} // namespace

void TranslationInstaller::install(QCoreApplication &application, const QString &language)
{
    QLocale locale;
    if (!language.isEmpty()) {
        locale = QLocale(language);
        // Numbers and dates follow the chosen language too, not only the words.
        QLocale::setDefault(locale);
    }
    // Languages without a translation get English, whose plural forms ("1 host", "2 hosts") live
    // in a translation file too.
    const QString directory = QStringLiteral(":/i18n");
    if (!installTranslator(application, locale, QStringLiteral("leitstand"), directory))
        installTranslator(application, QLocale(QLocale::English), QStringLiteral("leitstand"), directory);
    installTranslator(
        application, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

} // namespace Leitstand
