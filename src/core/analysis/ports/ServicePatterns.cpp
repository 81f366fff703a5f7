#include "ServicePatterns.h"

namespace Leitstand::Analysis {

ServicePatterns::Subject ServicePatterns::Subject::of(const ComposeService &service)
{
    return {service.name.toLower(), service.image.isEmpty() ? QString() : imageRepository(service.image)};
}

ServicePatterns::ServicePatterns(const QStringList &services, const QStringList &images)
    : m_services(services)
    , m_images(images)
{}

bool ServicePatterns::globMatches(QStringView pattern, QStringView text)
{
    return GlobSet::globMatches(pattern.toString().toLower(), text.toString().toLower());
}

QString ServicePatterns::imageRepository(const QString &image)
{
    QString repository = image.section(QLatin1Char('@'), 0, 0);
    const qsizetype colon = repository.lastIndexOf(QLatin1Char(':'));
    if (colon > repository.lastIndexOf(QLatin1Char('/')))
        repository.truncate(colon);
    for (const QLatin1String prefix : {QLatin1String("docker.io/"), QLatin1String("index.docker.io/")}) {
        if (repository.startsWith(prefix))
            repository.remove(0, prefix.size());
    }
    if (repository.startsWith(QLatin1String("library/")))
        repository.remove(0, 8);
    return repository.toLower();
}

bool ServicePatterns::matches(const Subject &subject) const
{
    return m_services.matches(subject.name) || (!subject.repository.isEmpty() && m_images.matches(subject.repository));
}

} // namespace Leitstand::Analysis
