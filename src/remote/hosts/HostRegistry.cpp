#include "HostRegistry.h"

#include "remote/config/HostTarget.h"

#include "core/compose/ProjectNameRules.h"
#include "core/workspace/JsonTextLocator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace Leitstand::Remote {

namespace {

const QLatin1String FileName("workspace.json");
const QLatin1String HostsKey("hosts");
const QLatin1String NameKey("name");
const QLatin1String TargetKey("target");
const QLatin1String SudoKey("sudo");
const QLatin1String KnownHostsKey("knownHostsFile");
const QLatin1String IdentityKey("identityFile");
const QLatin1String StacksKey("stacks");
const QLatin1String DirectoryKey("directory");
constexpr int LockTimeoutMs = 5000;
constexpr qint64 MaxFileSize = 16 * 1024 * 1024;

// The text being read, so errors can point at the line of a field.
struct Source
{
    const QByteArray &json;
    const QString &filePath;

    Error error(const QString &path, const QString &message) const
    {
        return Error(path + QStringLiteral(": ") + message,
                     Internal::JsonTextLocator::locationOf(json, filePath, path));
    }
};

QString elementPath(const QString &array, qsizetype index)
{
    return array + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

Expected<QString> optionalString(const Source &source,
                                 const QJsonObject &object,
                                 const QString &path,
                                 QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return QString();
    if (!value.isString())
        return source.error(path + QLatin1Char('.') + key, HostRegistry::tr("expected a string"));
    return value.toString();
}

Expected<QList<RegisteredStack>> readStacks(const Source &source, const QJsonValue &value, const QString &path)
{
    QList<RegisteredStack> stacks;
    if (value.isUndefined())
        return stacks;
    if (!value.isArray())
        return source.error(path, HostRegistry::tr("expected an array"));
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString stackPath = elementPath(path, i);
        if (!array.at(i).isObject())
            return source.error(stackPath, HostRegistry::tr("expected an object"));
        const QJsonObject object = array.at(i).toObject();
        stacks.append(RegisteredStack{object.value(NameKey).toString(), object.value(DirectoryKey).toString()});
    }
    return stacks;
}

Expected<RegisteredHost> readHost(const Source &source, const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return source.error(path, HostRegistry::tr("expected an object"));
    const QJsonObject object = value.toObject();
    RegisteredHost host;
    host.name = object.value(NameKey).toString();
    host.target = object.value(TargetKey).toString();
    const QJsonValue sudo = object.value(SudoKey);
    if (!sudo.isUndefined() && !sudo.isBool())
        return source.error(path + QStringLiteral(".sudo"), HostRegistry::tr("expected true or false"));
    host.useSudo = sudo.toBool();
    const Expected<QString> knownHosts = optionalString(source, object, path, KnownHostsKey);
    if (!knownHosts)
        return knownHosts.error();
    host.knownHostsFile = *knownHosts;
    const Expected<QString> identity = optionalString(source, object, path, IdentityKey);
    if (!identity)
        return identity.error();
    host.identityFile = *identity;
    Expected<QList<RegisteredStack>> stacks
        = readStacks(source, object.value(StacksKey), path + QStringLiteral(".stacks"));
    if (!stacks)
        return stacks.error();
    host.stacks = std::move(stacks).value();
    const Outcome valid = HostRegistry::check(host);
    if (!valid)
        return source.error(path, valid.error().message());
    return host;
}

// Writes the known members over the old object, so members of newer versions survive.
QJsonObject toJson(const RegisteredHost &host, QJsonObject object = {})
{
    object.insert(NameKey, host.name);
    object.insert(TargetKey, host.target);
    object.insert(SudoKey, host.useSudo);
    const auto setOrRemove = [&object](QLatin1String key, const QString &value) {
        if (value.isEmpty())
            object.remove(key);
        else
            object.insert(key, value);
    };
    setOrRemove(KnownHostsKey, host.knownHostsFile);
    setOrRemove(IdentityKey, host.identityFile);
    QJsonArray stacks;
    for (const RegisteredStack &stack : host.stacks)
        stacks.append(QJsonObject{{NameKey, stack.name}, {DirectoryKey, stack.directory}});
    object.insert(StacksKey, stacks);
    return object;
}

qsizetype indexOf(const QJsonArray &hosts, const QString &name)
{
    for (qsizetype i = 0; i < hosts.size(); ++i) {
        if (hosts.at(i).toObject().value(NameKey).toString() == name)
            return i;
    }
    return -1;
}

} // namespace

HostRegistry::HostRegistry(QString configDirectory)
    : m_directory(std::move(configDirectory))
{}

QString HostRegistry::defaultConfigDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/Leitstand");
}

QString HostRegistry::filePath() const
{
    return m_directory + QLatin1Char('/') + FileName;
}

Outcome HostRegistry::checkName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!pattern.match(name).hasMatch()) {
        return Error(tr("\"%1\" is not a valid host name: use up to 64 letters, digits, '.', '_' and '-', starting "
                        "with a letter or digit")
                         .arg(name));
    }
    return Success{};
}

