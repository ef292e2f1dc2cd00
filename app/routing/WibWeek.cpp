#include "WibWeek.h"

#include <QTimeZone>

namespace rabeg {
namespace {

const QTimeZone kWib(7 * 3600);

} // namespace

WibWeek WibWeek::containing(const QDate &wibDay)
{
    WibWeek week;
    week.monday = wibDay.addDays(1 - wibDay.dayOfWeek());
    week.fromUtc = QDateTime(week.monday, QTime(0, 0), kWib).toUTC();
    week.toUtc = QDateTime(week.monday.addDays(7), QTime(0, 0), kWib).toUTC();
    return week;
}

WibWeek WibWeek::before(const QDateTime &hubNow)
{
    return containing(hubNow.toTimeZone(kWib).date().addDays(-7));
}

int WibWeek::isoYear() const
{
    int year = 0;
    monday.weekNumber(&year);
    return year;
}

} // namespace rabeg
