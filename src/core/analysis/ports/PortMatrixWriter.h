#pragma once

#include "PortMatrix.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Leitstand::Analysis {

// The three faces of a port matrix (docs/analyses/ports.md). With stacks, bindings carry a
// "stack" field and conflicts name their services as "stack/service": the matrix of a host.
class PortMatrixWriter final
{
    Q_DECLARE_TR_FUNCTIONS(PortMatrixWriter)

public:
    enum class Stacks { Omit, Include };

    static QJsonObject toJson(const PortMatrix &matrix, Stacks stacks = Stacks::Omit);
    static QString toTable(const PortMatrix &matrix, Stacks stacks = Stacks::Omit);
    static QString toCsv(const PortMatrix &matrix, Stacks stacks = Stacks::Omit);

    // The services of a conflict, each named once, in matrix order.
    static QStringList serviceNames(const PortConflict &conflict, Stacks stacks);
};

} // namespace Leitstand::Analysis
