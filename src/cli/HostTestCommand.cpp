#include "HostTestCommand.h"

#include "CliOutput.h"
#include "remote/config/SshConfig.h"
#include "remote/credentials/CredentialStore.h"
#include "remote/ssh/SshConnection.h"
#include "remote/ssh/SshHostResolver.h"
#include "remote/ssh/SshProcess.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>

namespace Leitstand::Cli {

using namespace Remote;

namespace {

constexpr qsizetype MaxDockerOutput = 1024 * 1024;
constexpr std::chrono::seconds DockerTimeout{30};

// Secrets come from the keychain only; the command line never prompts (scripts run it).
SshSecretProvider keychainSecrets(const QString &hostName)
{
    return [hostName](const SshSecretRequest &request) -> std::optional<QString> {
        const CredentialStore store;
        const QString key = request.kind == SshSecretRequest::Kind::Password
                                ? CredentialStore::hostPasswordKey(hostName)
                                : CredentialStore::identityPassphraseKey(request.identityFile);
        const auto found = store.findSecret(key);
        return found ? *found : std::nullopt;
    };
}

QString firstLine(const QByteArray &text)
{
    return QString::fromUtf8(text).trimmed().section(QLatin1Char('\n'), 0, 0);
}

} // namespace

QString HostTestCommand::summary() const
{
    return tr("Log in to a host and report the server version, the login method and whether docker answers.");
}

QString HostTestCommand::synopsis() const
{
    return tr("NAME|TARGET [--format text|json]");
}

int HostTestCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    m_hostOptions.addTo(parser);
    const QCommandLineOption format(
        QStringLiteral("format"), tr("Output format: text (default) or json."), tr("FORMAT"), QStringLiteral("text"));
    parser.addOption(format);
    if (!parser.parse(arguments)) {
        CliOutput::error(parser.errorText());
        return ExitBadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        CliOutput::write(parser.helpText().toUtf8());
        return ExitOk;
    }
    const QString outputFormat = parser.value(format);
    if (parser.positionalArguments().size() != 1
        || (outputFormat != QStringLiteral("text") && outputFormat != QStringLiteral("json"))) {
        CliOutput::error(tr("usage: leitstand-cli hosts test %1").arg(synopsis()));
        return ExitBadInput;
    }
    const bool json = outputFormat == QStringLiteral("json");

    const HostOptions::Values values = m_hostOptions.read(parser);
    const auto host = HostOptions::selectHost(parser.positionalArguments().first(), values);
    if (!host) {
        CliOutput::error(host.error());
        return ExitBadInput;
    }
    const auto config = SshConfig::load();
    if (!config) {
        CliOutput::error(config.error());
        return ExitBadInput;
    }
    auto options = SshHostResolver::resolve(*host, *config);
    if (!options) {
        CliOutput::error(options.error());
        return ExitBadInput;
    }
    options->acceptNewHostKey = values.acceptNewHostKey;
    options->secretProvider = keychainSecrets(host->name);

    SshConnection connection(*options);
    QEventLoop loop;
    QObject::connect(&connection, &SshConnection::connected, &loop, &QEventLoop::quit);
    QObject::connect(&connection, &SshConnection::failed, &loop, &QEventLoop::quit);
    connection.connectToHost();
    loop.exec();
    if (connection.state() != SshConnection::State::Connected)
        return reportFailure(connection.lastFailure().value_or(SshFailure{}), json);

