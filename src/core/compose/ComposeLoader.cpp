#include "ComposeLoader.h"

#include "ComposeFileLocator.h"
#include "ComposeTreeAssembler.h"
#include "ProfileFilter.h"
#include "ProjectEnvironment.h"
#include "ProjectModelBuilder.h"
#include "ProjectNameRules.h"
#include "ProjectNormalizer.h"

#include <QDir>
#include <QFileInfo>

namespace Leitstand {

namespace {

QString absoluteFrom(const QString &path)
{
    if (path.startsWith(QLatin1Char(':')))
        return QDir::cleanPath(path);
    // cleanPath drops a trailing "/", which would otherwise leave the folder without a name.
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

QStringList splitList(const QString &text, QChar separator)
{
    QStringList items;
    for (const QString &item : text.split(separator, Qt::SkipEmptyParts)) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty())
            items.append(trimmed);
    }
    return items;
}

// A service needs something to run; dependencies must name services of the project (ones
// disabled by a profile count, so that the analyses can report them).
Outcome checkServices(const YamlNode &document, const QStringList &disabled)
{
    const YamlNode *services = document.find("services");
    if (!services || !services->isMapping() || services->entries().empty())
        return Error(ComposeLoader::tr("the project defines no services (or none under the active profiles)"),
                     document.location());
    for (const YamlNode::Entry &entry : services->entries()) {
        const QString name = QString::fromStdString(entry.key);
        const YamlNode &service = entry.value;
        if (!service.contains("image") && !service.contains("build")) {
            return Error(ComposeLoader::tr("service \"%1\" has neither an image nor a build context").arg(name),
                         entry.keyMark.toLocation());
        }
        const YamlNode *dependsOn = service.find("depends_on");
        if (!dependsOn)
            continue;
        auto check = [&](const std::string &dependency, const YamlMark &mark) -> Outcome {
            const QString dependencyName = QString::fromStdString(dependency);
            if (services->contains(dependency) || disabled.contains(dependencyName))
                return Success{};
            return Error(
                ComposeLoader::tr("service \"%1\" depends on \"%2\", which is not defined").arg(name, dependencyName),
                mark.toLocation());
        };
        if (dependsOn->isSequence()) {
            for (const YamlNode &item : dependsOn->items()) {
                if (const Outcome ok = check(item.scalar(), item.mark()); !ok)
                    return ok;
            }
        } else if (dependsOn->isMapping()) {
            for (const YamlNode::Entry &dependency : dependsOn->entries()) {
                if (const Outcome ok = check(dependency.key, dependency.keyMark); !ok)
                    return ok;
            }
        }
    }
    return Success{};
}

Expected<QString> projectName(const ComposeLoadOptions &options,
                              const ProjectEnvironment &environment,
                              const YamlNode &document,
                              const QString &projectDirectory)
{
    auto explicitName = [](const QString &name, const QString &origin, SourceLocation where) -> Expected<QString> {
        if (ProjectNameRules::isValid(name))
            return name;
        return Error(
            ComposeLoader::tr("%1 \"%2\" is not a valid project name: use lowercase letters, digits, \"_\" and \"-\", "
                              "starting with a letter or digit")
                .arg(origin, name),
            std::move(where));
    };
    if (!options.projectName.isEmpty())
        return explicitName(options.projectName, ComposeLoader::tr("the project name"), {});
    if (const QString fromEnvironment = environment.valueOr("COMPOSE_PROJECT_NAME"); !fromEnvironment.isEmpty())
        return explicitName(fromEnvironment, QStringLiteral("COMPOSE_PROJECT_NAME"), {});
    if (const YamlNode *name = document.find("name"); name && name->isScalar() && !name->scalar().empty())
        return explicitName(name->text(), QStringLiteral("name"), name->location());
    const QString derived = ProjectNameRules::fromFolderName(QFileInfo(projectDirectory).fileName());
    if (derived.isEmpty()) {
        return Error(ComposeLoader::tr("cannot derive a project name from the folder name; set \"name:\" or use -p"),
                     SourceLocation{projectDirectory});
    }
    return derived;
}

QHash<QString, SourceLocation> serviceLocations(const YamlNode &document)
{
    QHash<QString, SourceLocation> locations;
    if (const YamlNode *services = document.find("services")) {
        for (const YamlNode::Entry &entry : services->entries())
            locations.insert(QString::fromStdString(entry.key), entry.keyMark.toLocation());
    }
    return locations;
}

// The analyses flag passwords written into a compose file; only the merged tree still knows
// which values were written literally (ProjectNormalizer's output no longer does).
void markLiteralEnvironment(ComposeProject &project, const YamlNode &document)
{
    const YamlNode *services = document.find("services");
    if (!services)
        return;
    for (ComposeService &service : project.services) {
        const YamlNode *definition = services->find(service.name.toStdString());
        const YamlNode *environment = definition ? definition->find("environment") : nullptr;
        if (!environment)
            continue;
        if (environment->isMapping()) {
            for (const YamlNode::Entry &entry : environment->entries()) {
                if (entry.value.isScalar() && !entry.value.isInterpolated())
                    service.literalEnvironmentKeys.append(QString::fromStdString(entry.key));
            }
        } else if (environment->isSequence()) {
            for (const YamlNode &item : environment->items()) {
                const qsizetype equals = item.text().indexOf(QLatin1Char('='));
                if (item.isScalar() && equals > 0 && !item.isInterpolated())
                    service.literalEnvironmentKeys.append(item.text().left(equals));
            }
        }
        service.literalEnvironmentKeys.sort();
    }
}

} // namespace

