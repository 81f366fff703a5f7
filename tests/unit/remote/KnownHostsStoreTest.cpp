// known_hosts handling against files and keys made by OpenSSH's own ssh-keygen.
#include "remote/trust/KnownHostsStore.h"
#include "remote/trust/HostKey.h"

#include "RemoteTestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace Leitstand;
using namespace Leitstand::Remote;
using Verdict = KnownHostsStore::Verdict;

namespace {

class KnownHostsStoreTest : public testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_keys = std::make_unique<QTemporaryDir>();
        s_edA = generate(QStringLiteral("ed_a"), {QStringLiteral("-t"), QStringLiteral("ed25519")});
        s_edB = generate(QStringLiteral("ed_b"), {QStringLiteral("-t"), QStringLiteral("ed25519")});
        s_ecdsa
            = generate(QStringLiteral("ecdsa"),
                       {QStringLiteral("-t"), QStringLiteral("ecdsa"), QStringLiteral("-b"), QStringLiteral("256")});
        s_rsa = generate(QStringLiteral("rsa"),
                         {QStringLiteral("-t"), QStringLiteral("rsa"), QStringLiteral("-b"), QStringLiteral("2048")});
    }
    static void TearDownTestSuite() { s_keys.reset(); }

    static HostKey generate(const QString &name, QStringList options)
    {
        const QString path = s_keys->filePath(name);
        options << QStringLiteral("-N") << QString() << QStringLiteral("-q") << QStringLiteral("-C")
                << QStringLiteral("leitstand-test") << QStringLiteral("-f") << path;
        const Testing::ProcessRun run = Testing::runProcess(QStringLiteral("ssh-keygen"), options);
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        const Expected<HostKey> key
            = HostKey::fromOpenSshText(QString::fromUtf8(Testing::readTextFile(path + QStringLiteral(".pub"))));
        EXPECT_TRUE(key.hasValue());
        return key ? *key : HostKey();
    }
    static QByteArray line(const char *hosts, const HostKey &key)
    {
        return QByteArray(hosts) + ' ' + key.toOpenSshText().toUtf8() + " comment\n";
    }

    QString write(const QByteArray &contents)
    {
        const QString path = m_dir.filePath(QStringLiteral("known_hosts"));
        Testing::writeTextFile(path, contents);
        return path;
    }
    // ssh-keygen -F: does OpenSSH find an entry for the name in the file?
    static bool opensshFinds(const QString &path, const QString &name)
    {
        const Testing::ProcessRun run = Testing::runProcess(QStringLiteral("ssh-keygen"),
                                                            {QStringLiteral("-F"), name, QStringLiteral("-f"), path});
        return run.exitCode == 0 && run.out.contains("found");
    }
    void expectBasicVerdicts(const KnownHostsStore &store)
    {
        EXPECT_EQ(store.check(QStringLiteral("host-a"), 22, s_edA).verdict, Verdict::Trusted);
        EXPECT_EQ(store.check(QStringLiteral("HOST-A"), 22, s_edA).verdict, Verdict::Trusted);
        const KnownHostsStore::Result changed = store.check(QStringLiteral("host-a"), 22, s_edB);
        EXPECT_EQ(changed.verdict, Verdict::Changed);
        EXPECT_EQ(changed.storedKeys, QList<HostKey>{s_edA});
        EXPECT_FALSE(changed.revoked);
        const KnownHostsStore::Result otherType = store.check(QStringLiteral("host-a"), 22, s_ecdsa);
        EXPECT_EQ(otherType.verdict, Verdict::UnknownForType);
        EXPECT_EQ(otherType.storedKeys, QList<HostKey>{s_edA});
        EXPECT_EQ(store.check(QStringLiteral("host-b"), 2222, s_ecdsa).verdict, Verdict::Trusted);
        EXPECT_EQ(store.check(QStringLiteral("host-b"), 22, s_ecdsa).verdict, Verdict::Unknown);
        EXPECT_EQ(store.check(QStringLiteral("host-a"), 2222, s_edA).verdict, Verdict::Unknown);
        EXPECT_EQ(store.check(QStringLiteral("10.0.0.3"), 22, s_rsa).verdict, Verdict::Trusted);
        EXPECT_EQ(store.check(QStringLiteral("host-c"), 22, s_rsa).verdict, Verdict::Trusted);
        EXPECT_EQ(store.check(QStringLiteral("host-z"), 22, s_edA).verdict, Verdict::Unknown);
    }
    QByteArray basicFile() const
    {
        return line("host-a", s_edA) + line("[host-b]:2222", s_ecdsa) + line("host-c,10.0.0.3", s_rsa);
    }

    QTemporaryDir m_dir;
    static inline std::unique_ptr<QTemporaryDir> s_keys;
    static inline HostKey s_edA, s_edB, s_ecdsa, s_rsa;
};

} // namespace

