#include "ColumnShare.h"

#include <algorithm>

namespace rabeg {

QList<int> shareColumnWidths(const QList<ColumnFit> &columns, int available, int keep)
{
    QList<int> widths;
    qint64 natural = 0;
    qint64 slack = 0; // what all columns together can give
    for (const ColumnFit &c : columns) {
        const int floor = std::min(c.floor, c.natural);
        widths.append(c.natural);
        natural += c.natural;
        slack += c.natural - floor;
    }
    const qint64 deficit = natural + keep - available;
    if (deficit <= 0 || slack == 0)
        return widths;
    const qint64 give = std::min(deficit, slack);
    // Integer shares, each rounded down, then the pixels left given one each from the first column on, so that the
    // columns give exactly `give` in all.
    qint64 given = 0;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const int room = widths.at(i) - std::min(columns.at(i).floor, columns.at(i).natural);
        const qint64 share = give * room / slack;
        widths[i] -= int(share);
        given += share;
    }
    for (qsizetype i = 0; i < columns.size() && given < give; ++i) {
        if (widths.at(i) > std::min(columns.at(i).floor, columns.at(i).natural)) {
            widths[i] -= 1;
            given += 1;
        }
    }
    return widths;
}

} // namespace rabeg
