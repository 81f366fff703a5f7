#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace Leitstand::Analysis {

// A set of lower-case glob patterns (`*` any run, `?` one character) sorted by shape so the
// common ones cost a hash lookup or a startsWith/endsWith: a scheme has about a hundred
// patterns and a large project hundreds of services.
class GlobSet final
{
public:
    GlobSet() = default;
    explicit GlobSet(const QStringList &patterns);

    // text must already be lower case.
    bool matches(const QString &text) const;
    bool isEmpty() const { return m_patterns.isEmpty(); }
    const QStringList &patterns() const { return m_patterns; }

    static bool globMatches(QStringView pattern, QStringView text);

private:
    QStringList m_patterns;
    QSet<QString> m_exact;  // "postgres"
    QStringList m_prefixes; // "postgres*" without the star
    QStringList m_suffixes; // "*-web" without the star
    QStringList m_infixes;  // "*-matrix-*" without the stars
    QStringList m_globs;    // everything else
};

} // namespace Leitstand::Analysis
