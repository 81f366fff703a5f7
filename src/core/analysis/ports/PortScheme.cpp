#include "PortScheme.h"

#include "PortSchemeReader.h"

namespace Leitstand::Analysis {

const PortCategory *PortScheme::categoryOf(const ComposeService &service) const
{
    const auto subject = ServicePatterns::Subject::of(service);
    for (const PortCategory &category : categories) {
        if (category.patterns.matches(subject))
            return &category;
    }
    return nullptr;
}

PortScheme PortScheme::defaultScheme()
{
    // Parsed once: the text is ours and known to be valid (a unit test reads it), so a failure
    // here is a programming error and yields an empty scheme rather than a crash.
    static const PortScheme scheme = [] {
        auto parsed = PortSchemeReader::read(defaultSchemeYaml(), QStringLiteral("default-port-scheme.yaml"));
        return parsed ? *parsed : PortScheme();
    }();
    return scheme;
}

} // namespace Leitstand::Analysis
