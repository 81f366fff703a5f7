#include "remote/ShellQuoting.h"

#include <QProcess>

#include <gtest/gtest.h>

using namespace Leitstand;

namespace {

// Runs the quoted command line through a real POSIX shell and returns the arguments the
// program received, one per line, NUL-separated to survive embedded newlines.
QStringList roundTrip(const QStringList &arguments)
{
    const QString script = QStringLiteral("printf '%s\\0' ") + ShellQuoting::joinCommand(arguments);
    QProcess shell;
    shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
    shell.waitForFinished(10000);
    QStringList received = QString::fromUtf8(shell.readAllStandardOutput()).split(QChar(0));
    received.removeLast();
    return received;
}

} // namespace

TEST(ShellQuotingTest, PlainWordsStayReadable)
{
    EXPECT_EQ(ShellQuoting::quoteArgument(QStringLiteral("docker")), QStringLiteral("docker"));
    EXPECT_EQ(ShellQuoting::quoteArgument(QStringLiteral("--format=json")), QStringLiteral("--format=json"));
    EXPECT_EQ(ShellQuoting::quoteArgument(QStringLiteral("/var/lib/x")), QStringLiteral("/var/lib/x"));
}

TEST(ShellQuotingTest, EmptyArgumentSurvives)
{
    EXPECT_EQ(ShellQuoting::quoteArgument(QString()), QStringLiteral("''"));
    EXPECT_EQ(roundTrip({QString(), QStringLiteral("x")}), (QStringList{QString(), QStringLiteral("x")}));
}

TEST(ShellQuotingTest, HostileArgumentsReachTheProgramUnchanged)
{
    const QStringList hostile{
        QStringLiteral("name with spaces"),
        QStringLiteral("it's"),
        QStringLiteral("\"double\""),
        QStringLiteral("a;rm -rf /tmp/never"),
        QStringLiteral("$(touch /tmp/leitstand-never)"),
        QStringLiteral("`id`"),
        QStringLiteral("line1\nline2"),
        QStringLiteral("tab\there"),
        QStringLiteral("$HOME ${PATH} $$ \\ *"),
        QStringLiteral("Grüße, 東京, 🚢"),
        QStringLiteral("--"),
        QStringLiteral("-n"),
        QStringLiteral("'''"),
    };
    EXPECT_EQ(roundTrip(hostile), hostile);
}
