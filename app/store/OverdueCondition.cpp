#include "OverdueCondition.h"

#include "RunningCycleRows.h"

using namespace Qt::StringLiterals;

namespace rabeg {

QStringList OverdueCondition::axes(const WorkingCalendar &calendar)
{
    return QStringList{QString()} + calendar.opdAxes();
}

OverdueCondition OverdueCondition::at(const WorkingCalendar &calendar, const QDateTime &hubNow, const QString &alias,
                                      const QString &state)
{
    if (!hubNow.isValid())
        return {u"(0)"_s, {}};
    const QString d = alias + u'.';
    const QString ofState = state.isEmpty() ? QString() : d + u"state = ? AND "_s;
    OverdueCondition c;
    QStringList terms{u"("_s + ofState + d + u"due_at <= ?)"_s};
    if (!state.isEmpty())
        c.binds.append(state);
    c.binds.append(hubNow.toMSecsSinceEpoch());
    for (const QString &axis : axes(calendar)) {
        terms.append(u"("_s + ofState + d + u"wd_axis = ? AND "_s + d + u"wd_due <= ?)"_s);
        if (!state.isEmpty())
            c.binds.append(state);
        c.binds.append(axisColumn(axis));
        c.binds.append(calendar.position(hubNow, axis));
    }
    c.sql = u"("_s + terms.join(u" OR "_s) + u')';
    return c;
}

} // namespace rabeg
