#include "ProxyRoute.h"

namespace Leitstand::Analysis {

bool ProxyRoute::imageIs(const QString &image, QLatin1String repository)
{
    QStringView name(image);
    if (const qsizetype digest = name.indexOf(QLatin1Char('@')); digest >= 0)
        name = name.left(digest);
    if (const qsizetype slash = name.lastIndexOf(QLatin1Char('/')); slash >= 0)
        name = name.mid(slash + 1);
    if (const qsizetype colon = name.indexOf(QLatin1Char(':')); colon >= 0)
        name = name.left(colon);
    return name.startsWith(repository, Qt::CaseInsensitive);
}

} // namespace Leitstand::Analysis
