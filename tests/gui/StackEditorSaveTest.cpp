// The save flow of the Editor tab, on real files in a temporary folder: the review dialog,
// the atomic write, the kept previous version and the guards against losing a working file.
#include "views/editor/EditedFile.h"
#include "views/editor/SaveReviewDialog.h"
#include "views/editor/StackEditSession.h"
#include "views/editor/StackEditor.h"
#include "views/editor/VersionedFileWriter.h"
#include "views/editor/YamlEditor.h"
#include "workspace/LoadedHost.h"
#include "workspace/WorkspaceLoader.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
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
                               "    ports:\n"
                               "      - \"127.0.0.1:5678:5678\"\n"
                               "    depends_on: [postgres, redis]\n";

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

// Inserts text at the start of the given 1-based line, as typing there would.
void insertBeforeLine(YamlEditor &editor, int line, const QString &text)
{
    QTextCursor cursor(editor.document()->findBlockByNumber(line - 1));
    cursor.insertText(text);
}

class StackEditorSaveTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_directory.isValid());
        m_composePath = m_directory.filePath(QStringLiteral("compose.yaml"));
        writeBytes(m_composePath, composeText);
        m_host.name = QStringLiteral("lab");
        m_host.target = QStringLiteral("ssh://ops@lab.example");
        m_host.stacks.append(
            WorkspaceLoader::loadStack(WorkspaceStack{QStringLiteral("automation"), m_directory.path(), {}}, {}));
        ASSERT_TRUE(m_host.stacks.first().isLoaded());
        m_editor = std::make_unique<StackEditor>();
        m_editor->resize(900, 700);
        m_editor->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_editor.get()));
        m_editor->showStack(&m_host, m_host.stacks.first());
        ASSERT_NE(m_editor->currentFile(), nullptr);
        ASSERT_EQ(m_editor->currentFile()->path(), m_composePath);
    }

    // Presses Ctrl+S in the editor and returns the review dialog it opens.
    SaveReviewDialog *pressSave()
    {
        m_editor->yamlEditor()->setFocus();
        QTest::keyClick(m_editor->yamlEditor(), Qt::Key_S, Qt::ControlModifier);
        // The dialog opens window-modal without a nested event loop: it exists once the key is handled.
        return m_editor->findChild<SaveReviewDialog *>();
    }

    QStringList historyFiles() const
    {
        return QDir(m_directory.filePath(VersionedFileWriter::historyFolderName())).entryList(QDir::Files);
    }

    QTemporaryDir m_directory;
    QString m_composePath;
    LoadedHost m_host;
    std::unique_ptr<StackEditor> m_editor;
};

TEST_F(StackEditorSaveTest, SaveShowsTheDiffWritesAtomicallyAndKeepsThePreviousVersion)
{
    insertBeforeLine(*m_editor->yamlEditor(), 6, QStringLiteral("    restart: always\n"));
    ASSERT_TRUE(m_editor->hasUnsavedChanges());
    SaveReviewDialog *dialog = pressSave();
    ASSERT_NE(dialog, nullptr);
    const auto *diff = dialog->findChild<QPlainTextEdit *>(QStringLiteral("diffPlainTextEdit"));
    ASSERT_NE(diff, nullptr);
    EXPECT_EQ(diff->toPlainText(),
              QStringLiteral("--- a/compose.yaml\n+++ b/compose.yaml\n@@ -3,6 +3,7 @@\n"
                             "     image: postgres:16-alpine\n   redis:\n     image: redis:7-alpine\n"
                             "+    restart: always\n   n8n:\n     image: n8nio/n8n:1.64.0\n     ports:\n"));
    // The file is untouched until the operator confirms.
    EXPECT_EQ(readBytes(m_composePath), composeText);

    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    QByteArray expected = composeText;
    expected.insert(expected.indexOf("  n8n:"), "    restart: always\n");
    EXPECT_EQ(readBytes(m_composePath), expected);
    EXPECT_FALSE(m_editor->hasUnsavedChanges());

    const QStringList history = historyFiles();
    ASSERT_EQ(history.size(), 1);
    EXPECT_TRUE(history.first().startsWith(QStringLiteral("compose.yaml.")));
    EXPECT_EQ(readBytes(QDir(m_directory.filePath(VersionedFileWriter::historyFolderName())).filePath(history.first())),
              composeText);
    // QSaveFile renamed its temporary file over the original: nothing else is left behind.
    EXPECT_EQ(QDir(m_directory.path()).entryList(QDir::Files | QDir::Hidden),
              QStringList{QStringLiteral("compose.yaml")});
}

