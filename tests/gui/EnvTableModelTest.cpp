// The .env table of the Editor tab: secrets masked, edits written into the lines of the file so
// that comments, order and quoting survive.
#include "ModelTesterWarnings.h"

#include "views/editor/EditedFile.h"
#include "views/editor/EnvFileModel.h"
#include "views/editor/StackEditSession.h"
#include "views/editor/StackEditor.h"
#include "workspace/WorkspaceLoader.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextDocument>

#include <gtest/gtest.h>

using namespace Leitstand;

namespace {

const QString envText = QStringLiteral("# Copy to .env and fill in.\n"
                                       "\n"
                                       "# PostgreSQL 16\n"
                                       "POSTGRES_USER=n8n\n"
                                       "POSTGRES_PASSWORD=change-me # generate with openssl rand -hex 32\n"
                                       "export N8N_HOST='automation.example.org'\n"
                                       "N8N_ENCRYPTION_KEY=\"k3y with spaces\"\n"
                                       "\n"
                                       "WORKER_CONCURRENCY=2\n");

QModelIndex indexOf(const EnvFileModel &model, const QString &key, int column)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, EnvFileModel::KeyColumn).data().toString() == key)
            return model.index(row, column);
    }
    return {};
}

TEST(EnvTableModelTest, RowsMaskedSecretsAndComments)
{
    QTextDocument document;
    document.setPlainText(envText);
    const ModelTesterWarnings warnings;
    EnvFileModel model(&document);
    const QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);

    ASSERT_EQ(model.rowCount(), 5);
    EXPECT_EQ(model.index(0, EnvFileModel::KeyColumn).data().toString(), QStringLiteral("POSTGRES_USER"));
    EXPECT_EQ(model.index(0, EnvFileModel::ValueColumn).data().toString(), QStringLiteral("n8n"));
    EXPECT_EQ(model.index(0, EnvFileModel::CommentColumn).data().toString(), QStringLiteral("PostgreSQL 16"));

    const QModelIndex password = indexOf(model, QStringLiteral("POSTGRES_PASSWORD"), EnvFileModel::ValueColumn);
    EXPECT_EQ(password.data().toString(), EnvFileModel::mask());
    EXPECT_EQ(password.data(Qt::EditRole).toString(), QStringLiteral("change-me"));
    EXPECT_EQ(password.siblingAtColumn(EnvFileModel::CommentColumn).data().toString(),
              QStringLiteral("generate with openssl rand -hex 32"));
    EXPECT_EQ(indexOf(model, QStringLiteral("N8N_ENCRYPTION_KEY"), EnvFileModel::ValueColumn).data().toString(),
              EnvFileModel::mask());
    EXPECT_EQ(indexOf(model, QStringLiteral("N8N_HOST"), EnvFileModel::ValueColumn).data().toString(),
              QStringLiteral("automation.example.org"));

    // Revealed per cell, and masked again on request.
    ASSERT_TRUE(model.setData(password, true, EnvFileModel::RevealedRole));
    EXPECT_EQ(password.data().toString(), QStringLiteral("change-me"));
    EXPECT_EQ(indexOf(model, QStringLiteral("N8N_ENCRYPTION_KEY"), EnvFileModel::ValueColumn).data().toString(),
              EnvFileModel::mask());
    ASSERT_TRUE(model.setData(password, false, EnvFileModel::RevealedRole));
    EXPECT_EQ(password.data().toString(), EnvFileModel::mask());
    EXPECT_EQ(warnings.messages(), QStringList());
}

