#include "core/analysis/ports/TextTable.h"

#include <gtest/gtest.h>

using Leitstand::Analysis::TextTable;

TEST(TextTableTest, ColumnsArePaddedToTheWidestCell)
{
    TextTable table({QStringLiteral("A"), QStringLiteral("LONG HEADER"), QStringLiteral("C")});
    table.addRow({QStringLiteral("wide cell"), QStringLiteral("x"), QStringLiteral("y")});
    table.addRow({QStringLiteral("b")});
    EXPECT_EQ(table.toText(),
              QStringLiteral("A          LONG HEADER  C\n"
                             "wide cell  x            y\n"
                             "b\n"));
}

TEST(TextTableTest, CsvQuotesOnlyWhereRfc4180Requires)
{
    TextTable table({QStringLiteral("name"), QStringLiteral("note")});
    table.addRow({QStringLiteral("plain"), QStringLiteral("a,b")});
    table.addRow({QStringLiteral("say \"hi\""), QStringLiteral("two\nlines")});
    table.addRow({QString(), QStringLiteral("::1")});
    EXPECT_EQ(table.toCsv(),
              QStringLiteral("name,note\r\n"
                             "plain,\"a,b\"\r\n"
                             "\"say \"\"hi\"\"\",\"two\nlines\"\r\n"
                             ",::1\r\n"));
}
