#pragma once

#include <QSyntaxHighlighter>

namespace Leitstand {

// Colours a unified diff: added lines green, removed lines red, hunk headers blue.
class DiffHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    void highlightBlock(const QString &text) override;
};

} // namespace Leitstand
