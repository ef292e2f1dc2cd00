#include "ColumnShare.h"

#include <algorithm>

namespace rabeg {

QList<int> shareColumnWidths(const QList<ColumnFit> &columns, int available, int keep)
{
    QList<int> widths;
    QList<int> floors; // a floor above the natural width is the natural width: such a column gives nothing
    qint64 natural = 0;
    qint64 slack = 0; // what all columns together can give
    for (const ColumnFit &c : columns) {
        widths.append(c.natural);
        floors.append(std::min(c.floor, c.natural));
        natural += c.natural;
        slack += c.natural - floors.last();
    }
    const qint64 deficit = natural + keep - available;
    if (deficit <= 0 || slack == 0)
        return widths;
    const qint64 give = std::min(deficit, slack);
    // Integer shares, each rounded down, then the pixels left given one each from the first column on, so that the
    // columns give exactly `give` in all.
    qint64 given = 0;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const qint64 share = give * (widths.at(i) - floors.at(i)) / slack;
        widths[i] -= int(share);
        given += share;
    }
    for (qsizetype i = 0; i < columns.size() && given < give; ++i) {
        if (widths.at(i) > floors.at(i)) {
            widths[i] -= 1;
            given += 1;
        }
    }
    return widths;
}

} // namespace rabeg
