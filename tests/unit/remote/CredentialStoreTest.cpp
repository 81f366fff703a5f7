// CredentialStore against a real gnome-keyring: ctest runs these through
// scripts/with-keyring.sh, which gives each run a private D-Bus session and a throwaway
// keyring. Secrets are compared without being printed, so no failure message shows one.
#include "remote/credentials/CredentialStore.h"

#include "RemoteTestSupport.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QThread>

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

using namespace Leitstand;
using namespace Leitstand::Remote;
using namespace std::chrono_literals;

namespace {

const char ChildVariable[] = "LEITSTAND_KEYRING_CHILD";

QString uniqueService()
{
    return QStringLiteral("LeitstandTest-%1").arg(QRandomGenerator::system()->generate64(), 0, 16);
}

bool holds(const Expected<std::optional<QString>> &found, const QString &secret)
{
    return found.hasValue() && found->has_value() && found->value() == secret;
}

class CredentialStoreTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(qgetenv("LEITSTAND_TEST_KEYRING"), QByteArray("1"))
            << "run remote_tests through scripts/with-keyring.sh (ctest does): these tests need a real, "
               "throwaway Secret Service";
    }

    const QString m_service = uniqueService();
    CredentialStore m_store{m_service, 10s};
};

} // namespace

TEST_F(CredentialStoreTest, WritesReadsOverwritesAndRemoves)
{
    const QString key = CredentialStore::hostPasswordKey(QStringLiteral("sese-prod"));
    const QString secret = QStringLiteral("pässwörd with spaces, \"quotes\" and 🔑");
    ASSERT_TRUE(m_store.writeSecret(key, secret).hasValue());
    EXPECT_TRUE(holds(m_store.findSecret(key), secret));
    const Expected<QString> read = m_store.readSecret(key);
    ASSERT_TRUE(read.hasValue());
    EXPECT_TRUE(*read == secret);

    const QString replacement = QStringLiteral("second-secret");
    ASSERT_TRUE(m_store.writeSecret(key, replacement).hasValue());
    EXPECT_TRUE(holds(m_store.findSecret(key), replacement));

    ASSERT_TRUE(m_store.removeSecret(key).hasValue());
    const Expected<std::optional<QString>> gone = m_store.findSecret(key);
    ASSERT_TRUE(gone.hasValue()) << gone.error().message().toStdString();
    EXPECT_FALSE(gone->has_value());
    EXPECT_TRUE(m_store.removeSecret(key).hasValue());
}

TEST_F(CredentialStoreTest, TellsAMissingEntryFromAFailure)
{
    const QString key = CredentialStore::identityPassphraseKey(QStringLiteral("/home/op/.ssh/id_ed25519"));
    const Expected<std::optional<QString>> found = m_store.findSecret(key);
    ASSERT_TRUE(found.hasValue()) << found.error().message().toStdString();
    EXPECT_FALSE(found->has_value());
    const Expected<QString> read = m_store.readSecret(key);
    ASSERT_FALSE(read.hasValue());
    EXPECT_TRUE(read.error().message().contains(key)) << read.error().message().toStdString();
}

TEST_F(CredentialStoreTest, KeepsEntriesOfServicesApart)
{
    const QString key = CredentialStore::hostPasswordKey(QStringLiteral("shared-name"));
    CredentialStore other(uniqueService(), 10s);
    ASSERT_TRUE(m_store.writeSecret(key, QStringLiteral("mine")).hasValue());
    ASSERT_TRUE(other.writeSecret(key, QStringLiteral("theirs")).hasValue());
    EXPECT_TRUE(holds(m_store.findSecret(key), QStringLiteral("mine")));
    EXPECT_TRUE(holds(other.findSecret(key), QStringLiteral("theirs")));
}

TEST_F(CredentialStoreTest, StoresInTheSecretServiceItself)
{
    // secret-tool reads the Secret Service directly: the entry is there, under QtKeychain's
    // attributes, and not in some plain-text fallback.
    const QString key = CredentialStore::hostPasswordKey(QStringLiteral("droplet-fra1"));
    const QString secret = QStringLiteral("visible-only-to-secret-tool");
    ASSERT_TRUE(m_store.writeSecret(key, secret).hasValue());
    const Testing::ProcessRun lookup = Testing::runProcess(
        QStringLiteral("secret-tool"),
        {QStringLiteral("lookup"), QStringLiteral("user"), key, QStringLiteral("server"), m_service});
    ASSERT_EQ(lookup.exitCode, 0);
    EXPECT_TRUE(QString::fromUtf8(lookup.out) == secret);
}

