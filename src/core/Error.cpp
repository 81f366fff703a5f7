#include "Error.h"

namespace Leitstand {

QString Error::toString() const
{
    const QString where = m_location.toString();
    return where.isEmpty() ? m_message : where + QStringLiteral(": ") + m_message;
}

} // namespace Leitstand
