#include "ops/BackupId.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Leitstand;

TEST(BackupIdTest, NamesTheUtcStartTime)
{
    const QDateTime berlin(QDate(2026, 11, 23), QTime(7, 19, 5, 250), QTimeZone("Europe/Berlin"));
    EXPECT_EQ(BackupId::fromStartTime(berlin).toString(), QStringLiteral("20261123T061905Z"));
}

TEST(BackupIdTest, ParsesItsOwnText)
{
    const auto parsed = BackupId::parse(QStringLiteral("20261123T061905Z"));
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(parsed->startTime(), QDateTime(QDate(2026, 11, 23), QTime(6, 19, 5), QTimeZone::utc()));
}

TEST(BackupIdTest, RejectsOtherText)
{
    EXPECT_FALSE(BackupId::parse(QStringLiteral("20261123")).has_value());
    EXPECT_FALSE(BackupId::parse(QStringLiteral("2026112XT061905Z")).has_value());
    EXPECT_FALSE(BackupId::parse(QStringLiteral("../../etc/passwd")).has_value());
}

TEST(BackupIdTest, SortsByTime)
{
    const auto earlier = *BackupId::parse(QStringLiteral("20261122T235959Z"));
    const auto later = *BackupId::parse(QStringLiteral("20261123T000000Z"));
    EXPECT_TRUE(earlier < later);
}
