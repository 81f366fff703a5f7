#include "PortOverrideWriter.h"

#include <QHash>

namespace Leitstand::Analysis {

namespace {

// Double-quoted YAML scalar: safe for any text (IPv6 addresses, names with colons).
QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString portEntry(const PortBinding &port, const QString &published)
{
    QStringList fields{QStringLiteral("target: %1").arg(port.target)};
    if (!published.isEmpty())
        fields.append(QStringLiteral("published: %1").arg(quoted(published)));
    if (!port.hostIp.isEmpty())
        fields.append(QStringLiteral("host_ip: %1").arg(quoted(port.hostIp)));
    fields.append(QStringLiteral("protocol: %1").arg(port.protocol));
    fields.append(QStringLiteral("mode: %1").arg(port.mode));
    if (!port.name.isEmpty())
        fields.append(QStringLiteral("name: %1").arg(quoted(port.name)));
    if (!port.appProtocol.isEmpty())
        fields.append(QStringLiteral("app_protocol: %1").arg(quoted(port.appProtocol)));
    return QStringLiteral("      - {%1}\n").arg(fields.join(QStringLiteral(", ")));
}

} // namespace

QByteArray PortOverrideWriter::write(const ComposeProject &project, const QList<PortMove> &moves)
{
    QHash<QString, QHash<int, int>> newPorts; // service → old port → new port
    for (const PortMove &move : moves) {
        if (move.isResolved() && move.stack == project.name)
            newPorts[move.service].insert(move.from, move.to);
    }

    // Comments are English on purpose: the file is shared with others who edit compose files.
    QString text
        = QStringLiteral("# Port migration for project \"%1\", written by leitstand-cli ports --plan-override.\n"
                         "# Use it after the project's own files: docker compose -f <files> -f <this file> up -d\n"
                         "#\n"
                         "# `ports: !override` replaces the service's whole port list. Without it compose merges the\n"
                         "# lists entry by entry and would publish the new port next to the old one. The tag needs\n"
                         "# Docker Compose 2.24.4 or later; docker-compose v1 has no way to drop a port from an\n"
                         "# override file, so there the moves below have to be made in the original file instead.\n"
                         "# Every port of a moved service is repeated in the long form, moved or not.\n")
              .arg(project.name);
    text += QStringLiteral("services:\n");
    for (const ComposeService &service : project.services) {
        const QHash<int, int> serviceMoves = newPorts.value(service.name);
        if (serviceMoves.isEmpty())
            continue;
        text += QStringLiteral("  %1:\n").arg(quoted(service.name));
        for (const PortMove &move : moves) {
            if (move.stack == project.name && move.service == service.name && move.isResolved())
                text += QStringLiteral("    # %1 -> %2 (%3: %4-%5)\n")
                            .arg(move.from)
                            .arg(move.to)
                            .arg(move.categoryLabel)
                            .arg(move.rangeFirst)
                            .arg(move.rangeLast);
        }
        text += QStringLiteral("    ports: !override\n");
        for (const PortBinding &port : service.ports) {
            bool isNumber = false;
            const int published = port.published.toInt(&isNumber);
            const bool moved = isNumber && serviceMoves.contains(published);
            text += portEntry(port, moved ? QString::number(serviceMoves.value(published)) : port.published);
        }
    }
    return text.toUtf8();
}

} // namespace Leitstand::Analysis
