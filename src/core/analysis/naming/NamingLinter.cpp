#include "NamingLinter.h"

#include "NamePrefix.h"

#include <QHash>

#include <algorithm>

namespace Leitstand::Analysis {

namespace {

const QString projectToken = QStringLiteral("{project}");
const QString categoryToken = QStringLiteral("{category}");
const QString serviceToken = QStringLiteral("{service}");

QString prefixOf(const ComposeProject &project, const NamingScheme &scheme)
{
    return scheme.prefix.isEmpty() ? project.name : scheme.prefix;
}

QString render(QString pattern, const QString &prefix, const QString &category, const QString &service)
{
    return pattern.replace(projectToken, prefix).replace(categoryToken, category).replace(serviceToken, service);
}

QString withoutPrefix(const QString &name, const QString &prefix)
{
    const NamePrefix found = NamePrefix::of(name, prefix);
    return found.rest;
}

Finding namingFinding(const QString &service, const QString &message, const SourceLocation &location)
{
    return {QStringLiteral("naming"), service, message, Finding::Severity::Warning, location};
}

} // namespace

QString NamingLinter::expectedContainerName(const ComposeProject &project,
                                            const ComposeService &service,
                                            const NamingScheme &scheme)
{
    const NamingCategory *category = scheme.categoryOf(service);
    const bool needsCategory = scheme.containerPattern.contains(categoryToken);
    if (needsCategory && !category)
        return QString();
    const QString prefix = prefixOf(project, scheme);
    QString name = withoutPrefix(service.name, prefix);
    const QString categoryWord = category ? category->id + QLatin1Char('-') : QString();
    if (needsCategory && name.size() > categoryWord.size() && name.startsWith(categoryWord, Qt::CaseInsensitive))
        name = name.mid(categoryWord.size());
    return render(scheme.containerPattern, prefix, category ? category->id : QString(), name);
}

QString NamingLinter::expectedVolumeName(const ComposeProject &project,
                                         const ComposeVolume &volume,
                                         const NamingScheme &scheme)
{
    const QString prefix = prefixOf(project, scheme);
    QString name = withoutPrefix(volume.key, prefix);
    for (const QLatin1String suffix : {QLatin1String("_data"), QLatin1String("-data")}) {
        if (name.size() > suffix.size() && name.endsWith(suffix))
            name.chop(suffix.size());
    }
    name.replace(QLatin1Char('_'), QLatin1Char('-'));
    return render(scheme.volumePattern, prefix, QString(), name);
}

void NamingLinter::lintContainers(const ComposeProject &project, const NamingScheme &scheme, Findings &findings)
{
    const QString prefix = prefixOf(project, scheme);
    // Two services can earn one name (seed 004 runs "matrix-web" and "manacore-matrix-web", the
    // same app twice); the finding says so instead of suggesting a name that is taken.
    QHash<QString, QStringList> claimants;
    QHash<QString, QString> expectedNames;
    for (const ComposeService &service : project.services) {
        if (!service.containerName.isEmpty()) {
            claimants[service.containerName].append(service.name);
            const QString expected = expectedContainerName(project, service, scheme);
            expectedNames.insert(service.name, expected);
            if (!expected.isEmpty() && expected != service.containerName)
                claimants[expected].append(service.name);
        }
    }
    QHash<QString, int> prefixCounts;
    QStringList prefixOrder;
    for (const ComposeService &service : project.services) {
        if (service.containerName.isEmpty())
            continue;
        const NamePrefix found = NamePrefix::of(service.containerName, prefix);
        const QString usedPrefix = found.kind == NamePrefix::Kind::None ? QString() : found.prefix;
        if (!prefixCounts.contains(usedPrefix))
            prefixOrder.append(usedPrefix);
        ++prefixCounts[usedPrefix];

        const QString expected = expectedNames.value(service.name);
        if (expected.isEmpty() || expected == service.containerName)
            continue;
        QString message;
        switch (found.kind) {
        case NamePrefix::Kind::None:
            message = tr("container name \"%1\" has no \"%2-\" prefix; the naming scheme gives \"%3\"")
                          .arg(service.containerName, prefix, expected);
            break;
        case NamePrefix::Kind::Variant:
            message
                = tr("container name \"%1\" uses the prefix \"%2\" instead of \"%3-\"; the naming scheme gives \"%4\"")
                      .arg(service.containerName, found.prefix, prefix, expected);
            break;
        case NamePrefix::Kind::Expected:
            message = tr("container name \"%1\" does not follow \"%2\"; the naming scheme gives \"%3\"")
                          .arg(service.containerName, scheme.containerPattern, expected);
            break;
        }
        QStringList others = claimants.value(expected);
        others.removeAll(service.name);
        if (!others.isEmpty())
            message += tr(" (the name is also claimed by \"%1\")").arg(others.join(QStringLiteral("\", \"")));
        findings.append(namingFinding(service.name, message, service.definedAt));
    }

    if (prefixCounts.size() < 2)
        return;
    // Most used first, as seed 004 lists them; equal counts in the order they first appear.
    std::stable_sort(prefixOrder.begin(), prefixOrder.end(), [&](const QString &a, const QString &b) {
        return prefixCounts.value(a) > prefixCounts.value(b);
    });
    QStringList parts;
    for (const QString &used : std::as_const(prefixOrder)) {
        parts.append(used.isEmpty() ? tr("no prefix: %1").arg(prefixCounts.value(used))
                                    : tr("\"%1\": %2").arg(used).arg(prefixCounts.value(used)));
    }
    findings.append(namingFinding(QString(),
                                  tr("container names use %1 different prefixes (%2); the naming scheme uses \"%3-\"")
                                      .arg(prefixCounts.size())
                                      .arg(parts.join(QStringLiteral(", ")), prefix),
                                  SourceLocation()));
}

void NamingLinter::lintVolumes(const ComposeProject &project, const NamingScheme &scheme, Findings &findings)
{
    if (scheme.volumePattern.contains(categoryToken))
        return; // a volume has no category of its own
    QHash<QString, const ComposeService *> firstUser;
    for (const ComposeService &service : project.services) {
        for (const ServiceMount &mount : service.volumes) {
            if (mount.type == QLatin1String("volume") && !mount.source.isEmpty() && !firstUser.contains(mount.source))
                firstUser.insert(mount.source, &service);
        }
    }
    for (const ComposeVolume &volume : project.volumes) {
        if (volume.external)
            continue; // named by whoever created it
        const QString expected = expectedVolumeName(project, volume, scheme);
        if (expected == volume.name)
            continue;
        const ComposeService *user = firstUser.value(volume.key);
        findings.append(namingFinding(
            user ? user->name : QString(),
            tr("volume \"%1\" is named \"%2\"; the naming scheme gives \"%3\"").arg(volume.key, volume.name, expected),
            user ? user->definedAt : SourceLocation()));
    }
}

Findings NamingLinter::lint(const ComposeProject &project, const NamingScheme &scheme)
{
    Findings findings;
    lintContainers(project, scheme, findings);
    lintVolumes(project, scheme, findings);
    return findings;
}

} // namespace Leitstand::Analysis
