#pragma once

#include "GlobSet.h"

#include "../../model/ComposeService.h"

#include <QString>
#include <QStringList>

namespace Leitstand::Analysis {

// Glob patterns that pick services by their compose name or by their image: `*` matches any
// run of characters, `?` one character, case-insensitively. Images are matched without tag,
// digest, the Docker Hub registry and its "library/" namespace ("grafana/grafana",
// "ghcr.io/org/app", "postgres").
class ServicePatterns final
{
public:
    // What the patterns look at, prepared once per service rather than once per pattern.
    struct Subject
    {
        QString name;       // lower case
        QString repository; // lower case, see imageRepository()

        static Subject of(const ComposeService &service);
    };

    ServicePatterns() = default;
    ServicePatterns(const QStringList &services, const QStringList &images);

    bool matches(const Subject &subject) const;
    bool matches(const ComposeService &service) const { return matches(Subject::of(service)); }
    bool isEmpty() const { return m_services.isEmpty() && m_images.isEmpty(); }
    const QStringList &servicePatterns() const { return m_services.patterns(); }
    const QStringList &imagePatterns() const { return m_images.patterns(); }

    static bool globMatches(QStringView pattern, QStringView text);
    static QString imageRepository(const QString &image);

private:
    GlobSet m_services;
    GlobSet m_images;
};

} // namespace Leitstand::Analysis