TEST_F(CredentialStoreTest, ServesManyThreadsAtOnce)
{
    std::atomic<int> correct = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t) {
        threads.emplace_back([this, t, &correct] {
            for (int round = 0; round < 3; ++round) {
                const QString key = QStringLiteral("host/thread-%1/password").arg(t);
                const QString secret = QStringLiteral("secret-%1-%2").arg(t).arg(round);
                if (m_store.writeSecret(key, secret).hasValue() && holds(m_store.findSecret(key), secret))
                    ++correct;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    EXPECT_EQ(correct.load(), 24);

    // A thread that used the keychain and ended leaves it working for everyone else.
    QThread *worker = QThread::create([this] {
        ASSERT_TRUE(m_store.writeSecret(QStringLiteral("host/ended/password"), QStringLiteral("x")).hasValue());
    });
    worker->start();
    worker->wait();
    delete worker;
    EXPECT_TRUE(holds(m_store.findSecret(QStringLiteral("host/ended/password")), QStringLiteral("x")));
}

// The failure cases run as child processes of this binary, each in the session it needs: one
// test (below) per case, skipped unless the parent names it in ChildVariable.
namespace {

Testing::ProcessRun runChild(const char *scenario,
                             const QString &program,
                             QStringList prefix,
                             QStringList environment = {})
{
    environment << QString::fromLatin1(ChildVariable) + QLatin1Char('=') + QString::fromLatin1(scenario);
    return Testing::runProcess(program,
                               prefix << QCoreApplication::applicationFilePath()
                                      << QStringLiteral("--gtest_filter=CredentialStoreChild.*"),
                               {},
                               environment);
}

bool childPassed(const Testing::ProcessRun &child)
{
    return child.exitCode == 0 && child.out.contains("[  PASSED  ] 1 test") && !child.out.contains("SKIPPED");
}

} // namespace

TEST_F(CredentialStoreTest, ReportsAnUnreachableKeychainAsAFailure)
{
    const Testing::ProcessRun child = runChild(
        "unreachable",
        QStringLiteral("env"),
        {},
        {QStringLiteral("DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/leitstand-bus"), QStringLiteral("DISPLAY=")});
    EXPECT_TRUE(childPassed(child)) << child.out.toStdString();
}

TEST_F(CredentialStoreTest, ReportsALockedKeyringAsAFailure)
{
    // A keyring of its own, since this one gets locked.
    const Testing::ProcessRun child
        = runChild("locked", QStringLiteral(LEITSTAND_SOURCE_DIR "/scripts/with-keyring.sh"), {});
    EXPECT_TRUE(childPassed(child)) << child.out.toStdString();
}

TEST_F(CredentialStoreTest, GivesUpOnAKeychainThatNeverAnswers)
{
    // A keyring of its own whose daemon is suspended: it holds the name on the bus and never
    // replies, as a hung keychain would.
    const auto started = std::chrono::steady_clock::now();
    const Testing::ProcessRun child = runChild("hanging",
                                               QStringLiteral(LEITSTAND_SOURCE_DIR "/scripts/with-keyring.sh"),
                                               {},
                                               {QStringLiteral("LEITSTAND_KEYRING_FREEZE=1")});
    EXPECT_TRUE(childPassed(child)) << child.out.toStdString();
    // The child also exits although its keychain call is still pending.
    EXPECT_LT(std::chrono::steady_clock::now() - started, 15s);
}

TEST(CredentialStoreChild, FailsInsteadOfFindingNothing)
{
    const QByteArray scenario = qgetenv(ChildVariable);
    if (scenario.isEmpty())
        GTEST_SKIP() << "runs as a child process of the CredentialStoreTest failure cases";
    const QString key = QStringLiteral("host/child/password");
    if (scenario == "locked") {
        CredentialStore store(uniqueService(), 10s);
        ASSERT_TRUE(store.writeSecret(key, QStringLiteral("x")).hasValue());
        // Locks the login collection through the Secret Service API itself.
        const Testing::ProcessRun lock
            = Testing::runProcess(QStringLiteral("dbus-send"),
                                  {QStringLiteral("--session"),
                                   QStringLiteral("--print-reply"),
                                   QStringLiteral("--dest=org.freedesktop.secrets"),
                                   QStringLiteral("/org/freedesktop/secrets"),
                                   QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                                   QStringLiteral("array:objpath:/org/freedesktop/secrets/collection/login")});
        ASSERT_EQ(lock.exitCode, 0) << lock.err.toStdString();
        const Expected<std::optional<QString>> found = store.findSecret(key);
        ASSERT_FALSE(found.hasValue());
        EXPECT_TRUE(found.error().message().contains(QStringLiteral("keychain")))
            << found.error().message().toStdString();
        return;
    }
    const auto timeout = scenario == "hanging" ? 1500ms : 10000ms;
    CredentialStore store(uniqueService(), timeout);
    const auto started = std::chrono::steady_clock::now();
    const Expected<std::optional<QString>> found = store.findSecret(key);
    ASSERT_FALSE(found.hasValue());
    EXPECT_TRUE(found.error().message().contains(QStringLiteral("keychain"))) << found.error().message().toStdString();
    if (scenario == "hanging")
        EXPECT_TRUE(found.error().message().contains(QStringLiteral("did not answer")));
    else
        EXPECT_FALSE(store.writeSecret(key, QStringLiteral("x")).hasValue());
    EXPECT_LT(std::chrono::steady_clock::now() - started, 5s);
}

TEST(CredentialStoreKeysTest, NameHostsAndIdentities)
{
    EXPECT_EQ(CredentialStore::hostPasswordKey(QStringLiteral("sese-prod")), QStringLiteral("host/sese-prod/password"));
    EXPECT_EQ(CredentialStore::identityPassphraseKey(QStringLiteral("/home/op/.ssh/../.ssh/id_ed25519")),
              QStringLiteral("identity//home/op/.ssh/id_ed25519/passphrase"));
}
