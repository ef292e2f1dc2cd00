#pragma once

#include <QDate>
#include <QDateTime>

namespace rabeg {

// One ISO week (Monday to Sunday) in Kota Serang's time, WIB (UTC+7, no daylight saving), as a half-open range
// of UTC instants: what "the complaints of a week" means for the routing dry run.
struct WibWeek
{
    QDate monday;
    QDateTime fromUtc; // Monday 00:00 WIB
    QDateTime toUtc;   // the next Monday 00:00 WIB (excluded)

    static WibWeek containing(const QDate &wibDay);
    // The week before the one `hubNow` falls in (in WIB): the default of the dry run.
    static WibWeek before(const QDateTime &hubNow);

    int isoWeek() const { return monday.weekNumber(); }
    int isoYear() const;
    bool contains(const QDateTime &at) const { return at >= fromUtc && at < toUtc; }
};

} // namespace rabeg
