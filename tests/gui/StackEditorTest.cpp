// The Editor tab while editing: live validation by the loader, completion, folding, following
// the selected service, and the read-only demo.
#include "views/editor/StackEditor.h"
#include "MainWindow.h"
#include "views/editor/EditedFile.h"
#include "views/editor/StackEditSession.h"
#include "views/editor/YamlEditor.h"
#include "workspace/LoadedHost.h"
#include "workspace/WorkspaceLoader.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

#include <gtest/gtest.h>

#include <memory>

using namespace Leitstand;

namespace {

const QByteArray composeText = "services:\n"
                               "  postgres:\n"
                               "    image: postgres:16-alpine\n"
                               "  redis:\n"
                               "    image: redis:7-alpine\n"
                               "  n8n:\n"
                               "    image: n8nio/n8n:1.64.0\n"
                               "    depends_on:\n"
                               "      - postgres\n";

QStringList completionsOf(const YamlEditor &editor)
{
    QStringList words;
    const QAbstractItemModel *model = editor.completer()->completionModel();
    for (int row = 0; row < model->rowCount(); ++row)
        words.append(model->index(row, 0).data().toString());
    return words;
}

// The wavy underlines the editor shows: (line, column) of each, 1-based.
QList<QPair<int, int>> underlines(const YamlEditor &editor)
{
    QList<QPair<int, int>> places;
    for (const QTextEdit::ExtraSelection &selection : editor.extraSelections()) {
        if (selection.format.underlineStyle() != QTextCharFormat::WaveUnderline)
            continue;
        QTextCursor start = selection.cursor;
        start.setPosition(selection.cursor.selectionStart());
        places.append({start.blockNumber() + 1, start.positionInBlock() + 1});
    }
    return places;
}

// Types text as keystrokes; QTest has no key for "\n", so line breaks become Return.
void typeText(QWidget *widget, const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(widget, Qt::Key_Return);
        QTest::keyClicks(widget, lines[i]);
    }
}

class StackEditorTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_directory.isValid());
        m_composePath = m_directory.filePath(QStringLiteral("compose.yaml"));
        QFile file(m_composePath);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(composeText);
        file.close();
        m_stack = WorkspaceLoader::loadStack(WorkspaceStack{QStringLiteral("automation"), m_directory.path(), {}}, {});
        ASSERT_TRUE(m_stack.isLoaded());
        m_editor = std::make_unique<StackEditor>();
        m_editor->resize(900, 700);
        m_editor->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_editor.get()));
        m_editor->showStack(nullptr, m_stack);
        ASSERT_TRUE(
            QTest::qWaitFor([&] { return m_editor->statusText().startsWith(QStringLiteral("The stack loads")); }));
    }

    YamlEditor &editor() const { return *m_editor->yamlEditor(); }

    void placeCursorAtEnd()
    {
        editor().setFocus();
        editor().moveCursor(QTextCursor::End);
    }

    QTemporaryDir m_directory;
    QString m_composePath;
    LoadedStack m_stack;
    std::unique_ptr<StackEditor> m_editor;
};

TEST_F(StackEditorTest, ValidationErrorIsUnderlinedAtTheLoadersLineAndColumn)
{
    EXPECT_TRUE(underlines(editor()).isEmpty());
    placeCursorAtEnd();
    typeText(&editor(), QStringLiteral("      - cache\n"));
    // Line 10, the dependency's name at column 9: where the loader says the unknown service is.
    EXPECT_TRUE(QTest::qWaitFor([&] { return !underlines(editor()).isEmpty(); }));
    EXPECT_EQ(underlines(editor()), (QList<QPair<int, int>>{{10, 9}}));
    EXPECT_EQ(editor().problemLine(), 10);
    EXPECT_TRUE(editor().problemMessage().contains(QStringLiteral("\"cache\"")))
        << editor().problemMessage().toStdString();
    EXPECT_TRUE(m_editor->statusText().contains(QStringLiteral("compose.yaml:10:9:")))
        << m_editor->statusText().toStdString();

    // Fixing it clears the mark.
    QTest::keyClick(&editor(), Qt::Key_Backspace);
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(&editor(), Qt::Key_Backspace);
    typeText(&editor(), QStringLiteral("redis\n"));
    EXPECT_TRUE(QTest::qWaitFor([&] { return underlines(editor()).isEmpty(); }));
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_editor->statusText().startsWith(QStringLiteral("The stack loads")); }));
}

