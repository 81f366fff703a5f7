#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace Leitstand::Testing {

// A real OpenSSH server on 127.0.0.1 and a free port, with throwaway host keys, its own
// authorized_keys and sshd_config in a temporary folder, running as the current user (root in
// CI: StrictModes, PAM and root login are relaxed for this instance only).
class SshTestServer final
{
public:
    struct Settings
    {
        QString hostKeyType = QStringLiteral("ed25519");
        QStringList extraConfig; // more sshd_config lines
        // Runs sshd in a private mount namespace whose /etc/shadow holds only root with this
        // password, so password login is tested without touching the machine's accounts.
        QString rootPassword;
    };

    SshTestServer();
    explicit SshTestServer(Settings settings);
    ~SshTestServer();

    bool start();
    void stop();
    // SIGKILL to the server and every session process it forked.
    void killAll();
    // A new host key of the same type, as after a reinstall; restart to use it.
    bool regenerateHostKey();

    int port() const { return m_port; }
    QString directory() const { return m_dir.path(); }
    QString hostKeyFingerprint() const; // SHA256:..., via ssh-keygen -l
    QString log();
    void authorize(const QString &publicKeyFile);
    void addConfigLine(const QString &line) { m_settings.extraConfig.append(line); }
    QString startError() const { return m_startError; }

    // ssh-keygen a user key; empty passphrase for none. Returns the private key's path.
    static QString generateKey(const QString &directory,
                               const QString &name,
                               const QString &type,
                               const QString &passphrase = QString());
    static int freePort();
    static QString currentUser();
    static QString run(const QString &program,
                       const QStringList &arguments,
                       int *exitCode = nullptr,
                       const QByteArray &input = {});

private:
    bool writeConfig();

    Settings m_settings;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_log;
    int m_port = 0;
    QString m_startError;
};

} // namespace Leitstand::Testing
