#include "ComposeTreeMerger.h"

#include "../yaml/MappingIndex.h"

#include <algorithm>
#include <string_view>

namespace Leitstand {

namespace {

using Key = std::string_view;

bool isOneOf(Key key, std::initializer_list<Key> names)
{
    return std::find(names.begin(), names.end(), key) != names.end();
}

YamlNode untagged(YamlNode node)
{
    node.setTag(YamlNode::Tag::None);
    ComposeTreeMerger::dropTags(node);
    return node;
}

// "KEY=VALUE" lists become {KEY: VALUE}; a bare "KEY" becomes {KEY: null}.
YamlNode assignmentsAsMapping(const YamlNode &node)
{
    if (!node.isSequence())
        return node;
    YamlNode mapping = YamlNode::mapping(node.mark());
    for (const YamlNode &item : node.items()) {
        const std::string &text = item.scalar();
        const auto equals = text.find('=');
        if (equals == std::string::npos) {
            mapping.set(text, YamlNode::null(item.mark()), item.mark());
        } else {
            // Keeps the analyses' "written literally" mark (plaintext-secret) through the merge.
            YamlNode value = YamlNode::scalar(text.substr(equals + 1), item.mark(), true);
            value.setInterpolated(item.isInterpolated());
            mapping.set(text.substr(0, equals), std::move(value), item.mark());
        }
    }
    return mapping;
}

// [a, b] becomes {a: <value>, b: <value>}.
YamlNode namesAsMapping(const YamlNode &node, const YamlNode &value)
{
    if (!node.isSequence())
        return node;
    YamlNode mapping = YamlNode::mapping(node.mark());
    for (const YamlNode &item : node.items()) {
        YamlNode entryValue = value;
        entryValue.setMark(item.mark());
        mapping.set(item.scalar(), std::move(entryValue), item.mark());
    }
    return mapping;
}

YamlNode startedCondition()
{
    YamlNode condition = YamlNode::mapping();
    condition.set("condition", YamlNode::scalar("service_started"));
    return condition;
}

std::string fieldOr(const YamlNode &node, Key key, std::string fallback = {})
{
    const YamlNode *field = node.find(key);
    return field && field->isScalar() ? field->scalar() : fallback;
}

// The identity of a list entry that compose treats as unique within a service.
std::string identityOf(Key attribute, const YamlNode &item)
{
    if (attribute == "ports") {
        if (item.isMapping()) {
            return fieldOr(item, "host_ip") + '|' + fieldOr(item, "published") + '|' + fieldOr(item, "target") + '|'
                   + fieldOr(item, "protocol", "tcp");
        }
        return item.scalar();
    }
    if (attribute == "volumes" || attribute == "devices") {
        if (item.isMapping())
            return fieldOr(item, "target");
        const std::string &text = item.scalar();
        const auto first = text.find(':');
        if (first == std::string::npos)
            return text;
        const auto second = text.find(':', first + 1);
        return text.substr(first + 1, second == std::string::npos ? std::string::npos : second - first - 1);
    }
    // secrets and configs: the target, which defaults to the source.
    if (item.isMapping()) {
        const std::string target = fieldOr(item, "target");
        return target.empty() ? fieldOr(item, "source") : target;
    }
    return item.scalar();
}

void mergeUniqueList(YamlNode &base, const YamlNode &overlay, Key attribute)
{
    for (const YamlNode &item : overlay.items()) {
        const std::string identity = identityOf(attribute, item);
        auto &items = base.items();
        const auto existing = std::find_if(items.begin(), items.end(), [&](const YamlNode &candidate) {
            return identityOf(attribute, candidate) == identity;
        });
        if (existing != items.end())
            *existing = untagged(item);
        else
            items.push_back(untagged(item));
    }
}

bool sameScalarList(const YamlNode &a, const YamlNode &b)
{
    return a.isScalar() && b.isScalar() && a.scalar() == b.scalar();
}

void appendWithoutRepeats(YamlNode &base, const YamlNode &overlay)
{
    for (const YamlNode &item : overlay.items()) {
        auto &items = base.items();
        const bool present = item.isScalar() && std::any_of(items.begin(), items.end(), [&](const YamlNode &existing) {
                                 return sameScalarList(existing, item);
                             });
        if (!present)
            items.push_back(untagged(item));
    }
}

void mergeMappings(YamlNode &base, const YamlNode &overlay, void (*mergeValue)(YamlNode &, const YamlNode &, Key));

void mergeGeneric(YamlNode &base, const YamlNode &overlay, Key)
{
    if (base.isMapping() && overlay.isMapping()) {
        mergeMappings(base, overlay, mergeGeneric);
    } else if (base.isSequence() && overlay.isSequence()) {
        appendWithoutRepeats(base, overlay);
    } else {
        base = untagged(overlay);
    }
}

void mergeHealthcheckValue(YamlNode &base, const YamlNode &overlay, Key key)
{
    if (key == "test")
        base = untagged(overlay);
    else
        mergeGeneric(base, overlay, key);
}

void mergeServiceAttribute(YamlNode &base, const YamlNode &overlay, Key attribute)
{
    if (isOneOf(attribute, {"command", "entrypoint"})) {
        base = untagged(overlay);
    } else if (attribute == "healthcheck" && base.isMapping() && overlay.isMapping()) {
        mergeMappings(base, overlay, mergeHealthcheckValue);
    } else if (isOneOf(attribute, {"ports", "volumes", "devices", "secrets", "configs"}) && base.isSequence()
               && overlay.isSequence()) {
        mergeUniqueList(base, overlay, attribute);
    } else if (isOneOf(attribute, {"environment", "labels", "annotations", "sysctls"})) {
        base = assignmentsAsMapping(base);
        mergeMappings(base, assignmentsAsMapping(overlay), mergeGeneric);
    } else if (attribute == "depends_on") {
        base = namesAsMapping(base, startedCondition());
        mergeMappings(base, namesAsMapping(overlay, startedCondition()), mergeGeneric);
    } else if (attribute == "networks") {
        base = namesAsMapping(base, YamlNode::null());
        mergeMappings(base, namesAsMapping(overlay, YamlNode::null()), mergeGeneric);
    } else if (attribute == "build" && (base.isScalar() || overlay.isScalar())) {
        auto asMapping = [](const YamlNode &node) {
            if (!node.isScalar())
                return node;
            YamlNode mapping = YamlNode::mapping(node.mark());
            mapping.set("context", node, node.mark());
            return mapping;
        };
        base = asMapping(base);
        mergeMappings(base, asMapping(overlay), mergeGeneric);
    } else if (attribute == "env_file" && (base.isScalar() || overlay.isScalar())) {
        auto asList = [](const YamlNode &node) {
            if (!node.isScalar())
                return node;
            YamlNode list = YamlNode::sequence(node.mark());
            list.append(node);
            return list;
        };
        base = asList(base);
        appendWithoutRepeats(base, asList(overlay));
    } else {
        mergeGeneric(base, overlay, attribute);
    }
}

void mergeMappings(YamlNode &base, const YamlNode &overlay, void (*mergeValue)(YamlNode &, const YamlNode &, Key))
{
    MappingIndex index(base);
    for (const YamlNode::Entry &entry : overlay.entries()) {
        if (entry.value.tag() == YamlNode::Tag::Reset) {
            index.remove(entry.key);
            continue;
        }
        YamlNode *existing = index.find(entry.key);
        if (!existing || existing->isNull() || entry.value.tag() == YamlNode::Tag::Override) {
            index.set(entry, untagged(entry.value));
            continue;
        }
        mergeValue(*existing, entry.value, entry.key);
    }
}

void mergeServices(YamlNode &base, const YamlNode &overlay, Key)
{
    if (base.isMapping() && overlay.isMapping())
        ComposeTreeMerger::mergeService(base, overlay);
    else
        base = untagged(overlay);
}

void mergeServiceMap(YamlNode &base, const YamlNode &overlay, Key)
{
    if (base.isMapping() && overlay.isMapping())
        mergeMappings(base, overlay, mergeServices);
    else
        base = untagged(overlay);
}

void mergeTopLevel(YamlNode &base, const YamlNode &overlay, Key key)
{
    if (key == "services")
        mergeServiceMap(base, overlay, key);
    else
        mergeGeneric(base, overlay, key);
}

} // namespace

void ComposeTreeMerger::mergeDocument(YamlNode &base, const YamlNode &overlay)
{
    if (!base.isMapping() || !overlay.isMapping()) {
        base = untagged(overlay);
        return;
    }
    mergeMappings(base, overlay, mergeTopLevel);
}

void ComposeTreeMerger::mergeService(YamlNode &base, const YamlNode &overlay)
{
    mergeMappings(base, overlay, mergeServiceAttribute);
}

void ComposeTreeMerger::dropTags(YamlNode &node)
{
    if (node.isMapping()) {
        auto &entries = node.entries();
        entries.erase(
            std::remove_if(entries.begin(),
                           entries.end(),
                           [](const YamlNode::Entry &entry) { return entry.value.tag() == YamlNode::Tag::Reset; }),
            entries.end());
        for (YamlNode::Entry &entry : entries) {
            if (entry.value.tag() == YamlNode::Tag::Override)
                entry.value.setTag(YamlNode::Tag::None);
            dropTags(entry.value);
        }
    } else if (node.isSequence()) {
        for (YamlNode &item : node.items())
            dropTags(item);
    }
}

} // namespace Leitstand
