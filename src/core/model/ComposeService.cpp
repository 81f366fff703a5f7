#include "ComposeService.h"

namespace Leitstand {

namespace {

QString lookup(const KeyValueList &pairs, const QString &key)
{
    for (const auto &pair : pairs) {
        if (pair.first == key)
            return pair.second;
    }
    return {};
}

} // namespace

QString ComposeService::environmentValue(const QString &key) const
{
    return lookup(environment, key);
}

QString ComposeService::label(const QString &key) const
{
    return lookup(labels, key);
}

} // namespace Leitstand
