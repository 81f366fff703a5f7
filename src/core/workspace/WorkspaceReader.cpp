#include "WorkspaceReader.h"

#include "JsonTextLocator.h"

#include "../compose/ProjectNameRules.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace Leitstand {

namespace {

using Internal::JsonTextLocator;

// The text an error is about, so that a field named by its JSON path can be found again:
// QJsonDocument keeps no positions.
struct JsonSource
{
    const QByteArray &json;
    const QString &filePath;
};

bool isResourcePath(const QString &path)
{
    return path.startsWith(QLatin1Char(':'));
}

Error fieldError(const JsonSource &source, const QString &path, const QString &message)
{
    return Error(path + QStringLiteral(": ") + message,
                 JsonTextLocator::locationOf(source.json, source.filePath, path));
}

QString typeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Null:
        return WorkspaceReader::tr("null");
    case QJsonValue::Bool:
        return WorkspaceReader::tr("a boolean");
    case QJsonValue::Double:
        return WorkspaceReader::tr("a number");
    case QJsonValue::String:
        return WorkspaceReader::tr("a string");
    case QJsonValue::Array:
        return WorkspaceReader::tr("an array");
    case QJsonValue::Object:
        return WorkspaceReader::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return WorkspaceReader::tr("nothing");
}

QString childPath(const QString &parent, const char *key)
{
    return parent.isEmpty() ? QLatin1String(key) : parent + QLatin1Char('.') + QLatin1String(key);
}

QString elementPath(const QString &array, qsizetype index)
{
    return array + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

// A member of the given type; absent is only an error when it is required (then the error
// points at the object that lacks it). Optional members that are absent come back undefined.
Expected<QJsonValue> member(const JsonSource &source,
                            const QJsonObject &object,
                            const QString &objectPath,
                            const char *key,
                            QJsonValue::Type type,
                            bool required)
{
    const QString path = childPath(objectPath, key);
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined()) {
        if (!required)
            return value;
        return Error(WorkspaceReader::tr("%1: missing, expected %2").arg(path, typeName(type)),
                     JsonTextLocator::locationOf(source.json, source.filePath, objectPath));
    }
    if (value.type() != type) {
        return fieldError(
            source, path, WorkspaceReader::tr("expected %1, found %2").arg(typeName(type), typeName(value.type())));
    }
    if (type == QJsonValue::String && value.toString().trimmed().isEmpty())
        return fieldError(source, path, WorkspaceReader::tr("must not be empty"));
    return value;
}

QString resolvePath(const QString &baseFolder, const QString &path)
{
    if (isResourcePath(path) || QDir::isAbsolutePath(path))
        return QDir::cleanPath(path);
    return QDir::cleanPath(baseFolder + QLatin1Char('/') + path);
}

QString baseFolderOf(const QString &filePath)
{
    if (filePath.isEmpty())
        return QDir::currentPath();
    if (isResourcePath(filePath)) {
        const qsizetype slash = filePath.lastIndexOf(QLatin1Char('/'));
        return slash < 0 ? QStringLiteral(":") : filePath.left(slash);
    }
    return QFileInfo(filePath).absolutePath();
}

Expected<WorkspaceStack> readStack(const JsonSource &source,
                                   const QJsonValue &value,
                                   const QString &path,
                                   const QString &baseFolder)
{
    if (!value.isObject()) {
        return fieldError(
            source, path, WorkspaceReader::tr("expected an object, found %1").arg(typeName(value.type())));
    }
    const QJsonObject object = value.toObject();
    WorkspaceStack stack;

    const Expected<QJsonValue> name = member(source, object, path, "name", QJsonValue::String, true);
    if (!name)
        return name.error();
    stack.name = name->toString();
    // The name becomes the compose project name on the host, so it must already be a valid one.
    if (!ProjectNameRules::isValid(stack.name)) {
        return fieldError(source,
                          childPath(path, "name"),
                          WorkspaceReader::tr("\"%1\" is not a valid compose project name: use lowercase "
                                              "letters, digits, '_' and '-', starting with a letter or digit")
                              .arg(stack.name));
    }

    const Expected<QJsonValue> directory = member(source, object, path, "directory", QJsonValue::String, false);
    if (!directory)
        return directory.error();
    stack.directory = resolvePath(baseFolder, directory->isUndefined() ? stack.name : directory->toString());

    const Expected<QJsonValue> files = member(source, object, path, "files", QJsonValue::Array, false);
    if (!files)
        return files.error();
    const QJsonArray fileArray = files->toArray();
    for (qsizetype i = 0; i < fileArray.size(); ++i) {
        const QString filePath = elementPath(childPath(path, "files"), i);
        const QJsonValue file = fileArray.at(i);
        if (!file.isString() || file.toString().trimmed().isEmpty()) {
            return fieldError(source,
                              filePath,
                              WorkspaceReader::tr("expected the path of a compose file, found %1")
                                  .arg(file.isString() ? QStringLiteral("\"\"") : typeName(file.type())));
        }
        stack.files.append(resolvePath(stack.directory, file.toString()));
    }
    return stack;
}

