#include "HostPatternList.h"

namespace Leitstand::Remote {

HostPatternList::HostPatternList(QStringList patterns, Case sensitivity)
    : m_patterns(std::move(patterns))
    , m_case(sensitivity)
{}

HostPatternList HostPatternList::fromCommaSeparated(const QString &text, Case sensitivity)
{
    return HostPatternList(text.split(QLatin1Char(','), Qt::SkipEmptyParts), sensitivity);
}

bool HostPatternList::matches(const QString &name) const
{
    const QString subject = m_case == Case::Insensitive ? name.toLower() : name;
    bool matched = false;
    for (const QString &pattern : m_patterns) {
        const bool negated = pattern.startsWith(QLatin1Char('!'));
        const QString body = negated ? pattern.mid(1) : pattern;
        const QString comparable = m_case == Case::Insensitive ? body.toLower() : body;
        if (!matchesWildcard(subject, comparable))
            continue;
        if (negated)
            return false;
        matched = true;
    }
    return matched;
}

bool HostPatternList::matchesWildcard(QStringView name, QStringView pattern)
{
    // Iterative glob matching with one backtrack point: linear for the patterns people write and
    // never exponential, whatever a hostile known_hosts line holds.
    qsizetype n = 0;
    qsizetype p = 0;
    qsizetype starPattern = -1;
    qsizetype starName = 0;
    while (n < name.size()) {
        if (p < pattern.size() && (pattern.at(p) == QLatin1Char('?') || pattern.at(p) == name.at(n))) {
            ++n;
            ++p;
        } else if (p < pattern.size() && pattern.at(p) == QLatin1Char('*')) {
            starPattern = p++;
            starName = n;
        } else if (starPattern >= 0) {
            p = starPattern + 1;
            n = ++starName;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern.at(p) == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

} // namespace Leitstand::Remote
