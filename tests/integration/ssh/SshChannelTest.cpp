#include "SshTestSupport.h"

#include "remote/ssh/SshProcess.h"
#include "remote/ssh/SshTunnel.h"
#include "remote/transport/FileDownload.h"
#include "remote/transport/LocalTransport.h"
#include "remote/transport/SshTransport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sys/socket.h>
#include <unistd.h>

#include <gtest/gtest.h>

using namespace Leitstand;
using namespace Leitstand::Remote;
using namespace Leitstand::Testing;

namespace {

const QStringList HostileArguments{
    QStringLiteral("plain"),
    QStringLiteral("with space"),
    QStringLiteral("it's \"quoted\""),
    QStringLiteral("a; rm -rf /tmp/never"),
    QStringLiteral("$(touch /tmp/leitstand-pwned)"),
    QStringLiteral("`id`"),
    QStringLiteral("line one\nline two"),
    QStringLiteral("Grüße, 東京, ✓"),
    QStringLiteral("$HOME ${PATH} * ? [a] ~ & | > < \\"),
    QStringLiteral("-n"),
    QString(),
};

// printf '%s\0' ARG... prints every argument as the program received it.
QStringList splitNulTerminated(const QByteArray &output)
{
    QStringList arguments;
    for (const QByteArray &part : output.split('\0'))
        arguments.append(QString::fromUtf8(part));
    arguments.removeLast(); // after the last terminator
    return arguments;
}

class SshChannelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_key = SshTestServer::generateKey(m_work.path(), QStringLiteral("id_ed25519"), QStringLiteral("ed25519"));
        m_server.authorize(m_key + QStringLiteral(".pub"));
        ASSERT_TRUE(m_server.start()) << m_server.startError().toStdString();
    }
    SshConnectionOptions options() const
    {
        return optionsFor(m_server, m_key, m_work.filePath(QStringLiteral("known_hosts")));
    }

    QTemporaryDir m_work;
    SshTestServer m_server;
    QString m_key;
};

TEST_F(SshChannelTest, HostileArgumentsReachTheRemoteProgramUnchanged)
{
    QFile::remove(QStringLiteral("/tmp/leitstand-pwned"));
    SshConnection connection(options());
    const CommandOutput output
        = runToEnd(connection, QStringList{QStringLiteral("printf"), QStringLiteral("%s\\0")} + HostileArguments);
    ASSERT_TRUE(output.result.succeeded()) << output.standardError.toStdString();
    EXPECT_EQ(splitNulTerminated(output.standardOutput), HostileArguments);
    EXPECT_FALSE(QFile::exists(QStringLiteral("/tmp/leitstand-pwned")));
}

