// The Review tab: the scores and findings of the core review for the demo stacks, a blocker for
// a docker.sock mount in a stack written for the case, the lint filters, and the manifest
// export on its worker thread with the message of a refused folder.
#include "ModelTesterWarnings.h"

#include "views/review/NamespaceGroupingModel.h"
#include "views/review/ReviewLintFilterProxyModel.h"
#include "views/review/ReviewLintModel.h"
#include "views/review/ReviewScoreModel.h"
#include "views/review/ReviewView.h"
#include "workspace/WorkspaceLoader.h"

#include "core/analysis/kubernetes/ManifestWriter.h"
#include "core/analysis/kubernetes/ReadinessScore.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeView>

#include <gtest/gtest.h>

#include <ostream>

using namespace Leitstand;

// gtest prints QStrings as arrays of 2-byte objects otherwise; identical in every GUI test file.
inline void PrintTo(const QString &text, std::ostream *stream)
{
    *stream << '"' << text.toStdString() << '"';
}

namespace {

const LoadedWorkspace &demoWorkspace()
{
    static const LoadedWorkspace workspace = [] {
        Expected<LoadedWorkspace> loaded
            = WorkspaceLoader::loadFile(QStringLiteral(LEITSTAND_SOURCE_DIR "/resources/demo/workspace.json"));
        return loaded ? *loaded : LoadedWorkspace();
    }();
    return workspace;
}

LoadedStack writeStack(const QTemporaryDir &dir, const QString &compose)
{
    QFile file(dir.filePath(QStringLiteral("compose.yaml")));
    if (file.open(QIODevice::WriteOnly))
        file.write(compose.toUtf8());
    file.close();
    WorkspaceStack definition;
    definition.name = QStringLiteral("ops");
    definition.directory = dir.path();
    return WorkspaceLoader::loadStack(definition, {});
}

// Portainer with the Docker socket (a blocker) next to a healthy, limited web service.
const QString socketCompose = QStringLiteral("services:\n"
                                             "  portainer:\n"
                                             "    image: portainer/portainer-ce:2.21.0\n"
                                             "    volumes:\n"
                                             "      - /var/run/docker.sock:/var/run/docker.sock\n"
                                             "  web:\n"
                                             "    image: nginx:1.27\n"
                                             "    healthcheck:\n"
                                             "      test: [\"CMD\", \"curl\", \"-f\", \"http://localhost/\"]\n"
                                             "    deploy:\n"
                                             "      resources:\n"
                                             "        limits: {cpus: \"0.5\", memory: 128M}\n");

QStringList childCodes(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList codes;
    for (int row = 0; row < model.rowCount(parent); ++row)
        codes << model.index(row, ReviewScoreModel::KindColumn, parent).data().toString() + QLatin1Char(':')
                     + model.index(row, ReviewScoreModel::NameColumn, parent).data().toString();
    return codes;
}

} // namespace

