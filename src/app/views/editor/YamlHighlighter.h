#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Leitstand {

// Colours a compose file: keys, strings, comments, anchors and aliases, ${VAR} interpolations,
// tags such as !reset and !override, and block scalars (| and >) over several lines.
class YamlHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit YamlHighlighter(QTextDocument *document);

    // Picks colours that read well on a dark or a light background.
    void setDarkBackground(bool dark);

protected:
    void highlightBlock(const QString &text) override;

private:
    void applyPattern(const QString &text,
                      const QRegularExpression &pattern,
                      const QTextCharFormat &format,
                      int group = 0);
    bool continuesBlockScalar(const QString &text);
    static qsizetype commentStart(const QString &text);

    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_comment;
    QTextCharFormat m_anchor;
    QTextCharFormat m_interpolation;
    QTextCharFormat m_tag;
    QTextCharFormat m_marker;
};

} // namespace Leitstand
