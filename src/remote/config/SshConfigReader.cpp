#include "SshConfigReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <glob.h>

namespace Leitstand::Remote {

namespace {

// OpenSSH's READCONF_MAX_DEPTH: deeper nesting is taken for an Include loop.
constexpr int MaxIncludeDepth = 16;
// A configuration file is a few kilobytes; anything this large is not one.
constexpr qint64 MaxFileSize = 16 * 1024 * 1024;

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r') || c == QLatin1Char('\n');
}

// Splits "Keyword value", "Keyword=value" and "Keyword = value" as OpenSSH's strdelim does.
void splitKeyword(const QString &line, QString &keyword, QString &rest)
{
    qsizetype i = 0;
    while (i < line.size() && isBlank(line.at(i)))
        ++i;
    const qsizetype start = i;
    while (i < line.size() && !isBlank(line.at(i)) && line.at(i) != QLatin1Char('='))
        ++i;
    keyword = line.mid(start, i - start);
    while (i < line.size() && isBlank(line.at(i)))
        ++i;
    if (i < line.size() && line.at(i) == QLatin1Char('='))
        ++i;
    while (i < line.size() && isBlank(line.at(i)))
        ++i;
    rest = line.mid(i);
}

QStringList globPaths(const QString &pattern)
{
    QStringList paths;
    glob_t matches{};
    const QByteArray encoded = QFile::encodeName(pattern);
    // Sorted, as OpenSSH reads included files in lexical order.
    if (::glob(encoded.constData(), 0, nullptr, &matches) == 0) {
        for (size_t i = 0; i < matches.gl_pathc; ++i)
            paths.append(QFile::decodeName(matches.gl_pathv[i]));
    }
    ::globfree(&matches);
    return paths;
}

} // namespace

SshConfigReader::SshConfigReader(QString userSshDirectory, QString homeDirectory)
    : m_sshDirectory(std::move(userSshDirectory))
    , m_homeDirectory(std::move(homeDirectory))
{}

Expected<QList<SshConfigDirective>> SshConfigReader::read(const QString &path)
{
    m_directives.clear();
    if (!QFileInfo::exists(path))
        return m_directives;
    const Outcome outcome = readFile(path, {}, 0);
    if (!outcome)
        return outcome.error();
    return m_directives;
}

Expected<QStringList> SshConfigReader::splitArguments(const QString &text)
{
    QStringList arguments;
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && isBlank(text.at(i)))
            ++i;
        if (i == text.size() || text.at(i) == QLatin1Char('#'))
            break;
        QString argument;
        QChar quote;
        for (; i < text.size(); ++i) {
            const QChar c = text.at(i);
            const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
            if (c == QLatin1Char('\\')
                && (next == QLatin1Char('\'') || next == QLatin1Char('"') || next == QLatin1Char('\\')
                    || (quote.isNull() && next == QLatin1Char(' ')))) {
                argument += next;
                ++i;
            } else if (quote.isNull() && isBlank(c)) {
                break;
            } else if (quote.isNull() && (c == QLatin1Char('"') || c == QLatin1Char('\''))) {
                quote = c;
            } else if (!quote.isNull() && c == quote) {
                quote = QChar();
            } else {
                argument += c;
            }
        }
        if (!quote.isNull())
            return Error(tr("unterminated quote"));
        arguments.append(argument);
    }
    return arguments;
}

Outcome SshConfigReader::readFile(const QString &path, const QList<SshConfigCondition> &outer, int depth)
{
    QFile file(path);
    if (QFileInfo(path).isDir())
        return Error(tr("cannot read the ssh configuration: this is a folder"), SourceLocation{path});
    if (!file.open(QIODevice::ReadOnly))
        return Error(tr("cannot read the ssh configuration: %1").arg(file.errorString()), SourceLocation{path});
    if (file.size() > MaxFileSize)
        return Error(tr("the ssh configuration is too large to be one"), SourceLocation{path});
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));

    // Lines before the first Host or Match line of a file apply wherever the file applies.
    SshConfigCondition own;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const SourceLocation location{path, static_cast<int>(i + 1), 0};
        const Outcome outcome = readLine(lines.at(i), location, outer, own, depth);
        if (!outcome)
            return outcome;
    }
    return Success{};
}

Outcome SshConfigReader::readLine(const QString &line,
                                  const SourceLocation &location,
                                  const QList<SshConfigCondition> &outer,
                                  SshConfigCondition &own,
                                  int depth)
{
    QString keyword;
    QString rest;
    splitKeyword(line, keyword, rest);
    if (keyword.isEmpty() || keyword.startsWith(QLatin1Char('#')))
        return Success{};
    keyword = keyword.toLower();
    const Expected<QStringList> arguments = splitArguments(rest);
    if (!arguments)
        return Error(arguments.error().message(), location);

    if (keyword == QLatin1String("host")) {
        if (arguments->isEmpty())
            return Error(tr("Host needs at least one pattern"), location);
        own.kind = SshConfigCondition::Kind::Patterns;
        own.patterns = HostPatternList(*arguments);
        return Success{};
    }
    if (keyword == QLatin1String("match")) {
        const bool all = arguments->size() == 1 && arguments->first().toLower() == QLatin1String("all");
        own.kind = all ? SshConfigCondition::Kind::Always : SshConfigCondition::Kind::Never;
        own.patterns = HostPatternList();
        return Success{};
    }

    QList<SshConfigCondition> conditions = outer;
    if (own.kind != SshConfigCondition::Kind::Always)
        conditions.append(own);
    if (keyword == QLatin1String("include"))
        return include(*arguments, location, conditions, depth);

    m_directives.append(SshConfigDirective{keyword, *arguments, rest.trimmed(), location, conditions});
    return Success{};
}

Outcome SshConfigReader::include(const QStringList &patterns,
                                 const SourceLocation &location,
                                 const QList<SshConfigCondition> &conditions,
                                 int depth)
{
    if (patterns.isEmpty())
        return Error(tr("Include needs at least one file"), location);
    if (depth + 1 > MaxIncludeDepth)
        return Error(tr("Includes nested more than %1 deep (do they include each other?)").arg(MaxIncludeDepth),
                     location);
    for (const QString &pattern : patterns) {
        QString path = pattern;
        if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/")))
            path = m_homeDirectory + path.mid(1);
        else if (!QDir::isAbsolutePath(path))
            path = m_sshDirectory + QLatin1Char('/') + path;
        // A pattern that matches nothing is no error, as in OpenSSH.
        for (const QString &match : globPaths(path)) {
            if (QFileInfo(match).isDir())
                continue;
            const Outcome outcome = readFile(match, conditions, depth + 1);
            if (!outcome)
                return outcome;
        }
    }
    return Success{};
}

} // namespace Leitstand::Remote