TEST(ReviewViewTest, PassesTheModelTesterOnEveryDemoStack)
{
    const ModelTesterWarnings warnings;
    ReviewView view;
    const QAbstractItemModelTester scores(view.scoreModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    const QAbstractItemModelTester namespaces(view.namespaceModel(),
                                              QAbstractItemModelTester::FailureReportingMode::Warning);
    const QAbstractItemModelTester lints(view.lintProxyModel(),
                                         QAbstractItemModelTester::FailureReportingMode::Warning);
    int stacks = 0;
    for (const LoadedHost &host : demoWorkspace().hosts) {
        for (const LoadedStack &stack : host.stacks) {
            view.showStack(&host, stack);
            view.areaComboBox()->setCurrentIndex(1);
            view.areaComboBox()->setCurrentIndex(0);
            ++stacks;
        }
    }
    EXPECT_EQ(stacks, 5);
    EXPECT_TRUE(warnings.messages().isEmpty()) << qPrintable(warnings.messages().join(QLatin1Char('\n')));
}

TEST(ReviewViewTest, ShowsScoresAndADockerSocketBlocker)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const LoadedStack stack = writeStack(dir, socketCompose);
    ASSERT_TRUE(stack.isLoaded()) << qPrintable(stack.error.toString());
    ReviewView view;
    view.showStack(nullptr, stack);
    const ReviewScoreModel &model = *view.scoreModel();
    ASSERT_EQ(model.rowCount(), 1);
    const QModelIndex stackRow = model.index(0, 0);
    EXPECT_EQ(stackRow.data().toString(), QStringLiteral("ops"));
    ASSERT_EQ(model.rowCount(stackRow), 2);

    const QModelIndex portainer = model.serviceIndex(QStringLiteral("portainer"));
    const QModelIndex web = model.serviceIndex(QStringLiteral("web"));
    ASSERT_TRUE(portainer.isValid());
    ASSERT_TRUE(web.isValid());
    EXPECT_EQ(childCodes(model, portainer),
              (QStringList{QStringLiteral("Blocker:docker-socket"),
                           QStringLiteral("Warning:no-health-check"),
                           QStringLiteral("Warning:no-resource-limits")}));
    EXPECT_TRUE(childCodes(model, web).isEmpty());
    EXPECT_EQ(model.index(web.row(), ReviewScoreModel::DetailsColumn, stackRow).data().toString(),
              QStringLiteral("Ready as it is"));
    EXPECT_FALSE(model.index(0, ReviewScoreModel::DetailsColumn, portainer).data().toString().isEmpty());
    EXPECT_EQ(model.index(0, ReviewScoreModel::NameColumn, portainer).data(Qt::ToolTipRole),
              model.index(0, ReviewScoreModel::DetailsColumn, portainer).data());
    // Scores as docs/analyses/review.md defines them, from what the rows show.
    auto score = [&](const QModelIndex &service) {
        int blockers = 0;
        int penalty = 0;
        for (int row = 0; row < model.rowCount(service); ++row) {
            const QString kind = model.index(row, ReviewScoreModel::KindColumn, service).data().toString();
            const QString code = model.index(row, 0, service).data(ReviewScoreModel::CodeRole).toString();
            if (kind == QLatin1String("Blocker")) {
                ++blockers;
                penalty += Analysis::ReadinessScore::BlockerPenalty;
            } else {
                penalty += Analysis::ReadinessScore::isMinor(code) ? Analysis::ReadinessScore::MinorWarningPenalty
                                                                   : Analysis::ReadinessScore::WarningPenalty;
            }
        }
        return std::pair{std::max(0, 100 - penalty), blockers};
    };
    const auto [portainerScore, portainerBlockers] = score(portainer);
    const auto [webScore, webBlockers] = score(web);
    EXPECT_EQ(portainerBlockers, 1);
    EXPECT_EQ(webBlockers, 0);
    EXPECT_EQ(portainerScore, 45); // 100 - 40 (blocker) - 10 (warning) - 5 (minor warning)
    EXPECT_EQ(webScore, 100);
    EXPECT_EQ(model.index(portainer.row(), ReviewScoreModel::ScoreColumn, stackRow).data().toInt(), portainerScore);
    EXPECT_EQ(model.index(web.row(), ReviewScoreModel::ScoreColumn, stackRow).data().toInt(), webScore);
    // Mean 72.5, times the half of the services without blockers: 36.
    const int stackScore = 36;
    EXPECT_EQ(model.index(0, ReviewScoreModel::ScoreColumn).data().toInt(), stackScore);
    EXPECT_EQ(view.scoreText(), QStringLiteral("Kubernetes readiness: %1 / 100").arg(stackScore));
    EXPECT_EQ(view.statusText(), QStringLiteral("1 blocker(s) to resolve before the move"));

    // The same socket shows up among the lints, under exposure and safety.
    const ReviewLintModel &lints = *view.lintModel();
    bool socketLint = false;
    for (int row = 0; row < lints.rowCount(); ++row) {
        if (lints.index(row, ReviewLintModel::CodeColumn).data().toString() == QLatin1String("docker-socket")) {
            socketLint = true;
            EXPECT_EQ(lints.index(row, ReviewLintModel::ServiceColumn).data().toString(), QStringLiteral("portainer"));
            EXPECT_EQ(lints.index(row, 0).data(ReviewLintModel::AreaRole).toString(), QStringLiteral("exposure"));
        }
    }
    EXPECT_TRUE(socketLint);
}

