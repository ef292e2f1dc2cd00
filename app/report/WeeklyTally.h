#pragma once

#include "WeeklyReport.h"
#include "deadline/WorkingCalendar.h"
#include "domain/Complaint.h"
#include "refdata/ReferenceData.h"
#include "store/ReportFactsQuery.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <map>
#include <tuple>

namespace rabeg {

// Folds complaint histories into a week's figures (docs/reports.md, "Definitions"). Each history is given whole up
// to the instant judged (events at or after it are ignored); a complaint's figures come from its own events, its
// overdue clocks from the shared core's computeDeadlines and its stalled step from checklistOf, all at `asOf`, so
// the report agrees with the complaint's detail, the stall board and the hub.
class WeeklyTally
{
public:
    WeeklyTally(const ReferenceData &reference, const WorkingCalendar &calendar, const IsoWeek &week,
                const QDateTime &asOf);

    // The SOP templates stalls are judged with: the synced catalogue (SopCatalogQuery), the shipped one if unset.
    void setCatalog(const SopCatalog &catalog) { m_catalog = &catalog; }

    void add(const QList<Event> &history);
    // Only what add() counts from deadlines (overdue at the instant judged, follow-up cycles decided in the week):
    // for a complaint whose other facts are read but whose deadline facts may be of an earlier calendar.
    void addDeadlines(const QList<Event> &history);

    // The same figures from the report's facts (ReportFactsQuery, cache schema 6) instead of histories: the
    // week's arrivals, events, overdue and decided cycles; then the escalated complaints' states at the instant
    // judged, and the stalls of the working complaints, whose histories the core still folds (addStall).
    void addReceived(int count) { m_figures.received += count; }
    void addMilestones(const ReportMilestoneCounts &counts);
    void addEscalation(const ReportEscalationRow &row);
    void addOverdue(const QString &opd, int count);
    void addCompliance(const ReportComplianceRow &row);
    void addStall(const QList<Event> &history);
    // Complaints stalled alike, counted by groups from the stall spans (ReportFactsQuery::forEachStalledGroup).
    void addStallGroup(const QString &opd, int stepNumber, const QString &stepKey, const QString &stepTitle,
                       int daysAtStep, int count);

    // The week's arrivals and responses counted so far (the cover's, which the trend's last week repeats).
    int received() const { return m_figures.received; }
    int responded() const { return m_figures.responded; }

    // The figures, the per-OPD table, the escalated list and the most stalled steps (at most `stalledShown`).
    // Only `opd`'s row is kept when given (a liaison's report).
    void finish(WeeklyReport &report, const QString &opd = {}, int stalledShown = 10) const;

private:
    struct Median
    {
        QList<int> days;
        void add(int value) { days.append(value); }
        std::optional<double> value() const;
    };
    struct OpdAcc
    {
        OpdReportRow row;
        Median followup;
    };
    OpdAcc &opd(const QString &code) { return m_opds[code]; }
    bool inWeek(const QDateTime &at) const { return at >= m_from && at < m_asOf; }
    void tallyCompliance(const QList<Event> &history);
    void tallyOverdue(const QList<Event> &history, const Complaint &state);
    // Working days from a follow-up cycle's start day to a response's day (memoised).
    int followupDays(const QString &opd, const QDate &startDay, const QDate &day);
    QList<Event> before(const QList<Event> &all) const;

    const ReferenceData &m_reference;
    const WorkingCalendar &m_calendar;
    QDateTime m_from;
    QDateTime m_asOf;
    QList<SlaClock> m_overdueClocks; // every clock but those whose breach the hub acts on by closing
    std::optional<SlaClock> m_followup;
    ReportFigures m_figures;
    Median m_followupDays;
    QMap<QString, OpdAcc> m_opds;
    QList<EscalatedComplaint> m_escalated;
    StallBoard m_board;
    // Groups of stalls from the stall spans, added to the board at the end:
    // (OPD, step number, key, title, working days at the step) -> complaints.
    std::map<std::tuple<QString, int, QString, QString, int>, int> m_stallGroups;
    const SopCatalog *m_catalog = nullptr;
    // The facts path: escalated complaints already counted on the cover.
    QSet<QUuid> m_escalatedCounted;
    QHash<QString, QHash<qint64, int>> m_followupDaysCache; // by OPD, then start day << 32 | day (Julian)
};

} // namespace rabeg