TEST_F(StackEditorTest, YamlSyntaxErrorIsUnderlinedToo)
{
    QTextCursor cursor(editor().document()->findBlockByNumber(4));
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.insertText(QStringLiteral("\n    ports: [\"6379:6379\""));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !underlines(editor()).isEmpty(); }));
    EXPECT_TRUE(editor().problemMessage().startsWith(QStringLiteral("invalid YAML")))
        << editor().problemMessage().toStdString();
    EXPECT_EQ(underlines(editor()).first().first, editor().problemLine());
}

TEST_F(StackEditorTest, CompletionOffersServiceNamesAndKeys)
{
    placeCursorAtEnd();
    typeText(&editor(), QStringLiteral("      - re"));
    EXPECT_TRUE(editor().completer()->popup()->isVisible());
    EXPECT_EQ(completionsOf(editor()), QStringList{QStringLiteral("redis")});
    QTest::keyClick(editor().completer()->popup(), Qt::Key_Return);
    EXPECT_TRUE(editor().toPlainText().endsWith(QStringLiteral("      - redis")));

    // Keys of a service and the service names mix where a key is written.
    typeText(&editor(), QStringLiteral("\n    re"));
    EXPECT_EQ(completionsOf(editor()),
              (QStringList{QStringLiteral("read_only"),
                           QStringLiteral("redis"),
                           QStringLiteral("replicas"),
                           QStringLiteral("reservations"),
                           QStringLiteral("resources"),
                           QStringLiteral("restart"),
                           QStringLiteral("retries")}));
    editor().completer()->popup()->hide();
    typeText(&editor(), QStringLiteral("\nvol"));
    EXPECT_EQ(completionsOf(editor()), QStringList{QStringLiteral("volumes")});
}

TEST_F(StackEditorTest, ServicesFoldAndUnfold)
{
    const QList<ServiceBlock> blocks = editor().serviceBlocks();
    ASSERT_EQ(blocks.size(), 3);
    EXPECT_EQ(blocks[2].name, QStringLiteral("n8n"));
    EXPECT_EQ(blocks[2].headerBlock, 5);
    EXPECT_EQ(blocks[2].lastBlock, 8);

    editor().setServiceFolded(QStringLiteral("n8n"), true);
    const QTextDocument *document = editor().document();
    EXPECT_TRUE(document->findBlockByNumber(5).isVisible());
    for (int block = 6; block <= 8; ++block)
        EXPECT_FALSE(document->findBlockByNumber(block).isVisible()) << block;
    EXPECT_TRUE(document->findBlockByNumber(4).isVisible());

    // Moving into a folded service opens it.
    editor().goToLine(8);
    EXPECT_FALSE(editor().isServiceFolded(QStringLiteral("n8n")));
    EXPECT_TRUE(document->findBlockByNumber(7).isVisible());

    editor().foldAllServices();
    EXPECT_FALSE(document->findBlockByNumber(2).isVisible());
    editor().unfoldAllServices();
    EXPECT_TRUE(document->findBlockByNumber(2).isVisible());
}

TEST_F(StackEditorTest, FollowsTheSelectedServiceAndReportsTheOneUnderTheCursor)
{
    const QSignalSpy activated(m_editor.get(), &StackView::serviceActivated);
    m_editor->selectService(QStringLiteral("redis"));
    EXPECT_EQ(editor().textCursor().blockNumber(), 3);
    EXPECT_EQ(activated.count(), 0);

    editor().goToLine(7);
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.first().first().toString(), QStringLiteral("n8n"));
}

