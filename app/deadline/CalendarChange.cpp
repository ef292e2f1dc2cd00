#include "CalendarChange.h"

#include "WorkingCalendar.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

// What a calendar says about working status, one key per fact: "2026-03-18" (a day off) or
// "2026-12-05/DISDUKCAPIL" (that OPD opens that Saturday).
QSet<QString> facts(const QList<CalendarDay> &days)
{
    QSet<QString> out;
    for (const CalendarDay &d : days) {
        const QString date = d.date.toString(Qt::ISODate);
        out.insert(d.kind == CalendarDayKind::OpdWorkingDay ? date + u'/' + d.opd : date);
    }
    return out;
}

} // namespace

QList<QDate> changedCalendarDays(const QList<CalendarDay> &before, const QList<CalendarDay> &after)
{
    const QSet<QString> old = facts(before);
    const QSet<QString> now = facts(after);
    QSet<QDate> changed;
    for (const QSet<QString> *side : {&old, &now}) {
        const QSet<QString> &other = side == &old ? now : old;
        for (const QString &fact : *side) {
            if (!other.contains(fact))
                changed.insert(QDate::fromString(fact.left(10), Qt::ISODate));
        }
    }
    QList<QDate> days(changed.cbegin(), changed.cend());
    std::sort(days.begin(), days.end());
    return days;
}

bool spansAny(const QDateTime &startedAt, const QDateTime &dueAt, const QList<QDate> &days)
{
    if (!startedAt.isValid() || !dueAt.isValid() || days.isEmpty())
        return false;
    const QDate first = WorkingCalendar::wibDate(startedAt).addDays(1);
    const QDate last = WorkingCalendar::wibDate(dueAt.addMSecs(-1));
    const auto it = std::lower_bound(days.cbegin(), days.cend(), first);
    return it != days.cend() && *it <= last;
}

} // namespace rabeg
