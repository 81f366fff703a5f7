#include "YamlHighlighter.h"

namespace Leitstand {

namespace {

// Block state: -1 outside a block scalar; n >= 0 inside one whose key line is indented by n.
constexpr int outsideBlockScalar = -1;

int indentation(const QString &text)
{
    int indent = 0;
    while (indent < text.size() && text.at(indent) == QLatin1Char(' '))
        ++indent;
    return indent;
}

QTextCharFormat textFormat(const QColor &color, bool bold = false, bool italic = false)
{
    QTextCharFormat result;
    result.setForeground(color);
    if (bold)
        result.setFontWeight(QFont::DemiBold);
    result.setFontItalic(italic);
    return result;
}

} // namespace

YamlHighlighter::YamlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    setDarkBackground(false);
}

void YamlHighlighter::setDarkBackground(bool dark)
{
    m_key = textFormat(dark ? QColor(0x7c, 0xb7, 0xff) : QColor(0x1a, 0x4f, 0x9c), true);
    m_string = textFormat(dark ? QColor(0xa5, 0xd6, 0x8a) : QColor(0x2e, 0x7d, 0x32));
    m_comment = textFormat(dark ? QColor(0x8a, 0x8f, 0x98) : QColor(0x6a, 0x73, 0x7d), false, true);
    m_anchor = textFormat(dark ? QColor(0xf0, 0xa4, 0x5d) : QColor(0xb3, 0x56, 0x00), true);
    m_interpolation = textFormat(dark ? QColor(0xe0, 0x8b, 0xe8) : QColor(0x8e, 0x24, 0xaa), true);
    m_tag = textFormat(dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28), true);
    m_marker = textFormat(dark ? QColor(0xb0, 0xb0, 0xb0) : QColor(0x55, 0x55, 0x55), true);
    rehighlight();
}

void YamlHighlighter::highlightBlock(const QString &text)
{
    if (continuesBlockScalar(text))
        return;

    static const QRegularExpression documentMarker(QStringLiteral("^(---|\\.\\.\\.)(\\s|$)"));
    static const QRegularExpression quoted(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^']|'')*'"));
    static const QRegularExpression key(
        QStringLiteral("^\\s*(?:-\\s+)?((?:\"[^\"]*\"|'[^']*'|[^\\s#'\"{}\\[\\],&*!|>][^:#]*?))\\s*:(?=\\s|$)"));
    static const QRegularExpression anchor(QStringLiteral("(?:^|(?<=[\\s\\[{,]))[&*][A-Za-z0-9_.-]+"));
    static const QRegularExpression tag(QStringLiteral("(?:^|(?<=[\\s\\[{,-]))![A-Za-z0-9!_.-]*"));
    static const QRegularExpression interpolation(
        QStringLiteral("(?<!\\$)\\$(?:\\{[^}\\s]*\\}|[A-Za-z_][A-Za-z0-9_]*)"));

    applyPattern(text, documentMarker, m_marker, 1);
    applyPattern(text, quoted, m_string);
    applyPattern(text, key, m_key, 1);
    applyPattern(text, anchor, m_anchor);
    applyPattern(text, tag, m_tag);
    applyPattern(text, interpolation, m_interpolation);
    if (const qsizetype comment = commentStart(text); comment >= 0)
        setFormat(int(comment), int(text.size() - comment), m_comment);

    // "key: |" or "key: >-" starts a block scalar: the lines indented deeper are its text.
    static const QRegularExpression blockScalar(QStringLiteral(":\\s+[|>][0-9+-]*\\s*(#.*)?$"));
    setCurrentBlockState(blockScalar.match(text).hasMatch() ? indentation(text) : outsideBlockScalar);
}

bool YamlHighlighter::continuesBlockScalar(const QString &text)
{
    const int parentIndent = previousBlockState();
    if (parentIndent < 0)
        return false;
    // Blank lines belong to the scalar; the first line at the key's indentation or less ends it.
    if (!text.trimmed().isEmpty() && indentation(text) <= parentIndent)
        return false;
    setFormat(0, int(text.size()), m_string);
    setCurrentBlockState(parentIndent);
    return true;
}

void YamlHighlighter::applyPattern(const QString &text,
                                   const QRegularExpression &pattern,
                                   const QTextCharFormat &textFormat,
                                   int group)
{
    for (auto matches = pattern.globalMatch(text); matches.hasNext();) {
        const QRegularExpressionMatch match = matches.next();
        if (match.capturedStart(group) >= 0)
            setFormat(int(match.capturedStart(group)), int(match.capturedLength(group)), textFormat);
    }
}

// A "#" starts a comment at the line start or after whitespace, outside quotes.
qsizetype YamlHighlighter::commentStart(const QString &text)
{
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == QLatin1Char('\\') && quote == QLatin1Char('"'))
                ++i;
            else if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\''))
            quote = c;
        else if (c == QLatin1Char('#') && (i == 0 || text.at(i - 1).isSpace()))
            return i;
    }
    return -1;
}

} // namespace Leitstand