Expected<WorkspaceHost> readHost(const JsonSource &source,
                                 const QJsonValue &value,
                                 const QString &path,
                                 const QString &baseFolder)
{
    if (!value.isObject()) {
        return fieldError(
            source, path, WorkspaceReader::tr("expected an object, found %1").arg(typeName(value.type())));
    }
    const QJsonObject object = value.toObject();
    WorkspaceHost host;

    const Expected<QJsonValue> name = member(source, object, path, "name", QJsonValue::String, true);
    if (!name)
        return name.error();
    host.name = name->toString();

    const Expected<QJsonValue> target = member(source, object, path, "target", QJsonValue::String, true);
    if (!target)
        return target.error();
    host.target = target->toString();

    // A host without stacks is a valid start: its stacks can be found on the host later.
    const Expected<QJsonValue> stacks = member(source, object, path, "stacks", QJsonValue::Array, false);
    if (!stacks)
        return stacks.error();
    const QJsonArray stackArray = stacks->toArray();
    QHash<QString, QString> pathsByName;
    for (qsizetype i = 0; i < stackArray.size(); ++i) {
        const QString stackPath = elementPath(childPath(path, "stacks"), i);
        Expected<WorkspaceStack> stack = readStack(source, stackArray.at(i), stackPath, baseFolder);
        if (!stack)
            return stack.error();
        // Two stacks of one name on one host would be the same compose project there.
        if (pathsByName.contains(stack->name)) {
            return fieldError(source,
                              childPath(stackPath, "name"),
                              WorkspaceReader::tr("host \"%1\" already has a stack named \"%2\" (%3)")
                                  .arg(host.name, stack->name, pathsByName.value(stack->name)));
        }
        pathsByName.insert(stack->name, stackPath);
        host.stacks.append(std::move(stack).value());
    }
    return host;
}

} // namespace

Expected<Workspace> WorkspaceReader::readFile(const QString &path)
{
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
        const QString reason = QFileInfo(path).isDir() ? WorkspaceReader::tr("this is a folder") : file.errorString();
        return Error(WorkspaceReader::tr("cannot read the workspace file: %1").arg(reason), SourceLocation{path});
    }
    return read(file.readAll(), path);
}

Expected<Workspace> WorkspaceReader::read(const QByteArray &json, const QString &filePath)
{
    Workspace workspace;
    workspace.filePath
        = filePath.isEmpty() || isResourcePath(filePath) ? filePath : QFileInfo(filePath).absoluteFilePath();
    const JsonSource source{json, workspace.filePath};

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error(WorkspaceReader::tr("not valid JSON: %1").arg(parseError.errorString()),
                     JsonTextLocator::locationAt(json, workspace.filePath, parseError.offset));
    }
    if (!document.isObject()) {
        return Error(WorkspaceReader::tr("a workspace must be a JSON object, found %1")
                         .arg(typeName(document.isArray() ? QJsonValue::Array : QJsonValue::Null)),
                     JsonTextLocator::locationOf(json, workspace.filePath, QString()));
    }
    const QJsonObject root = document.object();

    const Expected<QJsonValue> name = member(source, root, QString(), "name", QJsonValue::String, false);
    if (!name)
        return name.error();
    workspace.name = name->isUndefined() ? QFileInfo(filePath).completeBaseName() : name->toString();

    const Expected<QJsonValue> hosts = member(source, root, QString(), "hosts", QJsonValue::Array, true);
    if (!hosts)
        return hosts.error();
    const QString baseFolder = baseFolderOf(workspace.filePath);
    const QJsonArray hostArray = hosts->toArray();
    QHash<QString, QString> pathsByName;
    for (qsizetype i = 0; i < hostArray.size(); ++i) {
        const QString hostPath = elementPath(QStringLiteral("hosts"), i);
        Expected<WorkspaceHost> host = readHost(source, hostArray.at(i), hostPath, baseFolder);
        if (!host)
            return host.error();
        if (pathsByName.contains(host->name)) {
            return fieldError(source,
                              childPath(hostPath, "name"),
                              WorkspaceReader::tr("there is already a host named \"%1\" (%2)")
                                  .arg(host->name, pathsByName.value(host->name)));
        }
        pathsByName.insert(host->name, hostPath);
        workspace.hosts.append(std::move(host).value());
    }
    return workspace;
}

} // namespace Leitstand