TEST_F(KnownHostsStoreTest, FingerprintsMatchSshKeygen)
{
    const QList<std::pair<QString, HostKey>> keys{
        {QStringLiteral("ed_a"), s_edA}, {QStringLiteral("ecdsa"), s_ecdsa}, {QStringLiteral("rsa"), s_rsa}};
    for (const auto &[name, key] : keys) {
        const Testing::ProcessRun run = Testing::runProcess(
            QStringLiteral("ssh-keygen"), {QStringLiteral("-lf"), s_keys->filePath(name + QStringLiteral(".pub"))});
        ASSERT_EQ(run.exitCode, 0);
        EXPECT_EQ(key.sha256Fingerprint(), QString::fromUtf8(run.out).split(QLatin1Char(' ')).value(1));
    }
    EXPECT_EQ(s_edA.type, QStringLiteral("ssh-ed25519"));
    EXPECT_EQ(s_ecdsa.type, QStringLiteral("ecdsa-sha2-nistp256"));
    EXPECT_EQ(s_rsa.type, QStringLiteral("ssh-rsa"));
    EXPECT_EQ(*HostKey::fromBlob(s_rsa.blob), s_rsa);
}

TEST_F(KnownHostsStoreTest, RefusesKeysThatAreNotKeys)
{
    EXPECT_FALSE(HostKey::fromBlob(QByteArray("abc")).hasValue());
    EXPECT_FALSE(HostKey::fromBlob(QByteArray("\xff\xff\xff\xffssh-rsa", 11)).hasValue());
    EXPECT_FALSE(HostKey::fromOpenSshText(QStringLiteral("ssh-ed25519 not*base64")).hasValue());
    EXPECT_FALSE(HostKey::fromOpenSshText(QStringLiteral("ssh-ed25519")).hasValue());
    // A blob labelled with another type than it holds.
    EXPECT_FALSE(
        HostKey::fromOpenSshText(QStringLiteral("ssh-rsa ") + QString::fromLatin1(s_edA.blob.toBase64())).hasValue());
}

TEST_F(KnownHostsStoreTest, DecidesTrustPerHostPortAndType)
{
    expectBasicVerdicts(KnownHostsStore(write(basicFile())));
}

TEST_F(KnownHostsStoreTest, ReadsFilesHashedBySshKeygen)
{
    const QString path = write(basicFile());
    const Testing::ProcessRun run
        = Testing::runProcess(QStringLiteral("ssh-keygen"), {QStringLiteral("-H"), QStringLiteral("-f"), path});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QByteArray hashed = Testing::readTextFile(path);
    ASSERT_FALSE(hashed.contains("host-a"));
    ASSERT_TRUE(hashed.startsWith("|1|"));
    expectBasicVerdicts(KnownHostsStore(path));
}

