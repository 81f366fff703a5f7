#include "ProjectNameRules.h"

#include <algorithm>

namespace Leitstand {

namespace {

bool isNameChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
           || c == QLatin1Char('_') || c == QLatin1Char('-');
}

bool isLeadChar(QChar c)
{
    return isNameChar(c) && c != QLatin1Char('_') && c != QLatin1Char('-');
}

} // namespace

bool ProjectNameRules::isValid(const QString &name)
{
    if (name.isEmpty() || !isLeadChar(name.front()))
        return false;
    return std::all_of(name.cbegin(), name.cend(), isNameChar);
}

QString ProjectNameRules::fromFolderName(const QString &folderName)
{
    QString name;
    for (const QChar c : folderName.toLower()) {
        if (isNameChar(c))
            name.append(c);
    }
    while (!name.isEmpty() && !isLeadChar(name.front()))
        name.remove(0, 1);
    return name;
}

} // namespace Leitstand
