#pragma once

#include <QCoreApplication>

#include "../Expected.h"
#include "../yaml/YamlNode.h"
#include "VariableLookup.h"

#include <string>
#include <string_view>

namespace Leitstand {

// Variable interpolation with the rules of the compose specification, as docker compose v2
// applies them: $VAR, ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?message}, ${VAR?message},
// ${VAR:+alternative} and ${VAR+alternative}; the text after an operator is interpolated itself
// (so ${A:-${B:-x}} nests), $$ is a literal $, and a $ that starts neither a name nor "{" stays
// as written. An unset variable without an operator becomes the empty string.
class Interpolator final
{
    Q_DECLARE_TR_FUNCTIONS(Interpolator)

public:
    // `where` is the position of text[0]; syntax errors point at the offending "$" from there,
    // a missing required variable is reported at `where` itself.
    static Expected<std::string> interpolate(std::string_view text,
                                             const VariableLookup &lookup,
                                             const YamlMark &where);

    // Interpolates every scalar value of the tree in place, extension (x-) subtrees included;
    // mapping keys stay as written, as in compose. Scalars without "$" are not touched.
    static Outcome interpolateTree(YamlNode &node, const VariableLookup &lookup);

private:
    static Expected<std::string> expand(std::string_view text,
                                        const VariableLookup &lookup,
                                        const YamlMark &where,
                                        bool columnsFollowText);
};

} // namespace Leitstand
