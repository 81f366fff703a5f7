#pragma once

#include <QString>
#include <QTemporaryDir>

#include <yaml-cpp/yaml.h>

#include <memory>

// Runs Debian's docker-compose 1.29, an independent implementation of the compose format,
// on a copy of a project. The copy gets the build folders the corpus leaves out and drops the
// few v2-only constructs v1 refuses (top-level name, depends_on.restart); the specification
// decides those, in the loader cases.
class DockerComposeV1 final
{
public:
    struct Result
    {
        bool ok = false;
        YAML::Node config;
        QString projectName;
        QString failure;
    };

    static bool isAvailable();
    static Result config(const QString &projectDirectory);
};