TEST_F(StackEditorTest, EditsOfAStackSurviveShowingAnotherOne)
{
    placeCursorAtEnd();
    typeText(&editor(), QStringLiteral("      - redis"));
    QTemporaryDir other;
    ASSERT_TRUE(other.isValid());
    QFile file(other.filePath(QStringLiteral("compose.yaml")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("services:\n  web:\n    image: nginx:1.25\n");
    file.close();
    const LoadedStack otherStack
        = WorkspaceLoader::loadStack(WorkspaceStack{QStringLiteral("web"), other.path(), {}}, {});
    m_editor->showStack(nullptr, otherStack);
    EXPECT_TRUE(editor().toPlainText().startsWith(QStringLiteral("services:\n  web:")));
    m_editor->showStack(nullptr, m_stack);
    EXPECT_TRUE(editor().toPlainText().endsWith(QStringLiteral("      - redis")));
    EXPECT_TRUE(m_editor->hasUnsavedChanges());
}

// The built-in demo lives in the application's resources: ManaCore's two compose files and its
// .env are offered, and saving writes a copy of the stack into a folder of the operator's.
TEST(StackEditorDemoTest, ManaCoreIsReadOnlyAndSavesACopy)
{
    Expected<LoadedWorkspace> workspace = WorkspaceLoader::loadFile(MainWindow::demoWorkspacePath());
    ASSERT_TRUE(workspace.hasValue());
    const LoadedHost *macMini = nullptr;
    for (const LoadedHost &host : workspace->hosts) {
        if (host.name == QLatin1String("mac-mini"))
            macMini = &host;
    }
    ASSERT_NE(macMini, nullptr);
    StackEditor editor;
    editor.showStack(macMini, macMini->stacks.first());
    const auto *files = editor.findChild<QComboBox *>(QStringLiteral("fileComboBox"));
    ASSERT_NE(files, nullptr);
    ASSERT_EQ(files->count(), 3);
    EXPECT_EQ(files->itemText(0), QStringLiteral("docker-compose.yml"));
    EXPECT_EQ(files->itemText(1), QStringLiteral("docker-compose.macmini.yml"));
    EXPECT_EQ(files->itemText(2), QStringLiteral(".env"));
    EXPECT_TRUE(editor.session()->isReadOnly());

    ASSERT_TRUE(editor.showFile(editor.session()->files().at(1)->path()));
    editor.yamlEditor()->moveCursor(QTextCursor::End);
    editor.yamlEditor()->insertPlainText(QStringLiteral("\n# tried on the Mac mini\n"));
    EXPECT_FALSE(editor.session()->files().at(1)->save().hasValue());

    QTemporaryDir copy;
    ASSERT_TRUE(copy.isValid());
    const QSignalSpy copied(&editor, &StackEditor::copySaved);
    ASSERT_TRUE(editor.saveCopyTo(copy.path()));
    ASSERT_EQ(copied.count(), 1);
    EXPECT_EQ(copied.first().first().toStringList(),
              (QStringList{copy.filePath(QStringLiteral("docker-compose.yml")),
                           copy.filePath(QStringLiteral("docker-compose.macmini.yml"))}));
    QFile edited(copy.filePath(QStringLiteral("docker-compose.macmini.yml")));
    ASSERT_TRUE(edited.open(QIODevice::ReadOnly));
    EXPECT_TRUE(edited.readAll().endsWith("\n# tried on the Mac mini\n"));
    EXPECT_TRUE(QFile::exists(copy.filePath(QStringLiteral(".env"))));

    // The copy is a working stack of its own.
    const LoadedStack reloaded = WorkspaceLoader::loadStack(
        WorkspaceStack{QStringLiteral("manacore"), copy.path(), copied.first().first().toStringList()}, {});
    EXPECT_TRUE(reloaded.isLoaded()) << reloaded.error.toString().toStdString();
    EXPECT_EQ(reloaded.serviceCount(), macMini->stacks.first().serviceCount());
}

} // namespace