TEST_F(KnownHostsStoreTest, HonoursPatternsRevocationAndSkipsCertificateAuthorities)
{
    const KnownHostsStore store(write("# managed by hand\n\n" + line("*.lan,!nas.lan", s_edA) + "@revoked * "
                                      + s_edB.toOpenSshText().toUtf8() + "\n" + "@cert-authority *.lan "
                                      + s_ecdsa.toOpenSshText().toUtf8() + "\n" + line("db?.internal", s_rsa)));
    EXPECT_EQ(store.check(QStringLiteral("printer.lan"), 22, s_edA).verdict, Verdict::Trusted);
    EXPECT_EQ(store.check(QStringLiteral("nas.lan"), 22, s_edA).verdict, Verdict::Unknown);
    EXPECT_EQ(store.check(QStringLiteral("db1.internal"), 22, s_rsa).verdict, Verdict::Trusted);
    EXPECT_EQ(store.check(QStringLiteral("db12.internal"), 22, s_rsa).verdict, Verdict::Unknown);

    const KnownHostsStore::Result revoked = store.check(QStringLiteral("anything.example"), 22, s_edB);
    EXPECT_EQ(revoked.verdict, Verdict::Changed);
    EXPECT_TRUE(revoked.revoked);
    EXPECT_TRUE(revoked.detail.contains(QStringLiteral("@revoked"))) << revoked.detail.toStdString();
    EXPECT_TRUE(revoked.detail.contains(QStringLiteral("line 4"))) << revoked.detail.toStdString();

    // The CA line vouches for certificates only; a plain key it lists is not trusted by it.
    EXPECT_EQ(store.check(QStringLiteral("printer.lan"), 22, s_ecdsa).verdict, Verdict::UnknownForType);
    EXPECT_EQ(store.storedKeyTypes(QStringLiteral("printer.lan"), 22), QStringList{QStringLiteral("ssh-ed25519")});
}

TEST_F(KnownHostsStoreTest, BrokenAndOverlongLinesDoNotHideLaterEntries)
{
    QByteArray contents = "this is not an entry\n";
    contents += "host-x ssh-ed25519 !!!notbase64!!!\n";
    contents += "host-x " + QByteArray(300 * 1024, 'A') + "\n";
    contents += "host-x ssh-rsa " + s_edA.blob.toBase64() + "\n"; // labelled with the wrong type
    contents += "@unknown-marker host-x " + s_edA.toOpenSshText().toUtf8() + "\n";
    contents += QByteArray("host-x\0garbage\n", 15);
    contents += "host-y " + s_edA.toOpenSshText().toUtf8() + "\r\n";
    contents += line("host-z", s_rsa);
    const KnownHostsStore store(write(contents));
    EXPECT_EQ(store.check(QStringLiteral("host-y"), 22, s_edA).verdict, Verdict::Trusted);
    EXPECT_EQ(store.check(QStringLiteral("host-z"), 22, s_rsa).verdict, Verdict::Trusted);
    EXPECT_EQ(store.check(QStringLiteral("host-x"), 22, s_edA).verdict, Verdict::Unknown);
}

TEST_F(KnownHostsStoreTest, ListsStoredTypesInFileOrder)
{
    const KnownHostsStore store(write(line("[multi]:2200", s_ecdsa) + line("[multi]:2200", s_edA)
                                      + line("[multi]:2200", s_rsa) + line("[multi]:2200", s_edA)
                                      + "@revoked [multi]:2200 " + s_edB.toOpenSshText().toUtf8() + "\n"));
    EXPECT_EQ(
        store.storedKeyTypes(QStringLiteral("multi"), 2200),
        (QStringList{QStringLiteral("ecdsa-sha2-nistp256"), QStringLiteral("ssh-ed25519"), QStringLiteral("ssh-rsa")}));
    EXPECT_TRUE(store.storedKeyTypes(QStringLiteral("multi"), 22).isEmpty());
}

TEST_F(KnownHostsStoreTest, MissingFileIsEmptyAndUnreadableFileFailsClosed)
{
    const KnownHostsStore missing(m_dir.filePath(QStringLiteral("nothing/known_hosts")));
    EXPECT_EQ(missing.check(QStringLiteral("host-a"), 22, s_edA).verdict, Verdict::Unknown);

    // Root reads any file whatever its mode, so a folder stands in for an unreadable file.
    const QString folder = m_dir.filePath(QStringLiteral("folder"));
    ASSERT_TRUE(QDir().mkpath(folder));
    KnownHostsStore unreadable(folder);
    const KnownHostsStore::Result result = unreadable.check(QStringLiteral("host-a"), 22, s_edA);
    EXPECT_EQ(result.verdict, Verdict::StoreUnreadable);
    EXPECT_FALSE(result.detail.isEmpty());
    EXPECT_TRUE(unreadable.storedKeyTypes(QStringLiteral("host-a"), 22).isEmpty());
    EXPECT_FALSE(unreadable.add(QStringLiteral("host-a"), 22, s_edA).hasValue());
}

