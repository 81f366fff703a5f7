// Writes the manifests of every demo stack and corpus project, reads the files back with
// yaml-cpp and checks what makes them valid Kubernetes objects that work together.
#include "ProjectFixtures.h"
#include "core/analysis/kubernetes/EnvironmentSplitter.h"
#include "core/analysis/kubernetes/KubernetesManifestBuilder.h"
#include "core/analysis/kubernetes/ManifestWriter.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <yaml-cpp/yaml.h>

#include <map>
#include <set>
#include <string>
#include <vector>

using namespace Leitstand;
using namespace Leitstand::Analysis;
using namespace Leitstand::Testing;

namespace {

struct Written
{
    std::vector<YAML::Node> objects;
    QStringList files; // relative to the output folder
};

Written writeAndReadBack(const ComposeProject &project, const QString &directory)
{
    Written written;
    const Outcome outcome = ManifestWriter::write(KubernetesManifestBuilder::build(project), directory);
    EXPECT_TRUE(outcome.hasValue()) << (outcome ? std::string() : outcome.error().toString().toStdString());
    QDirIterator it(directory, {QStringLiteral("*.yaml")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        written.files.append(QDir(directory).relativeFilePath(path));
        for (const YAML::Node &document : YAML::LoadAllFromFile(path.toStdString())) {
            const std::string kind = document["kind"].as<std::string>();
            // One file per namespace and kind.
            EXPECT_EQ(QFileInfo(path).dir().dirName().toStdString(),
                      document["metadata"]["namespace"] ? document["metadata"]["namespace"].as<std::string>()
                                                        : document["metadata"]["name"].as<std::string>());
            written.objects.push_back(document);
        }
    }
    written.files.sort();
    return written;
}

bool isDnsLabel(const std::string &name)
{
    static const QRegularExpression label(QStringLiteral("^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$"));
    return label.match(QString::fromStdString(name)).hasMatch();
}

bool selects(const YAML::Node &selector, const YAML::Node &labels)
{
    for (const auto &entry : selector) {
        const YAML::Node value = labels[entry.first.as<std::string>()];
        if (!value || value.as<std::string>() != entry.second.as<std::string>())
            return false;
    }
    return selector.size() > 0;
}

// Checks every invariant; returns how many objects of each kind were written.
std::map<std::string, int> checkInvariants(const std::vector<YAML::Node> &objects, const QString &context)
{
    SCOPED_TRACE(context.toStdString());
    std::map<std::string, int> kinds;
    std::vector<YAML::Node> pods; // pod templates with their namespace
    std::vector<std::string> podNamespaces;
    std::set<std::string> claims;   // "<namespace>/<name>"
    std::set<std::string> services; // "<namespace>/<name>"
    std::set<std::string> namespaces;
    for (const YAML::Node &object : objects) {
        const std::string kind = object["kind"].as<std::string>();
        ++kinds[kind];
        EXPECT_TRUE(object["apiVersion"]) << kind;
        const std::string name = object["metadata"]["name"].as<std::string>();
        EXPECT_TRUE(kind == "ConfigMap" || kind == "Secret" || kind == "PersistentVolumeClaim" || isDnsLabel(name))
            << kind << " " << name;
        const std::string namespaceName
            = object["metadata"]["namespace"] ? object["metadata"]["namespace"].as<std::string>() : name;
        const std::string key = namespaceName + "/" + name;
        if (kind == "Namespace")
            namespaces.insert(name);
        if (kind == "Deployment" || kind == "StatefulSet" || kind == "Job") {
            pods.push_back(object["spec"]["template"]);
            podNamespaces.push_back(namespaceName);
            if (kind != "Job") {
                EXPECT_TRUE(selects(object["spec"]["selector"]["matchLabels"],
                                    object["spec"]["template"]["metadata"]["labels"]))
                    << name;
            }
        }
        if (kind == "PersistentVolumeClaim") {
            EXPECT_TRUE(claims.insert(key).second) << "duplicate claim " << key;
            EXPECT_TRUE(object["spec"]["resources"]["requests"]["storage"]);
        }
        if (kind == "Service") {
            EXPECT_TRUE(services.insert(key).second) << "duplicate Service " << key;
        }
        if (kind == "ConfigMap") {
            for (const auto &entry : object["data"]) {
                // Values stay strings: a plain scalar never reads as a number or boolean.
                EXPECT_TRUE(entry.second.Tag() == "!"
                            || !QString::fromStdString(entry.second.Scalar())
                                    .contains(QRegularExpression(
                                        QStringLiteral("^([0-9.+-]+|true|false|yes|no|on|off|null)$"))))
                    << entry.first.as<std::string>();
                EXPECT_FALSE(EnvironmentSplitter::isSecret(QString::fromStdString(entry.first.as<std::string>()),
                                                           QString::fromStdString(entry.second.as<std::string>())))
                    << "a secret in ConfigMap " << key << ": " << entry.first.as<std::string>();
            }
        }
        if (kind == "Secret") {
            EXPECT_EQ(object["type"].as<std::string>(), "Opaque");
            for (const auto &entry : object["data"]) {
                const QByteArray encoded = QByteArray::fromStdString(entry.second.as<std::string>());
                EXPECT_EQ(QByteArray::fromBase64(QByteArray::fromBase64(encoded).toBase64()).toBase64(), encoded);
            }
        }
    }
    std::set<std::string> mountedClaims;
    for (std::size_t i = 0; i < pods.size(); ++i) {
        const YAML::Node spec = pods[i]["spec"];
        EXPECT_FALSE(spec["enableServiceLinks"].as<bool>());
        std::set<std::string> volumeNames;
        for (const YAML::Node &volume : spec["volumes"]) {
            EXPECT_TRUE(volumeNames.insert(volume["name"].as<std::string>()).second);
            if (volume["persistentVolumeClaim"]) {
                const std::string claim
                    = podNamespaces[i] + "/" + volume["persistentVolumeClaim"]["claimName"].as<std::string>();
                EXPECT_TRUE(claims.count(claim)) << "no PVC " << claim;
                mountedClaims.insert(claim);
            }
        }
        for (const YAML::Node &container : spec["containers"]) {
            EXPECT_FALSE(container["image"].as<std::string>().empty());
            std::set<int> ports;
            std::set<std::string> portNames;
            for (const YAML::Node &port : container["ports"]) {
                ports.insert(port["containerPort"].as<int>());
                EXPECT_TRUE(portNames.insert(port["name"].as<std::string>()).second);
            }
            for (const char *probeName : {"readinessProbe", "livenessProbe"}) {
                const YAML::Node probe = container[probeName];
                if (!probe)
                    continue;
                for (const char *handler : {"httpGet", "tcpSocket", "grpc"}) {
                    if (probe[handler]) {
                        EXPECT_TRUE(ports.count(probe[handler]["port"].as<int>())) << "probe port not a containerPort";
                    }
                }
                const YAML::Node command = probe["exec"]["command"];
                EXPECT_TRUE(command && command.size() > 0);
                if (!command || command.size() == 0)
                    continue;
                if (command[0].as<std::string>() == "sh") {
                    EXPECT_EQ(command.size(), 3u); // sh -c "<the whole CMD-SHELL text>"
                }
            }
            std::set<std::string> paths;
            for (const YAML::Node &mount : container["volumeMounts"]) {
                EXPECT_TRUE(volumeNames.count(mount["name"].as<std::string>()));
                EXPECT_TRUE(paths.insert(mount["mountPath"].as<std::string>()).second);
            }
        }
        for (const YAML::Node &init : spec["initContainers"]) {
            // "until nc -z -w 2 <service>.<namespace>.svc.cluster.local <port>; ..." must name a Service.
            const QString script = QString::fromStdString(init["command"][2].as<std::string>());
            const QRegularExpressionMatch host
                = QRegularExpression(QStringLiteral("([a-z0-9-]+)\\.([a-z0-9-]+)\\.svc\\.cluster\\.local"))
                      .match(script);
            EXPECT_TRUE(host.hasMatch()) << script.toStdString();
            EXPECT_TRUE(services.count((host.captured(2) + QLatin1Char('/') + host.captured(1)).toStdString()))
                << script.toStdString();
        }
    }
    EXPECT_EQ(mountedClaims, claims) << "a PersistentVolumeClaim nobody mounts";
    for (const YAML::Node &object : objects) {
        if (object["kind"].as<std::string>() != "Service")
            continue;
        const std::string namespaceName = object["metadata"]["namespace"].as<std::string>();
        EXPECT_TRUE(namespaces.count(namespaceName));
        const YAML::Node spec = object["spec"];
        if (spec["type"] && spec["type"].as<std::string>() == "ExternalName") {
            const QString target = QString::fromStdString(spec["externalName"].as<std::string>());
            EXPECT_TRUE(services.count(
                (target.section(QLatin1Char('.'), 1, 1) + QLatin1Char('/') + target.section(QLatin1Char('.'), 0, 0))
                    .toStdString()));
            continue;
        }
        bool matched = false;
        for (std::size_t i = 0; i < pods.size(); ++i)
            matched
                = matched
                  || (podNamespaces[i] == namespaceName && selects(spec["selector"], pods[i]["metadata"]["labels"]));
        EXPECT_TRUE(matched) << "Service " << object["metadata"]["name"].as<std::string>() << " selects no pod";
        EXPECT_TRUE(spec["ports"] || (spec["clusterIP"] && spec["clusterIP"].as<std::string>() == "None"));
    }
    return kinds;
}

} // namespace

TEST(ManifestInvariantsTest, DemoStacksAndCorpus)
{
    QStringList projects;
    for (const char *stack : {"ground-zero", "domino", "sese-infra", "sese-apps", "manacore"})
        projects.append(QStringLiteral("demo/") + QLatin1String(stack));
    for (const char *real : {"real/sentry-self-hosted", "real/immich", "real/n8n-ai-starter-kit"})
        projects.append(QLatin1String(real));
    for (const QString &folder :
         QDir(corpusDirectory(QStringLiteral("awesome-compose"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        projects.append(QStringLiteral("awesome-compose/") + folder);
    int checked = 0;
    for (const QString &name : std::as_const(projects)) {
        ComposeLoadOptions options;
        options.projectDirectory
            = name.startsWith(QLatin1String("demo/")) ? demoDirectory(name.mid(5)) : corpusDirectory(name);
        if (name == QLatin1String("demo/manacore"))
            options.files = QStringList{options.projectDirectory + QStringLiteral("/docker-compose.yml"),
                                        options.projectDirectory + QStringLiteral("/docker-compose.macmini.yml")};
        const auto loaded = ComposeLoader::load(options);
        if (!loaded)
            continue; // the loader's own tests cover what it cannot read
        QTemporaryDir out;
        const Written written = writeAndReadBack(loaded->project, out.filePath(QStringLiteral("manifests")));
        const auto kinds = checkInvariants(written.objects, name);
        int workloads = 0;
        for (const char *kind : {"Deployment", "StatefulSet", "Job"})
            workloads += kinds.count(kind) ? kinds.at(kind) : 0;
        EXPECT_EQ(workloads, loaded->project.services.size()) << name.toStdString();
        ++checked;
    }
    EXPECT_GE(checked, 45);
}

TEST(ManifestInvariantsTest, GroundZeroFiles)
{
    QTemporaryDir out;
    const Written written
        = writeAndReadBack(loadDemo(QStringLiteral("ground-zero")), out.filePath(QStringLiteral("k8s")));
    QStringList expected;
    for (const char *namespaceName : {"ground-zero-apps", "ground-zero-infra", "ground-zero-tools"}) {
        for (const char *file :
             {"configmaps", "namespace", "persistentvolumeclaims", "secrets", "services", "statefulsets"})
            expected.append(QStringLiteral("%1/%2.yaml").arg(QLatin1String(namespaceName), QLatin1String(file)));
    }
    EXPECT_EQ(written.files, expected);
    // The Secret file is for its owner only.
    EXPECT_EQ(QFile::permissions(out.filePath(QStringLiteral("k8s/ground-zero-tools/secrets.yaml")))
                  & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
              QFileDevice::Permissions());

    const YAML::Node n8n
        = YAML::LoadAllFromFile(out.filePath(QStringLiteral("k8s/ground-zero-tools/statefulsets.yaml")).toStdString())
              .at(0);
    const YAML::Node container = n8n["spec"]["template"]["spec"]["containers"][0];
    EXPECT_EQ(container["readinessProbe"]["exec"]["command"][2].as<std::string>(),
              "wget -qO- http://localhost:5678/healthz || exit 1");
    EXPECT_EQ(container["livenessProbe"]["initialDelaySeconds"].as<int>(), 40);
    const YAML::Node waits = n8n["spec"]["template"]["spec"]["initContainers"];
    ASSERT_EQ(waits.size(), 2u);
    EXPECT_EQ(waits[0]["name"].as<std::string>(), "wait-for-postgres");
    // postgres declares no port: its headless Service resolves only to ready pods.
    EXPECT_EQ(waits[0]["command"][2].as<std::string>(),
              "until nslookup postgres.ground-zero-infra.svc.cluster.local >/dev/null 2>&1; do echo waiting for "
              "postgres; sleep 2; done");
    // The proxy (infra) depends on n8n (tools): "n8n" resolves in ground-zero-infra as well.
    bool alias = false;
    for (const YAML::Node &service :
         YAML::LoadAllFromFile(out.filePath(QStringLiteral("k8s/ground-zero-infra/services.yaml")).toStdString())) {
        if (service["metadata"]["name"].as<std::string>() == "n8n")
            alias = service["spec"]["externalName"].as<std::string>() == "n8n.ground-zero-tools.svc.cluster.local";
    }
    EXPECT_TRUE(alias);
    // Passwords live in the Secret only, never in the ConfigMap.
    const YAML::Node config
        = YAML::LoadAllFromFile(out.filePath(QStringLiteral("k8s/ground-zero-tools/configmaps.yaml")).toStdString())
              .at(0);
    EXPECT_FALSE(config["data"]["DB_POSTGRESDB_PASSWORD"]);
    EXPECT_EQ(config["data"]["DB_POSTGRESDB_PORT"].Tag(), "!");
    const YAML::Node secret
        = YAML::LoadAllFromFile(out.filePath(QStringLiteral("k8s/ground-zero-tools/secrets.yaml")).toStdString()).at(0);
    EXPECT_TRUE(secret["data"]["DB_POSTGRESDB_PASSWORD"]);
    EXPECT_TRUE(secret["data"]["N8N_ENCRYPTION_KEY"]);
}

TEST(ManifestWriterTest, ReplacesItsOwnTreeAndRefusesOthers)
{
    QTemporaryDir parent;
    const QString target = parent.filePath(QStringLiteral("out"));
    const ComposeProject project = loadDemo(QStringLiteral("sese-infra"));
    ASSERT_TRUE(ManifestWriter::write(KubernetesManifestBuilder::build(project), target).hasValue());
    writeTextFile(target + QStringLiteral("/stale.yaml"), "kind: Old\n");
    ASSERT_TRUE(ManifestWriter::write(KubernetesManifestBuilder::build(project), target).hasValue());
    EXPECT_FALSE(QFile::exists(target + QStringLiteral("/stale.yaml")));
    // Nothing staged or set aside is left next to the output.
    EXPECT_EQ(QDir(parent.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
              QStringList{QStringLiteral("out")});

    const QString foreign = parent.filePath(QStringLiteral("home"));
    QDir().mkpath(foreign);
    writeTextFile(foreign + QStringLiteral("/notes.txt"), "keep me\n");
    const Outcome refused = ManifestWriter::write(KubernetesManifestBuilder::build(project), foreign);
    ASSERT_FALSE(refused.hasValue());
    EXPECT_TRUE(refused.error().message().contains(QStringLiteral("not empty")));
    EXPECT_EQ(QDir(foreign).entryList(QDir::Files), QStringList{QStringLiteral("notes.txt")});
}
