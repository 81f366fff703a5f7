#pragma once

#include "ServiceBlocks.h"

#include <QPlainTextEdit>
#include <QSet>

class QCompleter;
class QStringListModel;

namespace Leitstand {

class YamlEditorGutter;

// The text editor of a compose file: line numbers, services that fold, the loader's error
// underlined where it points, and completion of compose keys and service names. It edits text
// only; what the text means is the loader's business.
class YamlEditor final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit YamlEditor(QWidget *parent = nullptr);

    // Shows another file's document (which keeps its own undo history). Folds are per document.
    void setTextDocument(QTextDocument *document);

    // Names of services defined in other files of the stack, offered besides this file's own.
    void setKnownServiceNames(const QStringList &names);

    // Underlines the text at a 1-based line and column with a wavy red line; the message shows
    // as the tooltip there.
    void showProblem(int line, int column, const QString &message);
    void clearProblem();
    QString problemMessage() const { return m_problemMessage; }
    int problemLine() const { return m_problemLine; }

    QList<ServiceBlock> serviceBlocks() const { return m_blocks; }
    void setServiceFolded(const QString &name, bool folded);
    bool isServiceFolded(const QString &name) const { return m_folded.contains(name); }
    void foldAllServices();
    void unfoldAllServices();
    // The service whose block holds the cursor; empty outside services.
    QString serviceAtCursor() const;
    void goToLine(int line, int column = 1);

    QCompleter *completer() const { return m_completer; }
    QStringList completionCandidates() const;
    void showCompletions();

    // For the gutter.
    int gutterWidth() const;
    void paintGutter(QWidget *gutter, const QRect &rect);
    void toggleFoldAt(int y);

Q_SIGNALS:
    void serviceUnderCursorChanged(const QString &serviceName);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateGutterGeometry();
    void refreshStructure();
    void applyFolds();
    void insertCompletion(const QString &completion);
    QString wordBeforeCursor() const;
    void followCursor();
    void updateProblemSelection();

    YamlEditorGutter *m_gutter;
    QCompleter *m_completer;
    QStringListModel *m_completions;
    QStringList m_knownServiceNames;
    QList<ServiceBlock> m_blocks;
    QSet<QString> m_folded;
    QString m_serviceAtCursor;
    int m_problemLine = 0;
    int m_problemColumn = 0;
    QString m_problemMessage;
};

} // namespace Leitstand
