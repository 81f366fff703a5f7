#include "KubernetesManifestBuilder.h"

#include "HostnameIndex.h"

#include "ContainerPorts.h"
#include "EnvironmentSplitter.h"
#include "KubernetesNames.h"
#include "NamespacePlanner.h"
#include "PodSpecBuilder.h"
#include "WorkloadClassifier.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <tuple>
#include <vector>

namespace Leitstand::Analysis {

namespace {

QJsonObject metadata(const QString &name, const QString &namespaceName, const QJsonObject &labels)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("namespace"), namespaceName},
            {QStringLiteral("labels"), labels}};
}

QJsonObject podLabels(const ComposeProject &project, const ComposeService &service)
{
    return {{QLatin1String(KubernetesManifestBuilder::NameLabel), KubernetesNames::label(service.name)},
            {QLatin1String(KubernetesManifestBuilder::PartOfLabel), KubernetesNames::label(project.name)}};
}

QJsonObject workload(const ComposeService &service,
                     const QString &kind,
                     const QJsonObject &meta,
                     const QJsonObject &labels,
                     const QJsonObject &podSpec)
{
    const QJsonObject podTemplate{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("labels"), labels}}},
                                  {QStringLiteral("spec"), podSpec}};
    QJsonObject spec{{QStringLiteral("template"), podTemplate}};
    if (kind == QLatin1String("Job")) {
        spec.insert(QStringLiteral("backoffLimit"), 3);
        return {{QStringLiteral("apiVersion"), QStringLiteral("batch/v1")},
                {QStringLiteral("kind"), kind},
                {QStringLiteral("metadata"), meta},
                {QStringLiteral("spec"), spec}};
    }
    spec.insert(QStringLiteral("replicas"), service.replicas);
    spec.insert(QStringLiteral("selector"), QJsonObject{{QStringLiteral("matchLabels"), labels}});
    if (kind == QLatin1String("StatefulSet"))
        spec.insert(QStringLiteral("serviceName"), meta.value(QStringLiteral("name")));
    return {{QStringLiteral("apiVersion"), QStringLiteral("apps/v1")},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("metadata"), meta},
            {QStringLiteral("spec"), spec}};
}

QJsonObject service(const ComposeService &composeService, const QJsonObject &meta, const QJsonObject &labels)
{
    QJsonObject spec{{QStringLiteral("selector"), labels}};
    QJsonArray ports;
    for (const ContainerPorts::Port &port : ContainerPorts::of(composeService)) {
        ports.append(QJsonObject{{QStringLiteral("name"), port.name()},
                                 {QStringLiteral("port"), port.number},
                                 {QStringLiteral("targetPort"), port.number},
                                 {QStringLiteral("protocol"), port.protocol}});
    }
    if (ports.isEmpty())
        spec.insert(QStringLiteral("clusterIP"), QStringLiteral("None"));
    else
        spec.insert(QStringLiteral("ports"), ports);
    return {{QStringLiteral("apiVersion"), QStringLiteral("v1")},
            {QStringLiteral("kind"), QStringLiteral("Service")},
            {QStringLiteral("metadata"), meta},
            {QStringLiteral("spec"), spec}};
}

QJsonObject keyValues(const KeyValueList &pairs, bool base64)
{
    QJsonObject data;
    for (const auto &[key, value] : pairs)
        data.insert(key, base64 ? QString::fromLatin1(value.toUtf8().toBase64()) : value);
    return data;
}

QJsonObject claim(const QString &name, const QString &namespaceName, const QJsonObject &labels, bool shared)
{
    const QJsonObject spec{
        {QStringLiteral("accessModes"),
         QJsonArray{shared ? QStringLiteral("ReadWriteMany") : QStringLiteral("ReadWriteOnce")}},
        {QStringLiteral("resources"),
         QJsonObject{{QStringLiteral("requests"),
                      QJsonObject{{QStringLiteral("storage"),
                                   QString::fromLatin1(KubernetesManifestBuilder::DefaultClaimSize)}}}}}};
    return {{QStringLiteral("apiVersion"), QStringLiteral("v1")},
            {QStringLiteral("kind"), QStringLiteral("PersistentVolumeClaim")},
            {QStringLiteral("metadata"), metadata(name, namespaceName, labels)},
            {QStringLiteral("spec"), spec}};
}

// Namespaces other than its own from which a service is used: by depends_on or by name.
QStringList foreignClientNamespaces(const HostnameIndex &hostnames,
                                    const QHash<QString, QStringList> &dependents,
                                    const ComposeService &target,
                                    const QHash<QString, QString> &namespaces)
{
    QStringList clients = hostnames.clientsOf(target.name, target.name);
    for (const QString &dependent : dependents.value(target.name)) {
        if (!clients.contains(dependent))
            clients.append(dependent);
    }
    QStringList result;
    const QString own = namespaces.value(target.name);
    for (const QString &client : std::as_const(clients)) {
        const QString namespaceName = namespaces.value(client);
        if (namespaceName != own && !result.contains(namespaceName))
            result.append(namespaceName);
    }
    return result;
}

} // namespace

