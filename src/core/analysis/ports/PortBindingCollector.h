#pragma once

#include "PortMatrixBinding.h"

#include "../../model/ComposeService.h"

#include <QList>

namespace Leitstand::Analysis {

// Turns one service's ports and expose entries into port matrix rows.
class PortBindingCollector final
{
public:
    static void collect(const QString &stack, const ComposeService &service, QList<PortMatrixBinding> &into);

    // "8080", "8000-8002"; empty when the text is not a port or a port range.
    static QList<int> expandPorts(QStringView text);
};

} // namespace Leitstand::Analysis
