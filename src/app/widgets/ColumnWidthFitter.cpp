#include "ColumnWidthFitter.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace Leitstand {

namespace {

int cappedSum(const QList<int> &widths, int cap)
{
    return std::accumulate(
        widths.cbegin(), widths.cend(), 0, [cap](int sum, int width) { return sum + std::min(width, cap); });
}

} // namespace

QList<int> ColumnWidthFitter::fit(const QList<int> &wantedWidths, int availableWidth)
{
    if (wantedWidths.isEmpty() || cappedSum(wantedWidths, std::numeric_limits<int>::max()) <= availableWidth)
        return wantedWidths;
    // The largest cap that still fits, found by bisection; it never drops below the minimum, so
    // a very narrow window scrolls instead of showing slivers.
    int low = MinimumTrimmedWidth;
    int high = *std::max_element(wantedWidths.cbegin(), wantedWidths.cend());
    while (low < high) {
        const int middle = low + (high - low + 1) / 2;
        if (cappedSum(wantedWidths, middle) <= availableWidth)
            low = middle;
        else
            high = middle - 1;
    }
    QList<int> fitted;
    fitted.reserve(wantedWidths.size());
    for (int width : wantedWidths)
        fitted.append(std::min(width, low));
    return fitted;
}

} // namespace Leitstand
