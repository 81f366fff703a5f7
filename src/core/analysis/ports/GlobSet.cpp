#include "GlobSet.h"

namespace Leitstand::Analysis {

namespace {

bool hasWildcard(QStringView text)
{
    return text.contains(QLatin1Char('*')) || text.contains(QLatin1Char('?'));
}

} // namespace

GlobSet::GlobSet(const QStringList &patterns)
{
    for (const QString &written : patterns) {
        const QString pattern = written.toLower();
        m_patterns.append(pattern);
        if (!hasWildcard(pattern))
            m_exact.insert(pattern);
        else if (pattern.endsWith(QLatin1Char('*')) && !hasWildcard(QStringView(pattern).chopped(1)))
            m_prefixes.append(pattern.chopped(1));
        else if (pattern.startsWith(QLatin1Char('*')) && !hasWildcard(QStringView(pattern).mid(1)))
            m_suffixes.append(pattern.mid(1));
        else if (pattern.size() > 2 && pattern.startsWith(QLatin1Char('*')) && pattern.endsWith(QLatin1Char('*'))
                 && !hasWildcard(QStringView(pattern).mid(1, pattern.size() - 2)))
            m_infixes.append(pattern.mid(1, pattern.size() - 2));
        else
            m_globs.append(pattern);
    }
}

bool GlobSet::matches(const QString &text) const
{
    if (m_exact.contains(text))
        return true;
    for (const QString &prefix : m_prefixes) {
        if (text.startsWith(prefix))
            return true;
    }
    for (const QString &suffix : m_suffixes) {
        if (text.endsWith(suffix))
            return true;
    }
    for (const QString &infix : m_infixes) {
        if (text.contains(infix))
            return true;
    }
    for (const QString &glob : m_globs) {
        if (globMatches(glob, text))
            return true;
    }
    return false;
}

bool GlobSet::globMatches(QStringView pattern, QStringView text)
{
    // Iterative matching with one backtrack point: linear for the patterns schemes use.
    qsizetype p = 0;
    qsizetype t = 0;
    qsizetype starAt = -1;
    qsizetype resumeAt = 0;
    while (t < text.size()) {
        if (p < pattern.size() && pattern.at(p) == QLatin1Char('*')) {
            starAt = p++;
            resumeAt = t;
        } else if (p < pattern.size() && (pattern.at(p) == QLatin1Char('?') || pattern.at(p) == text.at(t))) {
            ++p;
            ++t;
        } else if (starAt >= 0) {
            p = starAt + 1;
            t = ++resumeAt;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern.at(p) == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

} // namespace Leitstand::Analysis
