#include "SshTestServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QTcpServer>

#include <csignal>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Leitstand::Testing {

namespace {

// The pids of every process below root, read from /proc.
QList<pid_t> descendantsOf(pid_t root)
{
    QHash<pid_t, pid_t> parents;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool isPid = false;
        const pid_t pid = entry.toInt(&isPid);
        if (!isPid)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        // "pid (comm) state ppid ...": comm may hold spaces, so split after the last ')'.
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1)
            parents.insert(pid, fields.at(1).toInt());
    }
    QList<pid_t> result;
    QList<pid_t> frontier{root};
    while (!frontier.isEmpty()) {
        const pid_t parent = frontier.takeFirst();
        for (auto it = parents.cbegin(); it != parents.cend(); ++it) {
            if (it.value() == parent) {
                result.append(it.key());
                frontier.append(it.key());
            }
        }
    }
    return result;
}

} // namespace

SshTestServer::SshTestServer()
    : SshTestServer(Settings{})
{}

SshTestServer::SshTestServer(Settings settings)
    : m_settings(std::move(settings))
{
    ::chmod(m_dir.path().toLocal8Bit().constData(), 0700);
    QFile(m_dir.filePath(QStringLiteral("authorized_keys"))).open(QIODevice::WriteOnly);
    regenerateHostKey();
}

SshTestServer::~SshTestServer()
{
    stop();
}

QString SshTestServer::run(const QString &program, const QStringList &arguments, int *exitCode, const QByteArray &input)
{
    QProcess process;
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(30000);
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

QString SshTestServer::generateKey(const QString &directory,
                                   const QString &name,
                                   const QString &type,
                                   const QString &passphrase)
{
    const QString path = directory + QLatin1Char('/') + name;
    QFile::remove(path);
    QFile::remove(path + QStringLiteral(".pub"));
    QStringList arguments{QStringLiteral("-q"),
                          QStringLiteral("-t"),
                          type,
                          QStringLiteral("-N"),
                          passphrase,
                          QStringLiteral("-C"),
                          name,
                          QStringLiteral("-f"),
                          path};
    if (type == QLatin1String("rsa"))
        arguments << QStringLiteral("-b") << QStringLiteral("2048");
    int exitCode = -1;
    run(QStringLiteral("ssh-keygen"), arguments, &exitCode);
    return exitCode == 0 ? path : QString();
}

int SshTestServer::freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

QString SshTestServer::currentUser()
{
    const passwd *entry = ::getpwuid(::getuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QString();
}

bool SshTestServer::regenerateHostKey()
{
    return !generateKey(m_dir.path(), QStringLiteral("host_key"), m_settings.hostKeyType).isEmpty();
}

QString SshTestServer::hostKeyFingerprint() const
{
    const QString output
        = run(QStringLiteral("ssh-keygen"),
              {QStringLiteral("-l"), QStringLiteral("-f"), m_dir.filePath(QStringLiteral("host_key.pub"))});
    return output.section(QLatin1Char(' '), 1, 1);
}

void SshTestServer::authorize(const QString &publicKeyFile)
{
    QFile source(publicKeyFile);
    QFile keys(m_dir.filePath(QStringLiteral("authorized_keys")));
    if (source.open(QIODevice::ReadOnly) && keys.open(QIODevice::Append))
        keys.write(source.readAll());
}

bool SshTestServer::writeConfig()
{
    QFile config(m_dir.filePath(QStringLiteral("sshd_config")));
    if (!config.open(QIODevice::WriteOnly))
        return false;
    // sshd takes the first value of a keyword: a test's own lines come first.
    QStringList lines = m_settings.extraConfig;
    lines += QStringList{
        QStringLiteral("Port %1").arg(m_port),
        QStringLiteral("ListenAddress 127.0.0.1"),
        QStringLiteral("HostKey %1").arg(m_dir.filePath(QStringLiteral("host_key"))),
        QStringLiteral("PidFile none"),
        QStringLiteral("AuthorizedKeysFile %1").arg(m_dir.filePath(QStringLiteral("authorized_keys"))),
        QStringLiteral("StrictModes no"),
        QStringLiteral("UsePAM no"),
        QStringLiteral("PermitRootLogin yes"),
        QStringLiteral("PasswordAuthentication %1")
            .arg(m_settings.rootPassword.isEmpty() ? QStringLiteral("no") : QStringLiteral("yes")),
        QStringLiteral("KbdInteractiveAuthentication no"),
        QStringLiteral("MaxSessions 200"),
        QStringLiteral("MaxStartups 100"),
        QStringLiteral("LogLevel VERBOSE"),
    };
    config.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
    return true;
}

bool SshTestServer::start()
{
    stop();
    m_log.clear();
    // A restart keeps the port: known_hosts records keys per host and port.
    if (m_port == 0)
        m_port = freePort();
    if (m_port <= 0 || !writeConfig())
        return false;
    // sshd running as root wants its privilege separation folder, which the Debian service
    // would create.
    if (::getuid() == 0)
        QDir().mkpath(QStringLiteral("/run/sshd"));
    const QString configPath = m_dir.filePath(QStringLiteral("sshd_config"));
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setReadChannel(QProcess::StandardError);
    if (m_settings.rootPassword.isEmpty()) {
        m_process->start(QStringLiteral("/usr/sbin/sshd"),
                         {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), configPath});
    } else {
        const QString hash = run(QStringLiteral("openssl"),
                                 {QStringLiteral("passwd"), QStringLiteral("-6"), QStringLiteral("-stdin")},
                                 nullptr,
                                 m_settings.rootPassword.toUtf8())
                                 .trimmed();
        QFile shadow(m_dir.filePath(QStringLiteral("shadow")));
        if (!shadow.open(QIODevice::WriteOnly))
            return false;
        shadow.write(QStringLiteral("root:%1:19000:0:99999:7:::\n").arg(hash).toUtf8());
        shadow.close();
        QStringList arguments;
        if (::getuid() != 0)
            arguments << QStringLiteral("--user") << QStringLiteral("--map-root-user");
        arguments << QStringLiteral("--mount") << QStringLiteral("--propagation") << QStringLiteral("private")
                  << QStringLiteral("sh") << QStringLiteral("-c")
                  << QStringLiteral("mount --bind \"$1\" /etc/shadow && exec /usr/sbin/sshd -D -e -f \"$2\"")
                  << QStringLiteral("sh") << shadow.fileName() << configPath;
        m_process->start(QStringLiteral("unshare"), arguments);
    }
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        m_process->waitForReadyRead(100);
        m_log += m_process->readAllStandardError();
        if (m_log.contains("Server listening on"))
            return true;
        if (m_process->state() == QProcess::NotRunning)
            break;
    }
    m_startError = QString::fromUtf8(m_log);
    stop();
    return false;
}

QString SshTestServer::log()
{
    // sshd may still be writing (the caller's event loop was not running): read until it pauses.
    while (m_process && m_process->state() == QProcess::Running && m_process->waitForReadyRead(200))
        m_log += m_process->readAllStandardError();
    if (m_process)
        m_log += m_process->readAllStandardError();
    return QString::fromUtf8(m_log);
}

void SshTestServer::killAll()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    const pid_t pid = static_cast<pid_t>(m_process->processId());
    for (const pid_t child : descendantsOf(pid))
        ::kill(child, SIGKILL);
    ::kill(pid, SIGKILL);
    m_process->waitForFinished(5000);
}

void SshTestServer::stop()
{
    if (!m_process)
        return;
    killAll();
    m_log += m_process->readAllStandardError();
    m_process.reset();
}

} // namespace Leitstand::Testing
