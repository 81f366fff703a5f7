#include "YamlEditor.h"

#include "ComposeKeywords.h"
#include "YamlEditorGutter.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>
#include <QToolTip>

#include <algorithm>

namespace Leitstand {

namespace {

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('.');
}

constexpr int gutterPadding = 4;

} // namespace

YamlEditor::YamlEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new YamlEditorGutter(this))
    , m_completer(new QCompleter(this))
    , m_completions(new QStringListModel(this))
{
    setObjectName(QStringLiteral("yamlPlainTextEdit"));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTabChangesFocus(false);

    m_completer->setModel(m_completions);
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &YamlEditor::insertCompletion);

    connect(this, &QPlainTextEdit::blockCountChanged, this, &YamlEditor::updateGutterGeometry);
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy != 0)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &YamlEditor::followCursor);
    connect(this, &QPlainTextEdit::textChanged, this, &YamlEditor::refreshStructure);
    updateGutterGeometry();
}

void YamlEditor::setTextDocument(QTextDocument *document)
{
    if (!qobject_cast<QPlainTextDocumentLayout *>(document->documentLayout()))
        document->setDocumentLayout(new QPlainTextDocumentLayout(document));
    m_folded.clear();
    clearProblem();
    setDocument(document);
    refreshStructure();
    updateGutterGeometry();
}

void YamlEditor::setKnownServiceNames(const QStringList &names)
{
    m_knownServiceNames = names;
}

void YamlEditor::showProblem(int line, int column, const QString &message)
{
    m_problemLine = line;
    m_problemColumn = column;
    m_problemMessage = message;
    updateProblemSelection();
}

void YamlEditor::clearProblem()
{
    m_problemLine = 0;
    m_problemColumn = 0;
    m_problemMessage.clear();
    updateProblemSelection();
}

void YamlEditor::updateProblemSelection()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QTextBlock block = document()->findBlockByNumber(m_problemLine - 1);
    if (m_problemLine > 0 && block.isValid()) {
        const QString text = block.text();
        // The loader points at the first character of the offending token; underline the token.
        qsizetype start = std::clamp<qsizetype>(m_problemColumn - 1, 0, std::max<qsizetype>(0, text.size() - 1));
        qsizetype end = start;
        while (end < text.size() && !text.at(end).isSpace())
            ++end;
        end = std::max(end, std::min<qsizetype>(start + 1, text.size()));
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(block);
        selection.cursor.setPosition(block.position() + int(start));
        selection.cursor.setPosition(block.position() + int(end), QTextCursor::KeepAnchor);
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(QColor(0xd3, 0x2f, 0x2f));
        selection.format.setToolTip(m_problemMessage);
        if (start == end) { // an empty line has nothing to underline: tint the whole line
            selection.format.setProperty(QTextFormat::FullWidthSelection, true);
            selection.format.setBackground(QColor(0xd3, 0x2f, 0x2f, 60));
        }
        selections.append(selection);
    }
    setExtraSelections(selections);
    m_gutter->update();
}

void YamlEditor::setServiceFolded(const QString &name, bool folded)
{
    if (folded)
        m_folded.insert(name);
    else
        m_folded.remove(name);
    applyFolds();
}

void YamlEditor::foldAllServices()
{
    for (const ServiceBlock &block : std::as_const(m_blocks)) {
        if (block.hasBody())
            m_folded.insert(block.name);
    }
    applyFolds();
}

void YamlEditor::unfoldAllServices()
{
    m_folded.clear();
    applyFolds();
}

QString YamlEditor::serviceAtCursor() const
{
    const int blockNumber = textCursor().blockNumber();
    for (const ServiceBlock &block : m_blocks) {
        if (block.contains(blockNumber))
            return block.name;
    }
    return QString();
}

void YamlEditor::goToLine(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(std::max(0, line - 1));
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + std::clamp(column - 1, 0, std::max(0, block.length() - 1)));
    setTextCursor(cursor);
    centerCursor();
}

void YamlEditor::refreshStructure()
{
    m_blocks = ServiceBlocks::find(*document());
    QSet<QString> present;
    for (const ServiceBlock &block : std::as_const(m_blocks))
        present.insert(block.name);
    m_folded.intersect(present);
    applyFolds();
}

void YamlEditor::applyFolds()
{
    QSet<int> hidden;
    for (const ServiceBlock &block : std::as_const(m_blocks)) {
        if (m_folded.contains(block.name)) {
            for (int number = block.headerBlock + 1; number <= block.lastBlock; ++number)
                hidden.insert(number);
        }
    }
    bool changed = false;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        const bool visible = !hidden.contains(block.blockNumber());
        if (block.isVisible() != visible) {
            block.setVisible(visible);
            changed = true;
        }
    }
    if (!changed)
        return;
    // Hidden blocks keep their layout until the document is told to lay them out again.
    document()->markContentsDirty(0, document()->characterCount());
    viewport()->update();
    m_gutter->update();
    if (!textCursor().block().isVisible())
        followCursor();
}

int YamlEditor::gutterWidth() const
{
    const int digits = int(QString::number(std::max(1, blockCount())).size());
    return fontMetrics().horizontalAdvance(QLatin1Char('9')) * std::max(3, digits) + fontMetrics().height()
           + 3 * gutterPadding;
}

