#include "ComposeProject.h"

#include <algorithm>

namespace Leitstand {

namespace {

template<typename List, typename Pred>
auto findIn(const List &list, Pred pred) -> decltype(&list.front())
{
    const auto it = std::find_if(list.cbegin(), list.cend(), pred);
    return it == list.cend() ? nullptr : &*it;
}

} // namespace

const ComposeService *ComposeProject::service(const QString &serviceName) const
{
    return findIn(services, [&](const ComposeService &s) { return s.name == serviceName; });
}

const ComposeNetwork *ComposeProject::network(const QString &key) const
{
    return findIn(networks, [&](const ComposeNetwork &n) { return n.key == key; });
}

const ComposeVolume *ComposeProject::volume(const QString &key) const
{
    return findIn(volumes, [&](const ComposeVolume &v) { return v.key == key; });
}

} // namespace Leitstand
