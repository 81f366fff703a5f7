#include "ProfileFilter.h"

namespace Leitstand {

bool ProfileFilter::isEnabled(const YamlNode &service, const QStringList &activeProfiles)
{
    const YamlNode *profiles = service.isMapping() ? service.find("profiles") : nullptr;
    if (!profiles || profiles->isNull() || (profiles->isSequence() && profiles->items().empty()))
        return true;
    if (activeProfiles.contains(QStringLiteral("*")))
        return true;
    if (profiles->isScalar())
        return activeProfiles.contains(profiles->text());
    for (const YamlNode &profile : profiles->items()) {
        if (activeProfiles.contains(profile.text()))
            return true;
    }
    return false;
}

QList<DisabledService> ProfileFilter::disabledServices(const YamlNode &document, const QStringList &activeProfiles)
{
    QList<DisabledService> disabled;
    const YamlNode *services = document.find("services");
    if (!services || !services->isMapping())
        return disabled;
    for (const YamlNode::Entry &entry : services->entries()) {
        if (isEnabled(entry.value, activeProfiles))
            continue;
        DisabledService service{QString::fromStdString(entry.key), {}, entry.keyMark.toLocation()};
        if (const YamlNode *profiles = entry.value.find("profiles"); profiles && profiles->isScalar()) {
            service.profiles.append(profiles->text());
        } else if (profiles && profiles->isSequence()) {
            for (const YamlNode &profile : profiles->items())
                service.profiles.append(profile.text());
        }
        disabled.append(std::move(service));
    }
    return disabled;
}

QStringList ProfileFilter::apply(YamlNode &document, const QStringList &activeProfiles)
{
    QStringList disabled;
    YamlNode *services = document.find("services");
    if (!services || !services->isMapping())
        return disabled;
    auto &entries = services->entries();
    for (auto it = entries.begin(); it != entries.end();) {
        if (isEnabled(it->value, activeProfiles)) {
            ++it;
        } else {
            disabled.append(QString::fromStdString(it->key));
            it = entries.erase(it);
        }
    }
    return disabled;
}

} // namespace Leitstand
