#pragma once

#include <QList>

namespace rabeg {

// A column's width where its text fits (natural) and the narrowest it may be made, its header still readable
// (floor); narrower than natural, the view elides its text and the cell's tooltip holds it whole.
struct ColumnFit
{
    int natural = 0;
    int floor = 0;
};

// Widths for the columns beside a table's one stretching column (its Title), which must keep `keep` pixels of
// `available`: each column at its natural width while that leaves room; else narrowed, each in proportion to what
// it can give (natural less floor), none below its floor. Where even the floors leave less than `keep`, every
// column is at its floor and the stretching column takes what is left.
QList<int> shareColumnWidths(const QList<ColumnFit> &columns, int available, int keep);

} // namespace rabeg
