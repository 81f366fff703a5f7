#include "ModelTesterWarnings.h"

#include "MainWindow.h"
#include "models/JobListModel.h"
#include "models/LogModel.h"
#include "search/ServiceSearchModel.h"
#include "widgets/Appearance.h"
#include "widgets/ThemedSvgIconEngine.h"
#include "workspace/WorkspaceLoader.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QColor>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace Leitstand;

TEST(JobListModelTest, AddsAndUpdatesJobsByTheirId)
{
    const ModelTesterWarnings warnings;
    JobListModel model;
    const QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    const QDateTime started(QDate(2026, 3, 1), QTime(9, 30));
    const int backup = model.addJob(QStringLiteral("Backup postgres"), QStringLiteral("droplet-fra1"), started);
    const int drill = model.addJob(QStringLiteral("Restore drill"), QStringLiteral("sese-prod"), started);
    ASSERT_NE(backup, drill);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, JobListModel::StateColumn).data().toString(), QStringLiteral("queued"));
    EXPECT_EQ(model.index(0, JobListModel::ProgressColumn).data(JobListModel::ProgressRole).toInt(), -1);

    EXPECT_TRUE(model.updateJob(drill, JobListModel::State::Running, 40));
    EXPECT_EQ(model.index(1, JobListModel::StateColumn).data().toString(), QStringLiteral("running"));
    EXPECT_EQ(model.index(1, JobListModel::ProgressColumn).data().toString(), QStringLiteral("40 %"));
    EXPECT_EQ(model.index(0, JobListModel::StateColumn).data().toString(), QStringLiteral("queued"));
    EXPECT_TRUE(model.updateJob(drill, JobListModel::State::Succeeded));
    EXPECT_EQ(model.index(1, JobListModel::ProgressColumn).data(JobListModel::ProgressRole).toInt(), 100);
    EXPECT_TRUE(model.updateJob(backup, JobListModel::State::Failed, -1, QStringLiteral("pg_dump exited with 1")));
    EXPECT_EQ(model.index(0, JobListModel::TargetColumn).data(Qt::ToolTipRole).toString(),
              QStringLiteral("pg_dump exited with 1"));
    EXPECT_FALSE(model.updateJob(4711, JobListModel::State::Running));
    EXPECT_EQ(model.headerData(JobListModel::StartedColumn, Qt::Horizontal).toString(), QStringLiteral("Started"));
    EXPECT_TRUE(warnings.messages().isEmpty()) << qPrintable(warnings.messages().join(QLatin1Char('\n')));
}

TEST(LogModelTest, KeepsTheNewestEntriesAndCopiesThemAsText)
{
    const ModelTesterWarnings warnings;
    LogModel model(nullptr, 3);
    const QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    const QDateTime time(QDate(2026, 3, 1), QTime(12, 0, 1));
    for (int number = 1; number <= 4; ++number)
        model.append(number == 4 ? LogModel::Level::Warning : LogModel::Level::Info,
                     QStringLiteral("message %1").arg(number),
                     time);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.index(0, LogModel::MessageColumn).data().toString(), QStringLiteral("message 2"));
    EXPECT_EQ(model.text({2}), QStringLiteral("12:00:01  warning  message 4\n"));
    EXPECT_EQ(model.allText().count(QLatin1Char('\n')), 3);
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_TRUE(model.allText().isEmpty());
    EXPECT_TRUE(warnings.messages().isEmpty()) << qPrintable(warnings.messages().join(QLatin1Char('\n')));
}

TEST(ServiceSearchModelTest, ListsEveryServiceOfTheDemoWithHostAndStack)
{
    Expected<LoadedWorkspace> demo = WorkspaceLoader::loadFile(MainWindow::demoWorkspacePath());
    ASSERT_TRUE(demo.hasValue());
    const ModelTesterWarnings warnings;
    ServiceSearchModel model;
    const QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setWorkspace(*demo);
    EXPECT_EQ(model.rowCount(), demo->serviceCount());
    int qdrants = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        if (index.data(ServiceSearchModel::ServiceRole).toString() != QLatin1String("qdrant"))
            continue;
        ++qdrants;
        EXPECT_EQ(index.data(ServiceSearchModel::HostRole).toString(), QStringLiteral("sese-prod"));
        EXPECT_EQ(index.data(ServiceSearchModel::StackRole).toString(), QStringLiteral("sese-infra"));
        EXPECT_EQ(index.data().toString(), QStringLiteral("qdrant — sese-prod / sese-infra"));
    }
    EXPECT_EQ(qdrants, 1);
    EXPECT_TRUE(warnings.messages().isEmpty()) << qPrintable(warnings.messages().join(QLatin1Char('\n')));
}

TEST(ThemedSvgIconEngineTest, LightensDarkStrokesAndKeepsLightFills)
{
    const QByteArray svg = "<path fill=\"#e3f0fb\" stroke=\"#2c5a8f\"/><circle fill=\"#ffffff\"/>";
    const QString dark = QString::fromUtf8(ThemedSvgIconEngine::darkVariant(svg));
    EXPECT_TRUE(dark.contains(QStringLiteral("fill=\"#e3f0fb\""))) << qPrintable(dark);
    EXPECT_TRUE(dark.contains(QStringLiteral("fill=\"#ffffff\""))) << qPrintable(dark);
    const QRegularExpressionMatch stroke = QRegularExpression(QStringLiteral("stroke=\"(#[0-9a-f]{6})\"")).match(dark);
    ASSERT_TRUE(stroke.hasMatch()) << qPrintable(dark);
    const QColor lightened(stroke.captured(1));
    EXPECT_GT(lightened.lightnessF(), 0.6);
    EXPECT_EQ(lightened.hslHue(), QColor(QStringLiteral("#2c5a8f")).hslHue());
}

TEST(AppearanceTest, TellsDarkPalettesFromLightOnes)
{
    EXPECT_TRUE(Appearance::isDarkPalette(Appearance::darkPalette()));
    EXPECT_FALSE(Appearance::isDarkPalette(QPalette(QColor(0xef, 0xef, 0xef))));
    for (const auto mode : {Appearance::Mode::System, Appearance::Mode::Light, Appearance::Mode::Dark})
        EXPECT_EQ(Appearance::modeFromKey(Appearance::modeKey(mode)), mode);
}

TEST(AppearanceTest, DarkModeSwitchesThePaletteAndTheIconsAndBack)
{
    Appearance appearance;
    const bool startedDark = appearance.isDark();
    appearance.setMode(Appearance::Mode::Dark);
    EXPECT_TRUE(appearance.isDark());
    EXPECT_TRUE(ThemedSvgIconEngine::darkMode());
    EXPECT_TRUE(Appearance::isDarkPalette(QApplication::palette()));
    appearance.setMode(Appearance::Mode::Light);
    EXPECT_FALSE(appearance.isDark());
    EXPECT_FALSE(ThemedSvgIconEngine::darkMode());
    appearance.setMode(Appearance::Mode::System);
    EXPECT_EQ(appearance.isDark(), startedDark);
}