TEST(EnvTableModelTest, EditsRewriteOnlyTheValueAndUndoRestoresIt)
{
    QTextDocument document;
    document.setPlainText(envText);
    const ModelTesterWarnings warnings;
    EnvFileModel model(&document);
    const QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);

    ASSERT_TRUE(model.setData(indexOf(model, QStringLiteral("POSTGRES_PASSWORD"), EnvFileModel::ValueColumn),
                              QStringLiteral("s3cret")));
    ASSERT_TRUE(model.setData(indexOf(model, QStringLiteral("N8N_HOST"), EnvFileModel::ValueColumn),
                              QStringLiteral("n8n.example.org")));
    ASSERT_TRUE(model.setData(indexOf(model, QStringLiteral("N8N_ENCRYPTION_KEY"), EnvFileModel::ValueColumn),
                              QStringLiteral("say \"hi\"")));
    ASSERT_TRUE(model.setData(indexOf(model, QStringLiteral("WORKER_CONCURRENCY"), EnvFileModel::ValueColumn),
                              QStringLiteral("4 # not a comment")));
    EXPECT_EQ(document.toPlainText(),
              QStringLiteral("# Copy to .env and fill in.\n"
                             "\n"
                             "# PostgreSQL 16\n"
                             "POSTGRES_USER=n8n\n"
                             "POSTGRES_PASSWORD=s3cret # generate with openssl rand -hex 32\n"
                             "export N8N_HOST='n8n.example.org'\n"
                             "N8N_ENCRYPTION_KEY=\"say \\\"hi\\\"\"\n"
                             "\n"
                             "WORKER_CONCURRENCY=\"4 # not a comment\"\n"));
    EXPECT_EQ(indexOf(model, QStringLiteral("WORKER_CONCURRENCY"), EnvFileModel::ValueColumn).data().toString(),
              QStringLiteral("4 # not a comment"));
    EXPECT_EQ(indexOf(model, QStringLiteral("N8N_ENCRYPTION_KEY"), EnvFileModel::ValueColumn).data(Qt::EditRole),
              QStringLiteral("say \"hi\""));

    for (int step = 0; step < 4; ++step)
        document.undo();
    EXPECT_EQ(document.toPlainText(), envText);
    EXPECT_EQ(model.rowCount(), 5);
    EXPECT_EQ(warnings.messages(), QStringList());
}

// Through the Editor tab: the table over the stack's .env, an edit saved to disk as text with
// its comments, the previous version kept.
TEST(EnvTableModelTest, EditorSavesTheTableEditIntoTheFile)
{
    QTemporaryDir directory;
    ASSERT_TRUE(directory.isValid());
    QFile compose(directory.filePath(QStringLiteral("compose.yaml")));
    ASSERT_TRUE(compose.open(QIODevice::WriteOnly));
    compose.write("services:\n  db:\n    image: postgres:16\n    environment:\n"
                  "      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}\n");
    compose.close();
    QFile env(directory.filePath(QStringLiteral(".env")));
    ASSERT_TRUE(env.open(QIODevice::WriteOnly));
    env.write(envText.toUtf8());
    env.close();

    const LoadedStack stack
        = WorkspaceLoader::loadStack(WorkspaceStack{QStringLiteral("db"), directory.path(), {}}, {});
    ASSERT_TRUE(stack.isLoaded());
    StackEditor editor;
    editor.showStack(nullptr, stack);
    ASSERT_TRUE(editor.showFile(directory.filePath(QStringLiteral(".env"))));
    QAbstractItemModel *model = editor.envTableView()->model();
    ASSERT_NE(model, nullptr);
    const auto *envModel = qobject_cast<EnvFileModel *>(model);
    ASSERT_NE(envModel, nullptr);
    const QModelIndex password = indexOf(*envModel, QStringLiteral("POSTGRES_PASSWORD"), EnvFileModel::ValueColumn);
    EXPECT_EQ(password.data().toString(), EnvFileModel::mask());
    ASSERT_TRUE(model->setData(password, QStringLiteral("n3w-pass")));

    ASSERT_TRUE(editor.session()->save(SaveDecision{}).hasValue());
    ASSERT_TRUE(env.open(QIODevice::ReadOnly));
    QString expected = envText;
    expected.replace(QStringLiteral("=change-me #"), QStringLiteral("=n3w-pass #"));
    EXPECT_EQ(QString::fromUtf8(env.readAll()), expected);
    EXPECT_EQ(
        QDir(directory.filePath(QStringLiteral(".leitstand-history"))).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

} // namespace
