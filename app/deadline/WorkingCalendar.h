#pragma once

#include "refdata/ReferenceTypes.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <vector>

namespace rabeg {

// Indonesian working days (DESIGN.md, "Deadlines"): Monday to Friday, minus national holidays, cuti bersama and
// days added at short notice, plus the Saturdays a front-line OPD opens. Day boundaries are WIB (UTC+7, no
// daylight saving); instants are UTC.
class WorkingCalendar
{
public:
    WorkingCalendar() = default;
    explicit WorkingCalendar(const QList<CalendarDay> &days);

    bool isWorkingDay(const QDate &date, const QString &opd = {}) const;
    // The n-th working day after `date` (n >= 1); `date` itself never counts.
    QDate nthWorkingDayAfter(const QDate &date, int n, const QString &opd = {}) const;
    // Working days d with from <= d <= to.
    int workingDaysBetween(const QDate &from, const QDate &to, const QString &opd = {}) const;

    // The working-time axis of the calendar an OPD works to (docs/deadlines.md, "Working time"): each working day
    // is 24 hours long on it and every other day has no length. A position is milliseconds of working time since a
    // fixed epoch; ordinal(d) working days lie in [epoch, d], so 24:00 WIB of a working day d sits at
    // ordinal(d) * kDayMs. What a calendar change does not move: a change on day h changes no ordinal or position
    // before h, so a working-day deadline kept as a position stays right for every clock that started before h.
    static constexpr qint64 kDayMs = 86'400'000;
    // Working days d' with epoch <= d' <= d (negative before the epoch), minus the axis's origin (setAxisOrigins).
    qint64 ordinal(const QDate &date, const QString &opd = {}) const;
    // The working day whose ordinal is `ordinal`.
    QDate dayOfOrdinal(qint64 ordinal, const QString &opd = {}) const;
    // The position of the instant `utc`: the working time that has passed by then.
    qint64 position(const QDateTime &utc, const QString &opd = {}) const;
    // The first instant whose position reaches `position`.
    QDateTime instantOfPosition(qint64 position, const QString &opd = {}) const;
    // Where each axis counts its ordinals from ("" the base axis; none: 0): ordinal(d) is then the working days in
    // [epoch, d] minus the origin, and every position moves by as many days, so that no instant maps otherwise. A
    // workstation's cache moves an axis's origin when a calendar change would renumber fewer of its stored points
    // by keeping the ordinals after the change and renumbering those before it (AxisShift.h).
    void setAxisOrigins(const QHash<QString, qint64> &origins) { m_origins = origins; }
    const QHash<QString, qint64> &axisOrigins() const { return m_origins; }
    // Which axis an OPD's working days lie on: the OPD itself when it opens on some Saturday of the calendar, else
    // the base calendar's ("" ). Two OPDs on the base axis count their working days alike.
    QString axisOf(const QString &opd) const;
    // The OPDs with an axis of their own (those that open on some Saturday), sorted.
    QStringList opdAxes() const;

    static QDate wibDate(const QDateTime &utc);
    // 24:00 WIB at the end of `date`, as UTC (17:00 UTC of that date).
    static QDateTime endOfWibDay(const QDate &date);
    static QDateTime startOfWibDay(const QDate &date);

private:
    QSet<QDate> m_closed;
    QHash<QDate, QSet<QString>> m_openSaturdays; // date -> OPDs that work that Saturday
    std::vector<qint64> m_closedWeekdays; // Julian days of closed Mondays to Fridays, sorted
    QHash<QString, std::vector<qint64>> m_opdSaturdays; // per OPD, Julian days of its open Saturdays not closed, sorted
    QHash<QString, qint64> m_origins; // per axis
};

} // namespace rabeg
