#include "SecretRules.h"

#include <QRegularExpression>
#include <QStringList>

namespace Leitstand::Analysis {

namespace {

bool isSecretWord(const QString &word)
{
    static const QStringList words = {QStringLiteral("PASSWORD"),
                                      QStringLiteral("PASSWD"),
                                      QStringLiteral("PASS"),
                                      QStringLiteral("SECRET"),
                                      QStringLiteral("TOKEN"),
                                      QStringLiteral("KEY"),
                                      QStringLiteral("APIKEY"),
                                      QStringLiteral("PASSPHRASE")};
    return words.contains(word);
}

} // namespace

bool SecretRules::isSecretName(const QString &name)
{
    static const QRegularExpression separators(QStringLiteral("[_.-]+"));
    const QStringList words = name.toUpper().split(separators, Qt::SkipEmptyParts);
    for (qsizetype i = words.size() - 1; i >= 0; --i) {
        if (isSecretWord(words.at(i)))
            return true;
        if (words.at(i) != QLatin1String("BASE"))
            return false;
    }
    return false;
}

bool SecretRules::isSecretValue(const QString &value)
{
    static const QStringList flags = {QStringLiteral("true"),
                                      QStringLiteral("false"),
                                      QStringLiteral("yes"),
                                      QStringLiteral("no"),
                                      QStringLiteral("on"),
                                      QStringLiteral("off"),
                                      QStringLiteral("0"),
                                      QStringLiteral("1")};
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty() || flags.contains(trimmed.toLower()))
        return false;
    return !trimmed.startsWith(QLatin1Char('/'));
}

bool SecretRules::hasCredentialsInUrl(const QString &value)
{
    static const QRegularExpression userInfo(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://[^/@\\s]*:[^/@\\s]+@"));
    return userInfo.match(value).hasMatch();
}

} // namespace Leitstand::Analysis
