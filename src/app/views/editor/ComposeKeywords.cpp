#include "ComposeKeywords.h"

#include <QTextBlock>

#include <algorithm>

namespace Leitstand {

namespace {

QStringList sortedWords(std::initializer_list<const char *> words)
{
    QStringList list;
    for (const char *word : words)
        list.append(QString::fromLatin1(word));
    list.removeDuplicates();
    list.sort();
    return list;
}

int indentation(const QString &line)
{
    int indent = 0;
    while (indent < line.size() && line.at(indent) == QLatin1Char(' '))
        ++indent;
    return indent;
}

bool isContent(const QString &line)
{
    const QString trimmed = line.trimmed();
    return !trimmed.isEmpty() && !trimmed.startsWith(QLatin1Char('#'));
}

} // namespace

QStringList ComposeKeywords::completionsAt(const QTextBlock &block, const QStringList &serviceNames)
{
    const int indent = indentation(block.text());
    if (indent == 0)
        return topLevelKeys();
    // Walk up to the top-level key this line belongs to, noting the shallowest indentation seen
    // below it: that is where the service names of a "services:" section stand.
    int childIndent = indent;
    for (QTextBlock above = block.previous(); above.isValid(); above = above.previous()) {
        const QString line = above.text();
        if (!isContent(line))
            continue;
        const int aboveIndent = indentation(line);
        if (aboveIndent > 0) {
            childIndent = std::min(childIndent, aboveIndent);
            continue;
        }
        if (!line.startsWith(QLatin1String("services:")))
            return serviceKeys();
        if (indent <= childIndent)
            return {};
        // A list item inside a service is a value: depends_on, links and the like name services.
        if (block.text().trimmed().startsWith(QLatin1Char('-')))
            return serviceNames;
        QStringList words = serviceKeys();
        for (const QString &name : serviceNames) {
            if (!words.contains(name))
                words.append(name);
        }
        words.sort();
        return words;
    }
    return topLevelKeys();
}

const QStringList &ComposeKeywords::topLevelKeys()
{
    static const QStringList keys
        = sortedWords({"services", "networks", "volumes", "secrets", "configs", "include", "name", "version"});
    return keys;
}

const QStringList &ComposeKeywords::serviceKeys()
{
    static const QStringList keys = sortedWords({
        "image",
        "build",
        "command",
        "entrypoint",
        "container_name",
        "hostname",
        "ports",
        "expose",
        "depends_on",
        "healthcheck",
        "environment",
        "env_file",
        "volumes",
        "networks",
        "network_mode",
        "deploy",
        "labels",
        "restart",
        "profiles",
        "extends",
        "secrets",
        "configs",
        "user",
        "working_dir",
        "logging",
        "ulimits",
        "cap_add",
        "cap_drop",
        "privileged",
        "pid",
        "ipc",
        "devices",
        "security_opt",
        "read_only",
        "tmpfs",
        "stop_signal",
        "stop_grace_period",
        "extra_hosts",
        "dns",
        "platform",
        "mem_limit",
        "cpus",
        "shm_size",
        "sysctls",
        "init",
        "tty",
        "stdin_open",
        "pull_policy",
        "condition",
        "test",
        "interval",
        "timeout",
        "retries",
        "start_period",
        "resources",
        "limits",
        "reservations",
        "replicas",
        "driver",
        "driver_opts",
        "external",
        "aliases",
        "ipv4_address",
        "target",
        "source",
        "published",
        "host_ip",
        "protocol",
        "read_only",
        "service_healthy",
        "service_started",
        "service_completed_successfully",
        "unless-stopped",
        "always",
        "on-failure",
    });
    return keys;
}

} // namespace Leitstand
