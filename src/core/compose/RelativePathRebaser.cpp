#include "RelativePathRebaser.h"

#include <QDir>

namespace Leitstand {

namespace {

void rebaseScalar(YamlNode &node, const QString &base)
{
    if (node.isScalar() && RelativePathRebaser::isRelativePath(node.scalar()))
        node.setScalar(RelativePathRebaser::absolutePath(node.text(), base).toStdString());
}

bool isRemoteBuildContext(const std::string &context)
{
    return context.find("://") != std::string::npos || context.rfind("git@", 0) == 0;
}

void rebaseBuild(YamlNode &build, const QString &base)
{
    YamlNode *context = build.isMapping() ? build.find("context") : &build;
    if (context && context->isScalar() && !isRemoteBuildContext(context->scalar()))
        rebaseScalar(*context, base);
}

void rebaseEnvFiles(YamlNode &envFile, const QString &base)
{
    if (envFile.isScalar()) {
        rebaseScalar(envFile, base);
        return;
    }
    for (YamlNode &item : envFile.items()) {
        if (item.isMapping()) {
            if (YamlNode *path = item.find("path"))
                rebaseScalar(*path, base);
        } else {
            rebaseScalar(item, base);
        }
    }
}

// Short syntax "SOURCE:TARGET[:MODE]": only sources that start with "." are relative host
// paths; anything else without a slash is a named volume.
void rebaseVolume(YamlNode &volume, const QString &base)
{
    if (volume.isMapping()) {
        const YamlNode *type = volume.find("type");
        if (type && type->scalar() == "bind") {
            if (YamlNode *source = volume.find("source"))
                rebaseScalar(*source, base);
        }
        return;
    }
    if (!volume.isScalar())
        return;
    const std::string &text = volume.scalar();
    const auto colon = text.find(':');
    if (colon == std::string::npos || text.empty() || text.front() != '.')
        return;
    // A Qt resource folder (":/demo/...") would put a colon into the short syntax; such
    // sources stay relative and the normalizer resolves them against the project folder.
    if (base.startsWith(QLatin1Char(':')))
        return;
    const QString source = RelativePathRebaser::absolutePath(QString::fromStdString(text.substr(0, colon)), base);
    volume.setScalar(source.toStdString() + text.substr(colon));
}

} // namespace

bool RelativePathRebaser::isRelativePath(const std::string &path)
{
    if (path.empty())
        return false;
    const char first = path.front();
    // '~' is the home folder and ':' a Qt resource path; both are absolute for our purposes.
    return first != '/' && first != '~' && first != ':' && first != '\\' && !(path.size() > 1 && path[1] == ':');
}

QString RelativePathRebaser::absolutePath(const QString &path, const QString &baseDirectory)
{
    return QDir::cleanPath(QDir(baseDirectory).filePath(path));
}

void RelativePathRebaser::rebaseService(YamlNode &service, const QString &base)
{
    if (!service.isMapping())
        return;
    if (YamlNode *build = service.find("build"))
        rebaseBuild(*build, base);
    if (YamlNode *envFile = service.find("env_file"))
        rebaseEnvFiles(*envFile, base);
    if (YamlNode *volumes = service.find("volumes"); volumes && volumes->isSequence()) {
        for (YamlNode &volume : volumes->items())
            rebaseVolume(volume, base);
    }
    if (YamlNode *extends = service.find("extends"); extends && extends->isMapping()) {
        if (YamlNode *file = extends->find("file"))
            rebaseScalar(*file, base);
    }
}

void RelativePathRebaser::rebaseDocument(YamlNode &document, const QString &base)
{
    if (!document.isMapping())
        return;
    if (YamlNode *services = document.find("services"); services && services->isMapping()) {
        for (YamlNode::Entry &entry : services->entries())
            rebaseService(entry.value, base);
    }
    for (const char *section : {"secrets", "configs"}) {
        YamlNode *resources = document.find(section);
        if (!resources || !resources->isMapping())
            continue;
        for (YamlNode::Entry &entry : resources->entries()) {
            if (YamlNode *file = entry.value.isMapping() ? entry.value.find("file") : nullptr)
                rebaseScalar(*file, base);
        }
    }
}

} // namespace Leitstand
