#include "ImageName.h"

namespace Leitstand::Analysis {

QString ImageName::repository(const QString &image)
{
    QString reference = image.trimmed().toLower();
    if (const qsizetype at = reference.indexOf(QLatin1Char('@')); at >= 0)
        reference.truncate(at);
    // A colon after the last slash starts the tag; one before it belongs to a registry port.
    const qsizetype slash = reference.lastIndexOf(QLatin1Char('/'));
    if (const qsizetype colon = reference.lastIndexOf(QLatin1Char(':')); colon > slash)
        reference.truncate(colon);
    return reference;
}

QString ImageName::name(const QString &image)
{
    const QString path = repository(image);
    return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
}

} // namespace Leitstand::Analysis