KubernetesManifests KubernetesManifestBuilder::build(const ComposeProject &project)
{
    KubernetesManifests manifests;
    QHash<QString, QString> namespaces;
    for (const ComposeService &composeService : project.services)
        namespaces.insert(composeService.name, NamespacePlanner::namespaceName(project, composeService));
    const HostnameIndex hostnames(project);
    QHash<QString, QStringList> dependents;
    for (const ComposeService &composeService : project.services) {
        for (const ServiceDependency &dependency : composeService.dependsOn)
            dependents[dependency.service].append(composeService.name);
    }
    const auto namespaceOf = [&](const ComposeService &s) {
        return namespaces.value(s.name);
    };
    const QJsonObject projectLabels{{QLatin1String(PartOfLabel), KubernetesNames::label(project.name)}};

    QSet<QString> claimsWritten;
    for (const ComposeService &composeService : project.services) {
        const QString namespaceName = namespaces.value(composeService.name);
        const QString name = KubernetesNames::label(composeService.name);
        const QJsonObject labels = podLabels(project, composeService);
        const QJsonObject meta = metadata(name, namespaceName, labels);
        const QString kind = WorkloadClassifier::kind(composeService, project);
        const PodSpecBuilder::Result pod = PodSpecBuilder::build(composeService, project, kind, namespaceOf);
        manifests.append({namespaceName, workload(composeService, kind, meta, labels, pod.spec)});
        manifests.append({namespaceName, service(composeService, meta, labels)});

        const EnvironmentSplitter::Split environment = EnvironmentSplitter::split(composeService);
        const QJsonObject environmentMeta
            = metadata(PodSpecBuilder::environmentObjectName(composeService), namespaceName, labels);
        if (!environment.config.isEmpty()) {
            manifests.append({namespaceName,
                              {{QStringLiteral("apiVersion"), QStringLiteral("v1")},
                               {QStringLiteral("kind"), QStringLiteral("ConfigMap")},
                               {QStringLiteral("metadata"), environmentMeta},
                               {QStringLiteral("data"), keyValues(environment.config, false)}}});
        }
        if (!environment.secret.isEmpty()) {
            manifests.append({namespaceName,
                              {{QStringLiteral("apiVersion"), QStringLiteral("v1")},
                               {QStringLiteral("kind"), QStringLiteral("Secret")},
                               {QStringLiteral("metadata"), environmentMeta},
                               {QStringLiteral("type"), QStringLiteral("Opaque")},
                               {QStringLiteral("data"), keyValues(environment.secret, true)}}});
        }
        for (const PodSpecBuilder::Claim &podClaim : pod.claims) {
            const QString key = namespaceName + QLatin1Char('/') + podClaim.name;
            if (claimsWritten.contains(key))
                continue;
            claimsWritten.insert(key);
            manifests.append({namespaceName, claim(podClaim.name, namespaceName, projectLabels, podClaim.shared)});
        }
        for (const QString &clientNamespace :
             foreignClientNamespaces(hostnames, dependents, composeService, namespaces)) {
            const QJsonObject alias{
                {QStringLiteral("type"), QStringLiteral("ExternalName")},
                {QStringLiteral("externalName"), QStringLiteral("%1.%2.svc.cluster.local").arg(name, namespaceName)}};
            manifests.append({clientNamespace,
                              {{QStringLiteral("apiVersion"), QStringLiteral("v1")},
                               {QStringLiteral("kind"), QStringLiteral("Service")},
                               {QStringLiteral("metadata"), metadata(name, clientNamespace, projectLabels)},
                               {QStringLiteral("spec"), alias}}});
        }
    }

    QStringList namespaceNames = namespaces.values();
    namespaceNames.removeDuplicates();
    for (const QString &namespaceName : std::as_const(namespaceNames)) {
        manifests.append(
            {namespaceName,
             {{QStringLiteral("apiVersion"), QStringLiteral("v1")},
              {QStringLiteral("kind"), QStringLiteral("Namespace")},
              {QStringLiteral("metadata"),
               QJsonObject{{QStringLiteral("name"), namespaceName}, {QStringLiteral("labels"), projectLabels}}}}});
    }
    // Sort by keys computed once: a manifest's file name is derived from its JSON.
    std::vector<std::pair<std::pair<QString, QString>, qsizetype>> order;
    order.reserve(static_cast<std::size_t>(manifests.size()));
    for (qsizetype i = 0; i < manifests.size(); ++i)
        order.push_back({{manifests[i].namespaceName, manifests[i].fileName()}, i});
    std::stable_sort(order.begin(), order.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    KubernetesManifests sorted;
    sorted.reserve(manifests.size());
    for (const auto &entry : order)
        sorted.append(std::move(manifests[entry.second]));
    return sorted;
}

} // namespace Leitstand::Analysis