TEST_F(KnownHostsStoreTest, AddsEntriesOpenSshFinds)
{
    const QString path = m_dir.filePath(QStringLiteral("new/.ssh/known_hosts"));
    KnownHostsStore store(path);
    ASSERT_TRUE(store.add(QStringLiteral("Host-N"), 22, s_edA).hasValue());
    ASSERT_TRUE(store.add(QStringLiteral("host-n"), 2222, s_ecdsa).hasValue());
    ASSERT_TRUE(store.add(QStringLiteral("fd7a:115c:a1e0::7"), 2222, s_rsa).hasValue());
    // Recording a trusted key again changes nothing.
    ASSERT_TRUE(store.add(QStringLiteral("host-n"), 22, s_edA).hasValue());

    EXPECT_EQ(Testing::readTextFile(path),
              "host-n " + s_edA.toOpenSshText().toUtf8() + "\n[host-n]:2222 " + s_ecdsa.toOpenSshText().toUtf8()
                  + "\n[fd7a:115c:a1e0::7]:2222 " + s_rsa.toOpenSshText().toUtf8() + "\n");
    EXPECT_EQ(Testing::unixMode(path), 0600);
    EXPECT_TRUE(opensshFinds(path, QStringLiteral("host-n")));
    EXPECT_TRUE(opensshFinds(path, QStringLiteral("[host-n]:2222")));
    EXPECT_TRUE(opensshFinds(path, QStringLiteral("[fd7a:115c:a1e0::7]:2222")));
    EXPECT_EQ(store.check(QStringLiteral("host-n"), 2222, s_ecdsa).verdict, Verdict::Trusted);

    // A different key of a recorded type is a change: replacing it is not add's business.
    const Outcome refused = store.add(QStringLiteral("host-n"), 22, s_edB);
    ASSERT_FALSE(refused.hasValue());
    EXPECT_EQ(store.check(QStringLiteral("host-n"), 22, s_edA).verdict, Verdict::Trusted);
}

TEST_F(KnownHostsStoreTest, AddKeepsContentAndModeAndHashesLikeTheFile)
{
    const QString path = write("# keep this comment\n" + line("host-a", s_edA).trimmed());
    ASSERT_EQ(
        Testing::runProcess(QStringLiteral("ssh-keygen"), {QStringLiteral("-H"), QStringLiteral("-f"), path}).exitCode,
        0);
    ASSERT_TRUE(QFile::setPermissions(
        path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    ASSERT_EQ(Testing::unixMode(path), 0644);
    const QByteArray before = Testing::readTextFile(path);

    KnownHostsStore store(path);
    ASSERT_TRUE(store.add(QStringLiteral("newhost"), 22, s_edB).hasValue());
    ASSERT_TRUE(store.add(QStringLiteral("newhost"), 2022, s_rsa).hasValue());

    const QByteArray after = Testing::readTextFile(path);
    EXPECT_TRUE(after.startsWith(before));
    EXPECT_FALSE(after.contains("newhost"));
    const QList<QByteArray> added = after.mid(before.size()).split('\n');
    ASSERT_EQ(added.size(), 3);
    EXPECT_TRUE(added.at(0).startsWith("|1|"));
    EXPECT_TRUE(added.at(1).startsWith("|1|"));
    EXPECT_EQ(Testing::unixMode(path), 0644);
    EXPECT_TRUE(opensshFinds(path, QStringLiteral("newhost")));
    EXPECT_TRUE(opensshFinds(path, QStringLiteral("[newhost]:2022")));
    EXPECT_FALSE(opensshFinds(path, QStringLiteral("[newhost]:2023")));
    EXPECT_EQ(store.check(QStringLiteral("host-a"), 22, s_edA).verdict, Verdict::Trusted);
    EXPECT_EQ(store.check(QStringLiteral("newhost"), 22, s_edB).verdict, Verdict::Trusted);
}