TEST_F(StackEditorSaveTest, RiskSummaryListsPrivilegedAfterAddingIt)
{
    insertBeforeLine(*m_editor->yamlEditor(), 6, QStringLiteral("    privileged: true\n"));
    SaveReviewDialog *dialog = pressSave();
    ASSERT_NE(dialog, nullptr);
    const auto *risks = dialog->findChild<QListWidget *>(QStringLiteral("riskListWidget"));
    ASSERT_NE(risks, nullptr);
    ASSERT_EQ(risks->count(), 1);
    EXPECT_EQ(risks->item(0)->data(Qt::UserRole).toString(), QStringLiteral("privileged"));
    EXPECT_TRUE(risks->item(0)->text().startsWith(QStringLiteral("redis: runs privileged")))
        << risks->item(0)->text().toStdString();
    dialog->reject();
    EXPECT_EQ(readBytes(m_composePath), composeText);
}

TEST_F(StackEditorSaveTest, InvalidYamlIsNotSavedOverAValidFileWithoutTheOverride)
{
    insertBeforeLine(*m_editor->yamlEditor(), 4, QStringLiteral("    command: [unclosed\n"));
    // The session refuses on its own, whatever a dialog would say.
    const Expected<QStringList> refused = m_editor->session()->save(SaveDecision{});
    ASSERT_FALSE(refused.hasValue());
    EXPECT_EQ(readBytes(m_composePath), composeText);

    SaveReviewDialog *dialog = pressSave();
    ASSERT_NE(dialog, nullptr);
    auto *saveButton = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
    auto *override = dialog->findChild<QCheckBox *>(QStringLiteral("saveInvalidCheckBox"));
    ASSERT_NE(override, nullptr);
    EXPECT_FALSE(saveButton->isEnabled());
    QTest::mouseClick(saveButton, Qt::LeftButton);
    EXPECT_EQ(readBytes(m_composePath), composeText);

    override->setChecked(true);
    EXPECT_TRUE(saveButton->isEnabled());
    QTest::mouseClick(saveButton, Qt::LeftButton);
    EXPECT_TRUE(readBytes(m_composePath).contains("    command: [unclosed\n"));
    EXPECT_EQ(historyFiles().size(), 1);
}

TEST_F(StackEditorSaveTest, AFileChangedOnDiskIsNotOverwrittenWithoutAsking)
{
    const QByteArray external = composeText + "  worker:\n    image: n8nio/n8n:1.64.0\n";
    insertBeforeLine(*m_editor->yamlEditor(), 6, QStringLiteral("    restart: always\n"));
    writeBytes(m_composePath, external);

    EXPECT_FALSE(m_editor->session()->save(SaveDecision{}).hasValue());
    EXPECT_EQ(readBytes(m_composePath), external);

    SaveReviewDialog *dialog = pressSave();
    ASSERT_NE(dialog, nullptr);
    auto *saveButton = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
    auto *overwrite = dialog->findChild<QCheckBox *>(QStringLiteral("overwriteCheckBox"));
    ASSERT_NE(overwrite, nullptr);
    EXPECT_FALSE(saveButton->isEnabled());
    overwrite->setChecked(true);
    QTest::mouseClick(saveButton, Qt::LeftButton);
    EXPECT_TRUE(readBytes(m_composePath).contains("    restart: always\n"));
    // What was on disk is the kept version, so the other change is not lost either.
    const QStringList history = historyFiles();
    ASSERT_EQ(history.size(), 1);
    EXPECT_EQ(readBytes(QDir(m_directory.filePath(VersionedFileWriter::historyFolderName())).filePath(history.first())),
              external);
}

TEST_F(StackEditorSaveTest, UndoAndRedoInTheEditor)
{
    YamlEditor *editor = m_editor->yamlEditor();
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, QStringLiteral("  cache:"));
    EXPECT_TRUE(m_editor->hasUnsavedChanges());
    editor->undo();
    EXPECT_EQ(editor->toPlainText().toUtf8(), composeText);
    EXPECT_FALSE(m_editor->hasUnsavedChanges());
    editor->redo();
    EXPECT_TRUE(editor->toPlainText().endsWith(QStringLiteral("  cache:")));
}

} // namespace