TEST_F(SshChannelTest, LocalTransportHasTheSameArgumentVectorApi)
{
    LocalTransport local;
    const auto process = local.start(QStringList{QStringLiteral("printf"), QStringLiteral("%s\\0")} + HostileArguments);
    const OutputCollector collector(*process);
    ASSERT_TRUE(collector.wait());
    EXPECT_EQ(splitNulTerminated(collector.output().standardOutput), HostileArguments);

    const auto failing
        = local.start({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo oops >&2; exit 7")});
    const OutputCollector failed(*failing);
    ASSERT_TRUE(failed.wait());
    EXPECT_EQ(failed.output().result.exitCode, 7);
    EXPECT_EQ(failed.output().standardError, QByteArray("oops\n"));
}

TEST_F(SshChannelTest, ReportsExitStatusSignalAndStderr)
{
    SshConnection connection(options());
    const CommandOutput failed = runToEnd(
        connection, {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo out; echo err >&2; exit 42")});
    EXPECT_EQ(failed.result.exitCode, 42);
    EXPECT_EQ(failed.result.failure, ProcessFailure::None);
    EXPECT_EQ(failed.standardOutput, QByteArray("out\n"));
    EXPECT_EQ(failed.standardError, QByteArray("err\n"));

    const CommandOutput killed
        = runToEnd(connection, {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("kill -TERM $$")});
    EXPECT_EQ(killed.result.exitSignal, QStringLiteral("TERM"));
}

TEST_F(SshChannelTest, RunsAHundredChannelsInParallelOnOneConnection)
{
    SshConnection connection(options());
    ASSERT_TRUE(connectAndWait(connection));
    // A barrier: every command marks its arrival and waits until all 100 have arrived, which
    // only happens when all 100 channels run at the same time.
    const QString barrier = m_work.filePath(QStringLiteral("barrier"));
    ASSERT_TRUE(QDir().mkpath(barrier));
    const QString script
        = QStringLiteral("touch \"$1/$2\"; n=0; while [ \"$(ls \"$1\" | wc -l)\" -lt 100 ]; do sleep 0.2; n=$((n+1)); "
                         "[ $n -gt 400 ] && exit 3; done; echo \"$2\"");
    std::vector<std::unique_ptr<SshProcess>> processes;
    std::vector<std::unique_ptr<OutputCollector>> collectors;
    for (int i = 0; i < 100; ++i) {
        processes.push_back(connection.exec({QStringLiteral("sh"),
                                             QStringLiteral("-c"),
                                             script,
                                             QStringLiteral("sh"),
                                             barrier,
                                             QStringLiteral("channel %1").arg(i)}));
        collectors.push_back(std::make_unique<OutputCollector>(*processes.back()));
    }
    for (const auto &collector : collectors)
        ASSERT_TRUE(collector->wait(120000));
    for (int i = 0; i < 100; ++i) {
        const CommandOutput &output = collectors[static_cast<std::size_t>(i)]->output();
        EXPECT_EQ(output.standardOutput, QStringLiteral("channel %1\n").arg(i).toUtf8())
            << output.result.errorMessage.toStdString();
        EXPECT_TRUE(output.result.succeeded());
    }
    // The server saw one connection.
    EXPECT_EQ(m_server.log().count(QStringLiteral("Accepted publickey")), 1);
}

TEST_F(SshChannelTest, QueuesChannelsBeyondTheServersSessionLimit)
{
    m_server.addConfigLine(QStringLiteral("MaxSessions 4"));
    ASSERT_TRUE(m_server.start());
    SshConnection connection(options());
    std::vector<std::unique_ptr<SshProcess>> processes;
    std::vector<std::unique_ptr<OutputCollector>> collectors;
    for (int i = 0; i < 12; ++i) {
        processes.push_back(connection.exec({QStringLiteral("sh"),
                                             QStringLiteral("-c"),
                                             QStringLiteral("sleep 0.2; echo $1"),
                                             QStringLiteral("sh"),
                                             QString::number(i)}));
        collectors.push_back(std::make_unique<OutputCollector>(*processes.back()));
    }
    for (int i = 0; i < 12; ++i) {
        ASSERT_TRUE(collectors[static_cast<std::size_t>(i)]->wait(30000));
        EXPECT_EQ(collectors[static_cast<std::size_t>(i)]->output().standardOutput, QByteArray::number(i) + '\n')
            << collectors[static_cast<std::size_t>(i)]->output().result.errorMessage.toStdString();
    }
}

TEST_F(SshChannelTest, TimeoutAndCancelEndCommandsPromptly)
{
    SshConnection connection(options());
    ASSERT_TRUE(connectAndWait(connection));
    ProcessOptions limited;
    limited.timeout = std::chrono::milliseconds(500);
    QElapsedTimer clock;
    clock.start();
    const auto slow = connection.exec({QStringLiteral("sleep"), QStringLiteral("30")}, limited);
    const OutputCollector timedOut(*slow);
    ASSERT_TRUE(timedOut.wait(10000));
    EXPECT_EQ(timedOut.output().result.failure, ProcessFailure::TimedOut);
    EXPECT_LT(clock.elapsed(), 3000);

    clock.restart();
    const auto endless = connection.exec({QStringLiteral("sleep"), QStringLiteral("30")});
    const OutputCollector cancelled(*endless);
    waitUntil([] { return false; }, 200);
    endless->cancel();
    ASSERT_TRUE(cancelled.wait(10000));
    EXPECT_EQ(cancelled.output().result.failure, ProcessFailure::Cancelled);
    EXPECT_LT(clock.elapsed(), 3000);
    // The connection still works.
    EXPECT_EQ(runToEnd(connection, {QStringLiteral("echo"), QStringLiteral("still here")}).standardOutput,
              QByteArray("still here\n"));
}

TEST_F(SshChannelTest, StreamsStdinForUploads)
{
    SshConnection connection(options());
    const QString target = m_work.filePath(QStringLiteral("uploaded file"));
    ProcessOptions streaming;
    streaming.closeInputAtStart = false;
    const auto upload = connection.exec(
        {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("cat > \"$1\""), QStringLiteral("sh"), target},
        streaming);
    const OutputCollector collector(*upload);
    QByteArray sent;
    for (int i = 0; i < 64; ++i) {
        const QByteArray block = QByteArray(256 * 1024, static_cast<char>('a' + i % 26));
        sent += block;
        upload->writeInput(block);
        // Back-pressure: never more than 4 MiB waiting.
        ASSERT_TRUE(waitUntil([&] { return upload->pendingInputBytes() < 4 * 1024 * 1024; }, 20000));
    }
    upload->closeInput();
    ASSERT_TRUE(collector.wait(30000));
    EXPECT_TRUE(collector.output().result.succeeded());
    EXPECT_EQ(upload->pendingInputBytes(), 0);
    QFile file(target);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll() == sent);
}

TEST_F(SshChannelTest, DownloadsWithProgressAndLeavesNoPartialFileWhenTheServerDies)
{
    auto connection = std::make_shared<SshConnection>(options());
    SshTransport transport(connection);
    const QString complete = m_work.filePath(QStringLiteral("complete.bin"));
    {
        FileDownload download(
            transport,
            {QStringLiteral("head"), QStringLiteral("-c"), QStringLiteral("10000000"), QStringLiteral("/dev/zero")},
            complete);
        std::optional<Outcome> outcome;
        QObject::connect(&download, &FileDownload::finished, &download, [&outcome](const Outcome &o) { outcome = o; });
        download.start();
        ASSERT_TRUE(waitUntil([&] { return outcome.has_value(); }, 30000));
        ASSERT_TRUE(outcome->hasValue()) << outcome->error().message().toStdString();
        EXPECT_EQ(download.progress().bytes, 10000000);
        EXPECT_GT(download.progress().bytesPerSecond, 0.0);
        EXPECT_EQ(QFileInfo(complete).size(), 10000000);
    }

    const QString partial = m_work.filePath(QStringLiteral("partial.bin"));
    FileDownload download(
        transport,
        {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("head -c 100000000 /dev/zero; sleep 60")},
        partial);
    std::optional<Outcome> outcome;
    QObject::connect(&download, &FileDownload::finished, &download, [&outcome](const Outcome &o) { outcome = o; });
    download.start();
    ASSERT_TRUE(waitUntil([&] { return download.progress().bytes > 1000000; }, 30000));
    m_server.killAll();
    QElapsedTimer clock;
    clock.start();
    ASSERT_TRUE(waitUntil([&] { return outcome.has_value(); }, 10000));
    EXPECT_LT(clock.elapsed(), 5000);
    EXPECT_FALSE(outcome->hasValue());
    EXPECT_FALSE(QFile::exists(partial));
    EXPECT_EQ(QDir(m_work.path()).entryList({QStringLiteral("partial.bin*")}, QDir::Files | QDir::Hidden),
              QStringList());
}

TEST_F(SshChannelTest, TunnelsToAServicePortOnTheHost)
{
    SshConnection connection(options());
    const auto tunnel = connection.openTunnel(QStringLiteral("127.0.0.1"), m_server.port());
    bool opened = false;
    QObject::connect(tunnel.get(), &SshTunnel::opened, tunnel.get(), [&opened] { opened = true; });
    ASSERT_TRUE(waitUntil([&] { return opened; }, 15000));
    const int fd = tunnel->takeSocket();
    ASSERT_GE(fd, 0);
    // The service behind the tunnel is the SSH server itself: it greets first.
    char banner[64] = {};
    ssize_t received = 0;
    waitUntil(
        [&] {
            received = ::recv(fd, banner, sizeof banner - 1, MSG_DONTWAIT);
            return received > 0;
        },
        5000);
    ::close(fd);
    EXPECT_TRUE(QByteArray(banner).startsWith("SSH-2.0-OpenSSH_"));
}

} // namespace
