#pragma once

#include <QList>

namespace Leitstand {

// Shares a table's width among columns that want more than there is: the widest columns give
// way first, so short columns (names, ports, locations) stay whole and none is pushed out of
// sight. A trimmed column shows the rest of its text in the tooltip.
class ColumnWidthFitter final
{
public:
    static constexpr int MinimumTrimmedWidth = 120;

    // The wanted widths, each capped at one common limit chosen so that the sum fits available.
    static QList<int> fit(const QList<int> &wantedWidths, int availableWidth);
};

} // namespace Leitstand