Expected<LoadedProject> ComposeLoader::load(const ComposeLoadOptions &options)
{
    QStringList files;
    for (const QString &file : options.files)
        files.append(absoluteFrom(file));

    QString projectDirectory;
    if (!options.projectDirectory.isEmpty())
        projectDirectory = absoluteFrom(options.projectDirectory);
    else if (!files.isEmpty())
        projectDirectory = QFileInfo(files.first()).absolutePath();
    else
        projectDirectory = QDir::currentPath();

    QStringList envFiles;
    for (const QString &file : options.envFiles)
        envFiles.append(absoluteFrom(file));
    for (const QString &file : std::as_const(envFiles)) {
        if (!QFileInfo(file).isFile())
            return Error(ComposeLoader::tr("env file not found"), SourceLocation{file});
    }
    auto environment = ProjectEnvironment::build(options.environment, envFiles, projectDirectory);
    if (!environment)
        return environment.error();

    if (files.isEmpty()) {
        const QString fromEnvironment = environment->valueOr("COMPOSE_FILE");
        if (!fromEnvironment.isEmpty()) {
            const QChar separator = environment->valueOr("COMPOSE_PATH_SEPARATOR", QStringLiteral(":")).front();
            for (const QString &file : splitList(fromEnvironment, separator))
                files.append(QDir::cleanPath(QDir(projectDirectory).filePath(file)));
        } else {
            auto discovered = ComposeFileLocator::discover(projectDirectory);
            if (!discovered)
                return discovered.error();
            files = *discovered;
        }
    }

    QHash<QString, QByteArray> fileContents;
    for (auto given = options.fileContents.cbegin(); given != options.fileContents.cend(); ++given)
        fileContents.insert(absoluteFrom(given.key()), given.value());
    ComposeTreeAssembler assembler(options.limits, options.environment, fileContents);
    auto document = assembler.assemble(files, projectDirectory, *environment);
    if (!document)
        return document.error();

    QStringList profiles = options.profiles;
    if (profiles.isEmpty())
        profiles = splitList(environment->valueOr("COMPOSE_PROFILES"), QLatin1Char(','));
    QList<DisabledService> disabledServices = ProfileFilter::disabledServices(*document, profiles);
    const QStringList disabled = ProfileFilter::apply(*document, profiles);
    if (const Outcome checked = checkServices(*document, disabled); !checked)
        return checked.error();

    auto name = projectName(options, *environment, *document, projectDirectory);
    if (!name)
        return name.error();

    const NormalizeContext context{*name, projectDirectory, environment->lookup()};
    auto canonical = ProjectNormalizer::normalize(*document, context);
    if (!canonical)
        return canonical.error();

    LoadedProject loaded;
    loaded.canonical = std::move(canonical).value();
    loaded.project = ProjectModelBuilder::build(loaded.canonical, serviceLocations(*document));
    loaded.project.name = *name;
    loaded.project.workingDirectory = projectDirectory;
    loaded.project.composeFiles = files;
    loaded.project.activeProfiles = profiles;
    loaded.project.disabledServices = std::move(disabledServices);
    markLiteralEnvironment(loaded.project, *document);
    return loaded;
}

} // namespace Leitstand