void YamlEditor::updateGutterGeometry()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
    const QRect contents = contentsRect();
    m_gutter->setGeometry(QRect(contents.left(), contents.top(), gutterWidth(), contents.height()));
}

void YamlEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateGutterGeometry();
}

void YamlEditor::paintGutter(QWidget *gutter, const QRect &rect)
{
    QPainter painter(gutter);
    painter.fillRect(rect, palette().color(QPalette::AlternateBase));
    const int markerSize = fontMetrics().height();
    const int numberWidth = gutter->width() - markerSize - 2 * gutterPadding;
    QHash<int, QString> headers; // block number → service name, for services that can fold
    for (const ServiceBlock &block : std::as_const(m_blocks)) {
        if (block.hasBody())
            headers.insert(block.headerBlock, block.name);
    }

    QTextBlock block = firstVisibleBlock();
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    while (block.isValid() && top <= rect.bottom()) {
        const qreal height = blockBoundingRect(block).height();
        if (block.isVisible() && top + height >= rect.top()) {
            const int number = block.blockNumber();
            const QRect line(0, int(top), numberWidth, fontMetrics().height());
            const bool problem = number + 1 == m_problemLine;
            painter.setPen(problem ? QColor(0xd3, 0x2f, 0x2f) : palette().color(QPalette::PlaceholderText));
            painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, QString::number(number + 1));
            if (headers.contains(number)) {
                const bool folded = m_folded.contains(headers.value(number));
                const QRect marker(numberWidth + gutterPadding, int(top), markerSize, markerSize);
                painter.setPen(palette().color(QPalette::Text));
                painter.drawText(marker, Qt::AlignCenter, folded ? QStringLiteral("▸") : QStringLiteral("▾"));
            }
        }
        block = block.next();
        top += height;
    }
}

void YamlEditor::toggleFoldAt(int y)
{
    const QTextBlock block = cursorForPosition(QPoint(0, y)).block();
    for (const ServiceBlock &service : std::as_const(m_blocks)) {
        if (service.headerBlock == block.blockNumber() && service.hasBody()) {
            setServiceFolded(service.name, !m_folded.contains(service.name));
            return;
        }
    }
}

void YamlEditor::followCursor()
{
    // A cursor that lands in a folded service (go to line, search) opens it.
    if (!textCursor().block().isVisible()) {
        for (const ServiceBlock &block : std::as_const(m_blocks)) {
            if (block.contains(textCursor().blockNumber()))
                m_folded.remove(block.name);
        }
        applyFolds();
    }
    const QString service = serviceAtCursor();
    if (service != m_serviceAtCursor) {
        m_serviceAtCursor = service;
        Q_EMIT serviceUnderCursorChanged(service);
    }
}

QStringList YamlEditor::completionCandidates() const
{
    QStringList names = m_knownServiceNames;
    for (const ServiceBlock &block : m_blocks) {
        if (!names.contains(block.name))
            names.append(block.name);
    }
    names.sort();
    QStringList candidates = ComposeKeywords::completionsAt(textCursor().block(), names);
    // The word being typed is no completion of itself.
    candidates.removeAll(wordBeforeCursor());
    return candidates;
}

void YamlEditor::showCompletions()
{
    const QString prefix = wordBeforeCursor();
    m_completions->setStringList(completionCandidates());
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect rect = cursorRect();
    rect.translate(viewportMargins().left(), 0);
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0)
                  + m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
}

QString YamlEditor::wordBeforeCursor() const
{
    const QTextCursor cursor = textCursor();
    const QString text = cursor.block().text();
    qsizetype start = cursor.positionInBlock();
    while (start > 0 && isWordCharacter(text.at(start - 1)))
        --start;
    return text.mid(start, cursor.positionInBlock() - start);
}

void YamlEditor::insertCompletion(const QString &completion)
{
    QTextCursor cursor = textCursor();
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, int(wordBeforeCursor().size()));
    cursor.insertText(completion);
    setTextCursor(cursor);
}

void YamlEditor::keyPressEvent(QKeyEvent *event)
{
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore(); // the completer's popup takes these
            return;
        default:
            break;
        }
    }
    if (event->key() == Qt::Key_Space && event->modifiers().testFlag(Qt::ControlModifier)) {
        showCompletions();
        return;
    }
    // YAML forbids tabs for indentation: a tab key inserts two spaces.
    if (event->key() == Qt::Key_Tab && event->modifiers() == Qt::NoModifier) {
        insertPlainText(QStringLiteral("  "));
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
    const QString typed = event->text();
    if (!typed.isEmpty() && isWordCharacter(typed.back()) && wordBeforeCursor().size() >= 2)
        showCompletions();
    else if (m_completer->popup()->isVisible() && wordBeforeCursor().isEmpty())
        m_completer->popup()->hide();
}

bool YamlEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint inViewport = viewport()->mapFrom(this, help->pos());
        const QTextCursor cursor = cursorForPosition(inViewport);
        if (m_problemLine > 0 && cursor.blockNumber() + 1 == m_problemLine)
            QToolTip::showText(help->globalPos(), m_problemMessage, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QPlainTextEdit::event(event);
}

} // namespace Leitstand
