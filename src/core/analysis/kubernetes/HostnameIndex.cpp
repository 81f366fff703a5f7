#include "HostnameIndex.h"

namespace Leitstand::Analysis {

namespace {

bool isWordCharacter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
           || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_') || c == QLatin1Char('-');
}

bool isAlphanumeric(QChar c)
{
    return c != QLatin1Char('_') && c != QLatin1Char('-') && isWordCharacter(c);
}

} // namespace

HostnameIndex::HostnameIndex(const ComposeProject &project)
{
    for (const ComposeService &service : project.services) {
        for (const auto &[key, value] : service.environment) {
            if (!value.isEmpty())
                addWords(value, service.name);
        }
        for (const QString &argument : service.command + service.entrypoint)
            addWords(argument, service.name);
    }
}

// A host is named where a run of name characters (letters, digits, "_", "-", ".") starts with
// it and it ends the run or is followed by a "." that no letter or digit follows: "postgres" in
// "@postgres:5432" and "postgres." but not in "postgres-exporter" or "postgres.local".
void HostnameIndex::addWords(const QString &text, const QString &client)
{
    const auto record = [&](QStringView host) {
        QStringList &clients = m_clients[host.toString()];
        if (clients.isEmpty() || clients.constLast() != client)
            clients.append(client);
    };
    qsizetype start = 0;
    while (start < text.size()) {
        if (!isWordCharacter(text[start]) && text[start] != QLatin1Char('.')) {
            ++start;
            continue;
        }
        qsizetype end = start;
        while (end < text.size() && (isWordCharacter(text[end]) || text[end] == QLatin1Char('.')))
            ++end;
        const QStringView run = QStringView(text).mid(start, end - start);
        record(run);
        for (qsizetype dot = run.indexOf(QLatin1Char('.')); dot >= 0; dot = run.indexOf(QLatin1Char('.'), dot + 1)) {
            if (dot > 0 && (dot + 1 == run.size() || !isAlphanumeric(run[dot + 1])))
                record(run.left(dot));
        }
        start = end;
    }
}

QStringList HostnameIndex::clientsOf(const QString &host, const QString &except) const
{
    QStringList clients = m_clients.value(host);
    clients.removeAll(except);
    return clients;
}

} // namespace Leitstand::Analysis
