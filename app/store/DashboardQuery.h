#pragma once

#include "LocalCache.h"
#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QUuid>

#include <array>

namespace rabeg {

// The supervisor's dashboard and wall display (issue 9, docs/reports.md "Dashboard"): every figure is one SQL
// aggregate over the cache, and every chart element can name exactly its complaints (ids()). The OPD of a
// complaint is the one holding it now (complaints.opd; empty: the command center).

// The aging buckets of open complaints, in whole WIB calendar days since arrival: 0-3, 4-7, 8-14, over 14.
constexpr int kAgingBuckets = 4;

struct DashboardOpdCount
{
    QString opd;
    int count = 0;
    friend bool operator==(const DashboardOpdCount &, const DashboardOpdCount &) = default;
};

struct DashboardAging
{
    QString opd;
    std::array<int, kAgingBuckets> buckets {};
    friend bool operator==(const DashboardAging &, const DashboardAging &) = default;
};

struct DashboardWeek
{
    QDateTime start; // Monday 00:00 WIB, in UTC
    int received = 0; // complaints whose received event the hub recorded in the week
    int responded = 0; // responses in the week (a complaint answered twice counts twice)
    int overdue = 0; // follow-up deadlines breached in the week (the hub's escalations, user "system")
    friend bool operator==(const DashboardWeek &, const DashboardWeek &) = default;
};

struct DashboardCompliance
{
    QString opd;
    int met = 0; // responses in the window to follow-up cycles the hub had not escalated
    int breached = 0; // follow-up deadlines breached in the window (the hub's escalations)
    double percent() const { return met + breached > 0 ? 100.0 * met / (met + breached) : 0.0; }
    friend bool operator==(const DashboardCompliance &, const DashboardCompliance &) = default;
};

// "Today" is the WIB calendar day of the hub time the figures are computed at.
struct DashboardToday
{
    int open = 0;
    int overdue = 0;
    int received = 0;
    int responded = 0;
    int closed = 0;
    friend bool operator==(const DashboardToday &, const DashboardToday &) = default;
};

struct DashboardFigures
{
    QDateTime at; // hub time the figures are judged at
    QDateTime syncedAt; // hub time of the cache's last pull (meta synced_at); invalid when never synced
    qint64 hubSeq = 0;
    QList<DashboardOpdCount> overdue; // by OPD code, command center (empty) included; only OPDs with some
    QList<DashboardAging> aging; // by OPD code
    QList<DashboardWeek> trend; // oldest first; the last is the week of `at`
    QList<DashboardCompliance> compliance; // by OPD code, over the trend's weeks
    DashboardToday today;
    friend bool operator==(const DashboardFigures &, const DashboardFigures &) = default;
};

// One element of a chart, for the drill-down.
struct DashboardElement
{
    enum class Kind { Overdue, Aging, WeekReceived, WeekResponded, WeekOverdue, Compliance };
    Kind kind = Kind::Overdue;
    QString opd; // Overdue, Aging, Compliance
    int bucket = 0; // Aging
    QDateTime weekStart; // Week*
};

class DashboardQuery
{
public:
    // Summarised: the weekly figures from dashboard_weeks and the covering indexes of cache schema 5
    // (DashboardSchema.h). Direct: the same figures from the events and complaints themselves, without those
    // indexes: the benchmark's baseline, and the tests' check that the triggers keep the summary right.
    enum class Source { Summarised, Direct };

    explicit DashboardQuery(LocalCache &cache, Source source = Source::Summarised) : m_cache(cache), m_source(source)
    { }

    // Every figure at hub time `now`, the trend over `weeks` ISO weeks (WIB) ending with the week of `now`.
    Result<DashboardFigures> figures(const QDateTime &now, int weeks = 12) const;
    // Exactly the complaints counted in one element (same `now` and `weeks`), newest arrival first.
    Result<QList<QUuid>> ids(const DashboardElement &element, const QDateTime &now, int weeks = 12) const;

    // Monday 00:00 WIB (in UTC) of the week holding `at`.
    static QDateTime weekStart(const QDateTime &at);
    // The lower bound (UTC) of each aging bucket's arrival times at `now`: bucket b holds arrivals in
    // [bound(b), bound(b-1)), bound(-1) being the end of time.
    static QDateTime agingBound(const QDateTime &now, int bucket);

private:
    Status weekly(DashboardFigures &f, const QDateTime &from, const QDateTime &until) const;
    Status weeklyDirect(DashboardFigures &f, const QDateTime &from, const QDateTime &until) const;

    LocalCache &m_cache;
    Source m_source;
};

} // namespace rabeg
