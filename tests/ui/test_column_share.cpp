// The widths beside a stretching title column: natural while there is room, narrowed in proportion to what each
// column can give when the title would get less than its share, never below a column's floor.
#include <catch2/catch.hpp>

#include "ColumnShare.h"

#include <numeric>

using namespace rabeg;

namespace {

int sum(const QList<int> &widths)
{
    return std::accumulate(widths.cbegin(), widths.cend(), 0);
}

} // namespace

TEST_CASE("columns keep their natural widths while the title has its share")
{
    const QList<ColumnFit> columns = {{200, 100}, {100, 100}, {300, 150}};
    CHECK(shareColumnWidths(columns, 1000, 400) == QList<int>{200, 100, 300});
    CHECK(shareColumnWidths(columns, 1600, 400) == QList<int>{200, 100, 300});
}

TEST_CASE("columns give exactly the title's shortfall, in proportion to what each can give")
{
    const QList<ColumnFit> columns = {{200, 100}, {100, 100}, {300, 150}};
    // 600 natural + 400 kept = 1000; at 900 the columns give 100: 40 from the first (room 100 of 250), none from
    // the second (at its floor), 60 from the third (room 150).
    const QList<int> widths = shareColumnWidths(columns, 900, 400);
    CHECK(widths == QList<int>{160, 100, 240});
    CHECK(sum(widths) + 400 == 900);
    // Shares that do not divide evenly still add up to the shortfall, to the pixel.
    const QList<int> odd = shareColumnWidths({{101, 50}, {103, 50}, {107, 50}}, 500, 200);
    CHECK(sum(odd) + 200 == 500);
    for (int w : odd)
        CHECK(w >= 50);
}

TEST_CASE("no column goes below its floor, even where the title cannot get its share")
{
    const QList<ColumnFit> columns = {{200, 120}, {300, 150}};
    CHECK(shareColumnWidths(columns, 300, 200) == QList<int>{120, 150});
    // A floor above the natural width is the natural width: the column neither grows nor shrinks.
    CHECK(shareColumnWidths({{80, 120}, {300, 150}}, 300, 200) == QList<int>{80, 150});
    CHECK(shareColumnWidths({}, 300, 200).isEmpty());
}
