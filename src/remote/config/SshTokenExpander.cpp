#include "SshTokenExpander.h"

namespace Leitstand::Remote {

SshTokenExpander::SshTokenExpander(QHash<QChar, QString> tokens, QString homeDirectory)
    : m_tokens(std::move(tokens))
    , m_home(std::move(homeDirectory))
{}

QString SshTokenExpander::expand(const QString &raw) const
{
    // The tilde first, as OpenSSH does, so a token whose value starts with ~ stays literal.
    const QString text = expandTilde(raw);
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('%') || i + 1 == text.size()) {
            result += c;
            continue;
        }
        const QChar token = text.at(++i);
        if (token == QLatin1Char('%'))
            result += QLatin1Char('%');
        else if (m_tokens.contains(token))
            result += m_tokens.value(token);
        else
            result += QLatin1Char('%') + token;
    }
    return result;
}

QString SshTokenExpander::expandTilde(const QString &text) const
{
    if (text == QLatin1String("~"))
        return m_home;
    if (text.startsWith(QLatin1String("~/")))
        return m_home + text.mid(1);
    return text;
}

} // namespace Leitstand::Remote
