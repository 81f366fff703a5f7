#pragma once

#include <QString>
#include <QStringList>

namespace Leitstand::Remote {

// Host name patterns as OpenSSH reads them in ssh_config Host lines and known_hosts files:
// `*` matches any run of characters, `?` exactly one, and a pattern starting with `!` vetoes
// the whole list when it matches, so `*.lan,!nas.lan` matches every .lan host but nas.lan.
class HostPatternList final
{
public:
    enum class Case { Sensitive, Insensitive };

    HostPatternList() = default;
    // known_hosts compares names case-insensitively; ssh_config Host lines do not.
    explicit HostPatternList(QStringList patterns, Case sensitivity = Case::Sensitive);
    // The comma-separated form known_hosts uses.
    static HostPatternList fromCommaSeparated(const QString &text, Case sensitivity = Case::Sensitive);

    // True when a positive pattern matches and no negated one does.
    bool matches(const QString &name) const;
    bool isEmpty() const { return m_patterns.isEmpty(); }
    const QStringList &patterns() const { return m_patterns; }

    static bool matchesWildcard(QStringView name, QStringView pattern);

private:
    QStringList m_patterns;
    Case m_case = Case::Sensitive;
};

} // namespace Leitstand::Remote
