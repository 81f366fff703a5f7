#include "SourceLocation.h"

namespace Leitstand {

QString SourceLocation::toString() const
{
    QString text = file;
    if (line > 0) {
        text += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            text += QLatin1Char(':') + QString::number(column);
    }
    return text;
}

} // namespace Leitstand
