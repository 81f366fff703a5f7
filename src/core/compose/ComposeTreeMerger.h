#pragma once

#include "../yaml/YamlNode.h"

namespace Leitstand {

// Merges one compose document over another with the rules of the compose specification:
// mappings merge key by key, scalars are replaced, command/entrypoint/healthcheck.test are
// replaced whole, ports/volumes/secrets/configs are unique by their identity (a later entry
// replaces the earlier one), environment/labels/depends_on/networks merge as mappings whatever
// form each side uses, other lists are appended without repeats. !reset removes a value and
// !override replaces it without merging.
class ComposeTreeMerger final
{
public:
    // Merges a whole file (top level) over base.
    static void mergeDocument(YamlNode &base, const YamlNode &overlay);
    // Merges one service definition over another (used for files and for extends).
    static void mergeService(YamlNode &base, const YamlNode &overlay);
    // Removes the !reset entries and the tags of !override values that nothing was merged
    // over, so that a single file's tags do not reach the normalizer.
    static void dropTags(YamlNode &node);
};

} // namespace Leitstand