    const SshSessionInfo &info = connection.sessionInfo();
    const QJsonObject docker = probeDocker(connection, host->useSudo);
    if (json) {
        const QJsonObject report{
            {QStringLiteral("host"), host->name},
            {QStringLiteral("endpoint"), options->endpoint.label()},
            {QStringLiteral("serverVersion"), info.serverBanner},
            {QStringLiteral("hostKey"),
             QJsonObject{{QStringLiteral("type"), info.hostKeyType},
                         {QStringLiteral("fingerprint"), info.hostKeyFingerprint},
                         {QStringLiteral("recorded"), info.hostKeyRecorded}}},
            {QStringLiteral("authentication"), info.authenticationMethod},
            {QStringLiteral("docker"), docker},
        };
        CliOutput::write(QJsonDocument(report).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    CliOutput::writeLine(tr("host:           %1 (%2)").arg(host->name, options->endpoint.label()));
    CliOutput::writeLine(tr("server version: %1").arg(info.serverBanner));
    CliOutput::writeLine(
        tr("host key:       %1 %2%3")
            .arg(info.hostKeyType, info.hostKeyFingerprint)
            .arg(info.hostKeyRecorded
                     ? tr(" (new, recorded in %1)").arg(QDir::toNativeSeparators(options->knownHostsPath))
                     : QString()));
    CliOutput::writeLine(tr("authentication: %1").arg(info.authenticationMethod));
    if (docker.value(QStringLiteral("present")).toBool()) {
        CliOutput::writeLine(tr("docker:         present (client %1, server %2)")
                                 .arg(docker.value(QStringLiteral("clientVersion")).toString(),
                                      docker.value(QStringLiteral("serverVersion")).toString(tr("not reachable"))));
    } else {
        CliOutput::writeLine(
            tr("docker:         not available (%1)").arg(docker.value(QStringLiteral("error")).toString()));
    }
    return ExitOk;
}

int HostTestCommand::reportFailure(const SshFailure &failure, bool json) const
{
    CliOutput::error(failure.message);
    if (failure.kind == SshFailureKind::HostKeyChanged) {
        for (const QString &known : failure.knownFingerprints)
            CliOutput::error(tr("  known host key:   %1").arg(known));
        CliOutput::error(tr("  offered host key: %1 %2").arg(failure.offeredKeyType, failure.offeredFingerprint));
    } else if (failure.kind == SshFailureKind::HostKeyUnknown) {
        CliOutput::error(tr("  offered host key: %1 %2").arg(failure.offeredKeyType, failure.offeredFingerprint));
        CliOutput::error(tr("  if it is the host's key, run again with --accept-new-host-key to record it"));
    }
    if (json) {
        QJsonArray known;
        for (const QString &fingerprint : failure.knownFingerprints)
            known.append(fingerprint);
        CliOutput::write(QJsonDocument(QJsonObject{{QStringLiteral("error"), failure.message},
                                                   {QStringLiteral("offeredFingerprint"), failure.offeredFingerprint},
                                                   {QStringLiteral("knownFingerprints"), known}})
                             .toJson(QJsonDocument::Indented));
    }
    return failure.isTrustRefusal() ? ExitTrustRefused : ExitFailed;
}

QJsonObject HostTestCommand::probeDocker(SshConnection &connection, bool useSudo) const
{
    QStringList command{
        QStringLiteral("docker"), QStringLiteral("version"), QStringLiteral("--format"), QStringLiteral("json")};
    if (useSudo)
        command = QStringList{QStringLiteral("sudo"), QStringLiteral("-n")} + command;
    ProcessOptions processOptions;
    processOptions.timeout = DockerTimeout;
    const auto process = connection.exec(command, processOptions);
    QByteArray output;
    QByteArray errors;
    QObject::connect(process.get(), &RemoteProcess::standardOutput, process.get(), [&output](const QByteArray &chunk) {
        if (output.size() < MaxDockerOutput)
            output.append(chunk);
    });
    QObject::connect(process.get(), &RemoteProcess::standardError, process.get(), [&errors](const QByteArray &chunk) {
        if (errors.size() < MaxDockerOutput)
            errors.append(chunk);
    });
    QEventLoop loop;
    QObject::connect(process.get(), &RemoteProcess::finished, &loop, &QEventLoop::quit);
    if (!process->isFinished())
        loop.exec();

    const ProcessResult result = process->result();
    QJsonObject docker;
    const QJsonObject versions = QJsonDocument::fromJson(output).object();
    const QJsonObject client = versions.value(QStringLiteral("Client")).toObject();
    const QJsonObject server = versions.value(QStringLiteral("Server")).toObject();
    const bool present = !client.isEmpty();
    docker.insert(QStringLiteral("present"), present);
    if (present) {
        docker.insert(QStringLiteral("clientVersion"), client.value(QStringLiteral("Version")));
        if (!server.isEmpty())
            docker.insert(QStringLiteral("serverVersion"), server.value(QStringLiteral("Version")));
    }
    if (result.failure != ProcessFailure::None)
        docker.insert(QStringLiteral("error"), result.errorMessage);
    else if (result.exitCode == 127)
        docker.insert(QStringLiteral("error"), tr("docker is not installed"));
    else if (!result.succeeded())
        docker.insert(QStringLiteral("error"), firstLine(errors));
    return docker;
}

} // namespace Leitstand::Cli