TEST(ReviewViewTest, GroupsManaCoreIntoNamespacesAndFiltersItsLints)
{
    const LoadedHost *host = nullptr;
    const LoadedStack *manacore = nullptr;
    for (const LoadedHost &candidate : demoWorkspace().hosts) {
        for (const LoadedStack &stack : candidate.stacks) {
            if (stack.definition.name == QLatin1String("manacore")) {
                host = &candidate;
                manacore = &stack;
            }
        }
    }
    ASSERT_NE(manacore, nullptr);
    ReviewView view;
    view.showStack(host, *manacore);
    const NamespaceGroupingModel &namespaces = *view.namespaceModel();
    int grouped = 0;
    for (const QString &name : namespaces.namespaces()) {
        EXPECT_TRUE(name.startsWith(manacore->project->project.name + QLatin1Char('-'))) << qPrintable(name);
        grouped += int(namespaces.services(name).size());
    }
    EXPECT_EQ(grouped, manacore->project->project.services.size());
    EXPECT_TRUE(namespaces.services(manacore->project->project.name + QStringLiteral("-matrix"))
                    .contains(QStringLiteral("synapse")));

    // Each area shows exactly its lints; the text filter narrows further.
    const ReviewLintModel &lints = *view.lintModel();
    ReviewLintFilterProxyModel &proxy = *view.lintProxyModel();
    QComboBox *areas = view.areaComboBox();
    int sum = 0;
    for (const QString &area : ReviewLintModel::areas()) {
        areas->setCurrentIndex(areas->findData(area));
        for (int row = 0; row < proxy.rowCount(); ++row)
            EXPECT_EQ(proxy.index(row, 0).data(ReviewLintModel::AreaRole).toString(), area);
        sum += proxy.rowCount();
    }
    EXPECT_EQ(sum, lints.rowCount());
    areas->setCurrentIndex(areas->findData(QStringLiteral("ports")));
    EXPECT_GT(proxy.rowCount(), 0); // ManaCore's port chaos, seed 004
    areas->setCurrentIndex(0);
    view.lintFilterLineEdit()->setText(QStringLiteral("naming"));
    for (int row = 0; row < proxy.rowCount(); ++row)
        EXPECT_EQ(proxy.index(row, ReviewLintModel::CodeColumn).data().toString(), QStringLiteral("naming"));
    EXPECT_GT(proxy.rowCount(), 0);
}

TEST(ReviewViewTest, ExportsManifestsOffTheUiThreadAndReportsAFailure)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const LoadedStack stack = writeStack(dir, socketCompose);
    ASSERT_TRUE(stack.isLoaded());
    ReviewView view;
    view.showStack(nullptr, stack);

    const QString target = dir.filePath(QStringLiteral("k8s"));
    QSignalSpy finished(&view, &ReviewView::exportFinished);
    ASSERT_TRUE(view.exportManifests(target));
    EXPECT_FALSE(view.exportManifests(target)); // one export at a time
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_TRUE(finished.at(0).at(0).toBool()) << qPrintable(view.statusText());
    EXPECT_TRUE(view.statusText().startsWith(QLatin1String("Wrote "))) << qPrintable(view.statusText());
    EXPECT_TRUE(QFile::exists(QDir(target).filePath(QString::fromLatin1(Analysis::ManifestWriter::MarkerFile))));
    const QStringList namespaceFolders = QDir(target).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    EXPECT_FALSE(namespaceFolders.isEmpty());

    // A folder holding other files is never replaced.
    const QString occupied = dir.filePath(QStringLiteral("occupied"));
    ASSERT_TRUE(QDir().mkpath(occupied));
    QFile precious(QDir(occupied).filePath(QStringLiteral("notes.txt")));
    ASSERT_TRUE(precious.open(QIODevice::WriteOnly));
    precious.write("keep me\n");
    precious.close();
    ASSERT_TRUE(view.exportManifests(occupied));
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_FALSE(finished.at(1).at(0).toBool());
    EXPECT_TRUE(view.statusText().startsWith(QLatin1String("Manifests not written: ")))
        << qPrintable(view.statusText());
    EXPECT_TRUE(QFile::exists(precious.fileName()));
}