Outcome HostRegistry::check(const RegisteredHost &host)
{
    const Outcome name = checkName(host.name);
    if (!name)
        return name;
    // Parsing refuses targets holding a password, so none is ever written.
    const Expected<HostTarget> target = HostTarget::parse(host.target);
    if (!target)
        return Error(tr("host \"%1\": %2").arg(host.name, target.error().message()));
    for (const RegisteredStack &stack : host.stacks) {
        // The name becomes the compose project name on the host.
        if (!ProjectNameRules::isValid(stack.name)) {
            return Error(tr("host \"%1\": \"%2\" is not a compose project name (lowercase letters, digits, '_' "
                            "and '-')")
                             .arg(host.name, stack.name));
        }
        if (!stack.directory.startsWith(QLatin1Char('/'))) {
            return Error(tr("host \"%1\": stack \"%2\" needs the absolute path of its folder on the host")
                             .arg(host.name, stack.name));
        }
    }
    return Success{};
}

Expected<QJsonObject> HostRegistry::readRoot() const
{
    const QString path = filePath();
    QFile file(path);
    if (!QFileInfo::exists(path))
        return QJsonObject{{HostsKey, QJsonArray()}};
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly))
        return Error(tr("cannot read the host list: %1").arg(file.errorString()), SourceLocation{path});
    if (file.size() > MaxFileSize)
        return Error(tr("the host list is too large to be one"), SourceLocation{path});
    const QByteArray json = file.readAll();
    const Source source{json, path};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error(tr("the host list is not valid JSON: %1").arg(parseError.errorString()),
                     Internal::JsonTextLocator::locationAt(json, path, parseError.offset));
    }
    if (!document.isObject() || !document.object().value(HostsKey).isArray())
        return Error(tr("the host list must be an object with a \"hosts\" array"), SourceLocation{path});
    // Everything is checked before anything is used or rewritten.
    const QJsonArray hosts = document.object().value(HostsKey).toArray();
    for (qsizetype i = 0; i < hosts.size(); ++i) {
        const QString hostPath = elementPath(HostsKey, i);
        const Expected<RegisteredHost> host = readHost(source, hosts.at(i), hostPath);
        if (!host)
            return host.error();
        if (indexOf(hosts, host->name) != i)
            return source.error(hostPath + QStringLiteral(".name"), tr("\"%1\" is listed twice").arg(host->name));
    }
    return document.object();
}

Outcome HostRegistry::writeRoot(const QJsonObject &root) const
{
    const QString path = filePath();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(tr("cannot write the host list: %1").arg(file.errorString()), SourceLocation{path});
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error(tr("cannot write the host list: %1").arg(file.errorString()), SourceLocation{path});
    return Success{};
}

template<typename Change>
Outcome HostRegistry::modify(Change change)
{
    if (!QFileInfo::exists(m_directory)) {
        if (!QDir().mkpath(m_directory))
            return Error(tr("cannot create the folder %1").arg(m_directory));
        QFile::setPermissions(m_directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    QLockFile lock(filePath() + QStringLiteral(".lock"));
    if (!lock.tryLock(LockTimeoutMs))
        return Error(tr("the host list is locked by another process"), SourceLocation{filePath()});
    Expected<QJsonObject> root = readRoot();
    if (!root)
        return root.error();
    QJsonArray hosts = root->value(HostsKey).toArray();
    const Outcome changed = change(hosts);
    if (!changed)
        return changed;
    root->insert(HostsKey, hosts);
    return writeRoot(*root);
}

Expected<QList<RegisteredHost>> HostRegistry::hosts() const
{
    const Expected<QJsonObject> root = readRoot();
    if (!root)
        return root.error();
    QList<RegisteredHost> hosts;
    const QJsonArray array = root->value(HostsKey).toArray();
    const QByteArray none;
    const QString path = filePath();
    for (qsizetype i = 0; i < array.size(); ++i) {
        // Already checked by readRoot.
        Expected<RegisteredHost> host = readHost(Source{none, path}, array.at(i), elementPath(HostsKey, i));
        if (!host)
            return host.error();
        hosts.append(std::move(host).value());
    }
    return hosts;
}

Expected<std::optional<RegisteredHost>> HostRegistry::find(const QString &name) const
{
    const Expected<QList<RegisteredHost>> all = hosts();
    if (!all)
        return all.error();
    for (const RegisteredHost &host : *all) {
        if (host.name == name)
            return std::optional<RegisteredHost>(host);
    }
    return std::optional<RegisteredHost>();
}

Outcome HostRegistry::add(const RegisteredHost &host)
{
    const Outcome valid = check(host);
    if (!valid)
        return valid;
    return modify([&host](QJsonArray &hosts) -> Outcome {
        if (indexOf(hosts, host.name) >= 0)
            return Error(tr("there is already a host named \"%1\"").arg(host.name));
        hosts.append(toJson(host));
        return Success{};
    });
}

Outcome HostRegistry::update(const RegisteredHost &host)
{
    const Outcome valid = check(host);
    if (!valid)
        return valid;
    return modify([&host](QJsonArray &hosts) -> Outcome {
        const qsizetype index = indexOf(hosts, host.name);
        if (index < 0)
            return Error(tr("there is no host named \"%1\"").arg(host.name));
        hosts.replace(index, toJson(host, hosts.at(index).toObject()));
        return Success{};
    });
}

Outcome HostRegistry::remove(const QString &name)
{
    return modify([&name](QJsonArray &hosts) -> Outcome {
        const qsizetype index = indexOf(hosts, name);
        if (index < 0)
            return Error(tr("there is no host named \"%1\"").arg(name));
        hosts.removeAt(index);
        return Success{};
    });
}

} // namespace Leitstand::Remote
