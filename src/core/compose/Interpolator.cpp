#include "Interpolator.h"

#include <algorithm>
#include <optional>

namespace Leitstand {

namespace {

// No real file nests defaults this deep; the bound keeps hostile input off the stack limit.
constexpr int MaxNesting = 64;
constexpr qsizetype MaxQuotedLength = 80;

bool isNameStart(char c)
{
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isNameChar(char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9');
}

// Whether the text names a variable at all; "$$" and a "$" before anything else stay literal.
bool hasReference(std::string_view text)
{
    for (std::size_t i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != '$')
            continue;
        if (text[i + 1] == '{' || isNameStart(text[i + 1]))
            return true;
        if (text[i + 1] == '$')
            ++i;
    }
    return false;
}

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

struct Failure
{
    std::size_t offset = 0; // of the "$" that starts the faulty reference
    QString message;
    bool missingRequired = false;
};

struct Expansion
{
    std::string_view text;
    const VariableLookup &lookup;
    std::optional<Failure> failure;
};

std::optional<std::string> lookUp(const Expansion &expansion, std::string_view name)
{
    return expansion.lookup ? expansion.lookup(name) : std::nullopt;
}

bool failSyntax(Expansion &expansion, std::size_t dollar, const QString &detail)
{
    QString quoted = fromUtf8(expansion.text);
    if (quoted.size() > MaxQuotedLength)
        quoted = quoted.left(MaxQuotedLength - 3) + QStringLiteral("...");
    expansion.failure = Failure{
        dollar,
        Interpolator::tr("invalid interpolation in \"%1\": %2 (write \"$$\" for a literal \"$\")").arg(quoted, detail),
        false};
    return false;
}

// Where a ${NAME<operator>...} reference ends, found the way compose finds it: braces are
// counted from the "${" on, the character right after any "{" is passed over, and the reference
// ends where the count returns to zero; if it never does, it ends at the last "}" of its line.
// A reference never spans lines.
std::optional<std::size_t> findClose(std::string_view text, std::size_t dollar, std::size_t end)
{
    std::optional<std::size_t> lastBrace;
    int depth = 0;
    for (std::size_t i = dollar; i < end && text[i] != '\n'; ++i) {
        if (text[i] == '}') {
            lastBrace = i;
            if (--depth == 0)
                return i;
        } else if (text[i] == '{') {
            ++depth;
            ++i;
            if (i >= end || text[i] == '\n')
                break;
            if (text[i] == '}')
                lastBrace = i;
        }
    }
    return lastBrace;
}

bool expandRange(Expansion &expansion, std::size_t begin, std::size_t end, int depth, std::string &out);

// Expands the reference that starts with "${" at `dollar`; `next` receives the index after it.
bool expandBraced(
    Expansion &expansion, std::size_t dollar, std::size_t end, int depth, std::string &out, std::size_t &next)
{
    const std::string_view text = expansion.text;
    const std::size_t nameBegin = dollar + 2;
    if (nameBegin >= end || text[nameBegin] == '\n')
        return failSyntax(expansion, dollar, Interpolator::tr("\"${\" is not closed"));
    if (!isNameStart(text[nameBegin])) {
        return failSyntax(
            expansion,
            dollar,
            Interpolator::tr("\"${\" must be followed by a variable name: a letter or \"_\", then letters, digits "
                             "or \"_\""));
    }
    std::size_t nameEnd = nameBegin + 1;
    while (nameEnd < end && isNameChar(text[nameEnd]))
        ++nameEnd;
    const std::string_view name = text.substr(nameBegin, nameEnd - nameBegin);
    const QString opened = QStringLiteral("${") + fromUtf8(name);
    if (nameEnd >= end || text[nameEnd] == '\n')
        return failSyntax(expansion, dollar, Interpolator::tr("\"%1\" is not closed").arg(opened));
    if (text[nameEnd] == '}') {
        if (const auto value = lookUp(expansion, name))
            out += *value;
        next = nameEnd + 1;
        return true;
    }

    const bool colon = text[nameEnd] == ':';
    const std::size_t operatorAt = nameEnd + (colon ? 1 : 0);
    const char op = operatorAt < end ? text[operatorAt] : '\0';
    if (op != '-' && op != '+' && op != '?') {
        return failSyntax(expansion,
                          dollar,
                          Interpolator::tr("\"%1\" must be followed by \"}\" or one of :- - :? ? :+ +").arg(opened));
    }
    const std::optional<std::size_t> close = findClose(text, dollar, end);
    if (!close)
        return failSyntax(expansion, dollar, Interpolator::tr("\"%1\" has no closing \"}\" on its line").arg(opened));
    if (depth >= MaxNesting)
        return failSyntax(
            expansion, dollar, Interpolator::tr("references are nested more than %1 levels deep").arg(MaxNesting));

    // Compose expands the default, alternative or message before it looks at the variable, so
    // an error inside it counts even when the variable is set.
    std::string argument;
    if (!expandRange(expansion, operatorAt + 1, *close, depth + 1, argument))
        return false;
    const std::optional<std::string> value = lookUp(expansion, name);
    const bool present = value && !(colon && value->empty());
    switch (op) {
    case '-':
        out += present ? *value : argument;
        break;
    case '+':
        if (present)
            out += argument;
        break;
    default:
        if (!present) {
            const QString variable = fromUtf8(name);
            const QString message = argument.empty()
                                        ? Interpolator::tr("required variable \"%1\" is missing a value").arg(variable)
                                        : Interpolator::tr("required variable \"%1\" is missing a value: %2")
                                              .arg(variable, QString::fromStdString(argument));
            expansion.failure = Failure{dollar, message, true};
            return false;
        }
        out += *value;
        break;
    }
    next = *close + 1;
    return true;
}

bool expandRange(Expansion &expansion, std::size_t begin, std::size_t end, int depth, std::string &out)
{
    const std::string_view text = expansion.text;
    std::size_t i = begin;
    while (i < end) {
        const std::size_t dollar = text.find('$', i);
        if (dollar == std::string_view::npos || dollar >= end) {
            out.append(text.substr(i, end - i));
            break;
        }
        out.append(text.substr(i, dollar - i));
        const char next = dollar + 1 < end ? text[dollar + 1] : '\0';
        if (next == '$') {
            out += '$';
            i = dollar + 2;
        } else if (isNameStart(next)) {
            std::size_t nameEnd = dollar + 2;
            while (nameEnd < end && isNameChar(text[nameEnd]))
                ++nameEnd;
            if (const auto value = lookUp(expansion, text.substr(dollar + 1, nameEnd - dollar - 1)))
                out += *value;
            i = nameEnd;
        } else if (next == '{') {
            if (!expandBraced(expansion, dollar, end, depth, out, i))
                return false;
        } else {
            // Neither a name nor "{": compose keeps such a "$" as written ("5$", "a$ b").
            out += '$';
            i = dollar + 1;
        }
    }
    return true;
}

// The source position of text[offset] when text[0] sits at `where` and the text is the source.
SourceLocation locate(std::string_view text, std::size_t offset, const YamlMark &where)
{
    SourceLocation location = where.toLocation();
    if (location.line <= 0 || location.column <= 0)
        return location;
    const std::string_view before = text.substr(0, offset);
    const std::size_t lastNewline = before.rfind('\n');
    if (lastNewline == std::string_view::npos) {
        location.column += static_cast<int>(offset);
    } else {
        location.line += static_cast<int>(std::count(before.begin(), before.end(), '\n'));
        location.column = static_cast<int>(offset - lastNewline);
    }
    return location;
}

} // namespace

Expected<std::string> Interpolator::interpolate(std::string_view text,
                                                const VariableLookup &lookup,
                                                const YamlMark &where)
{
    if (text.find('$') == std::string_view::npos)
        return std::string(text);
    return expand(text, lookup, where, true);
}

Outcome Interpolator::interpolateTree(YamlNode &node, const VariableLookup &lookup)
{
    switch (node.kind()) {
    case YamlNode::Kind::Scalar: {
        if (node.scalar().find('$') == std::string::npos)
            return Success{};
        // Quoted and block scalars lose their escapes and indentation on the way into the tree,
        // so offsets into the text say nothing about columns there.
        auto expanded = expand(node.scalar(), lookup, node.mark(), !node.isQuoted());
        if (!expanded)
            return expanded.error();
        node.setInterpolated(hasReference(node.scalar()));
        node.setScalar(std::move(expanded).value());
        return Success{};
    }
    case YamlNode::Kind::Sequence:
        for (YamlNode &item : node.items()) {
            if (Outcome done = interpolateTree(item, lookup); !done)
                return done;
        }
        return Success{};
    case YamlNode::Kind::Mapping:
        for (YamlNode::Entry &entry : node.entries()) {
            if (Outcome done = interpolateTree(entry.value, lookup); !done)
                return done;
        }
        return Success{};
    case YamlNode::Kind::Null:
        break;
    }
    return Success{};
}

Expected<std::string> Interpolator::expand(std::string_view text,
                                           const VariableLookup &lookup,
                                           const YamlMark &where,
                                           bool columnsFollowText)
{
    Expansion expansion{text, lookup, std::nullopt};
    std::string out;
    out.reserve(text.size());
    if (expandRange(expansion, 0, text.size(), 0, out))
        return out;
    const Failure &failure = *expansion.failure;
    if (failure.missingRequired || !columnsFollowText)
        return Error(failure.message, where.toLocation());
    return Error(failure.message, locate(text, failure.offset, where));
}

} // namespace Leitstand
