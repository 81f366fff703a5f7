#include "TailscalePeers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>
#include <tuple>

namespace Leitstand::Remote {

namespace {

TailscalePeer readPeer(const QJsonObject &object, bool isSelf)
{
    TailscalePeer peer;
    peer.hostName = object.value(QLatin1String("HostName")).toString();
    peer.dnsName = object.value(QLatin1String("DNSName")).toString();
    if (peer.dnsName.endsWith(QLatin1Char('.')))
        peer.dnsName.chop(1);
    peer.os = object.value(QLatin1String("OS")).toString();
    for (const QJsonValue &ip : object.value(QLatin1String("TailscaleIPs")).toArray())
        peer.tailscaleIps.append(ip.toString());
    peer.online = object.value(QLatin1String("Online")).toBool();
    peer.isSelf = isSelf;
    return peer;
}

} // namespace

Expected<QList<TailscalePeer>> TailscalePeers::parse(const QByteArray &statusJson)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(statusJson, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error(tr("tailscale printed no status JSON: %1").arg(parseError.errorString()));
    const QJsonObject status = document.object();
    const QString state = status.value(QLatin1String("BackendState")).toString();
    if (state != QLatin1String("Running"))
        return Error(tr("Tailscale is not running here (state: %1)").arg(state.isEmpty() ? tr("unknown") : state));

    QList<TailscalePeer> peers;
    const QJsonValue self = status.value(QLatin1String("Self"));
    if (self.isObject())
        peers.append(readPeer(self.toObject(), true));
    QList<TailscalePeer> others;
    const QJsonObject peerMap = status.value(QLatin1String("Peer")).toObject();
    for (auto it = peerMap.begin(); it != peerMap.end(); ++it) {
        const QJsonObject object = it.value().toObject();
        if (object.value(QLatin1String("ShareeNode")).toBool())
            continue;
        others.append(readPeer(object, false));
    }
    // The map is keyed by node key, which means nothing to people: by MagicDNS name, then the
    // machines without one.
    std::sort(others.begin(), others.end(), [](const TailscalePeer &a, const TailscalePeer &b) {
        return std::tuple(a.dnsName.isEmpty(), a.dnsName, a.hostName)
               < std::tuple(b.dnsName.isEmpty(), b.dnsName, b.hostName);
    });
    peers.append(others);
    return peers;
}

QString TailscalePeers::executable()
{
    const QString found = QStandardPaths::findExecutable(QStringLiteral("tailscale"));
    if (!found.isEmpty())
        return found;
    // The macOS app bundles its CLI without putting it on PATH.
    return QStandardPaths::findExecutable(QStringLiteral("Tailscale"),
                                          {QStringLiteral("/Applications/Tailscale.app/Contents/MacOS")});
}

Expected<QList<TailscalePeer>> TailscalePeers::query(std::chrono::milliseconds timeout)
{
    const QString program = executable();
    if (program.isEmpty())
        return Error(tr("the tailscale command is not installed"));
    QProcess process;
    process.start(program, {QStringLiteral("status"), QStringLiteral("--json")});
    if (!process.waitForStarted(static_cast<int>(timeout.count())))
        return Error(tr("cannot run %1: %2").arg(program, process.errorString()));
    if (!process.waitForFinished(static_cast<int>(timeout.count()))) {
        process.kill();
        process.waitForFinished(1000);
        return Error(tr("tailscale status did not answer within %1 s").arg(timeout.count() / 1000.0));
    }
    const QByteArray output = process.readAllStandardOutput();
    // It exits non-zero when stopped but may still print the status; its own words are best.
    if (output.trimmed().isEmpty()) {
        return Error(
            tr("tailscale status failed: %1").arg(QString::fromUtf8(process.readAllStandardError()).trimmed()));
    }
    return parse(output);
}

} // namespace Leitstand::Remote
