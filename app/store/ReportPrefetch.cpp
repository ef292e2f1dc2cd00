#include "ReportPrefetch.h"

#include "ReportFactsQuery.h"
#include "codec/WireTime.h"
#include "domain/Enums.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

using pageReadAhead::Slice;

// Complaints per slice of the folded complaints' events: small enough that 16 readers share them evenly, large
// enough that a slice's statement costs little beside its reads.
constexpr qsizetype kFoldedPerSlice = 64;

// `count` slices of [from, until) in time, as wire-time text binds of "<at> >= ? AND <at> < ?".
std::vector<std::pair<QString, QString>> timeSlices(const QDateTime &from, const QDateTime &until, int count)
{
    std::vector<std::pair<QString, QString>> out;
    for (const auto &[lo, hi] : pageReadAhead::ranges(from.toMSecsSinceEpoch(), until.toMSecsSinceEpoch() - 1, count))
        out.emplace_back(toWireTime(QDateTime::fromMSecsSinceEpoch(lo, Qt::UTC)),
                         toWireTime(QDateTime::fromMSecsSinceEpoch(hi, Qt::UTC)));
    return out;
}

// The figures' index ranges (ReportFactsQuery: the week's milestones, the follow-up cycles decided in it, the
// overdue spans holding asOf; the trend's arrivals and responses, read on the report's second connection) and what
// the stall sources read (the events since asOf by type, the spans worked at asOf, sop_progress whole).
std::vector<Slice> figureSlices(const QDateTime &from, const QDateTime &asOf, int trendWeeks)
{
    std::vector<Slice> slices;
    const QString at = toWireTime(asOf);
    for (const auto &[lo, hi] : timeSlices(from, asOf, 8)) {
        for (const QString &type : {u"received"_s, u"verified"_s, u"dispatched"_s, u"responded"_s, u"closed"_s,
                                   u"escalated"_s}) {
            slices.push_back({u"SELECT count(cycle_opd) FROM report_milestones INDEXED BY report_milestones_week"
                              u" WHERE type = ? AND at >= ? AND at < ?"_s,
                              {type, lo, hi}});
        }
        slices.push_back({u"SELECT count(opd) FROM report_compliance INDEXED BY report_compliance_decided"
                          u" WHERE decided >= ? AND decided < ?"_s,
                          {lo, hi}});
    }
    slices.push_back(
        {u"SELECT count(opd) FROM report_overdue INDEXED BY report_overdue_hi WHERE hi >= ? AND lo < ?"_s, {at, at}});
    for (const QString &type : codesOf<EventType>()) {
        slices.push_back({u"SELECT count(version) FROM events INDEXED BY report_events_type_at"
                          u" WHERE type = ? AND at >= ?"_s,
                          {type, at}});
    }
    for (const QString &state : {u"dispatched"_s, u"in_progress"_s}) {
        slices.push_back({u"SELECT count(lo) FROM report_states INDEXED BY report_states_state_hi"
                          u" WHERE state = ? AND hi >= ? AND lo < ?"_s,
                          {state, at, at}});
    }
    const std::vector<Slice> progress = pageReadAhead::keySlices(u"sop_progress"_s, u"stalled_at"_s,
                                                                 u"complaint_id"_s);
    slices.insert(slices.end(), progress.begin(), progress.end());
    const QDateTime trendFrom = from.addDays(-7 * qint64(std::max(0, trendWeeks - 1)));
    for (const auto &[lo, hi] : timeSlices(trendFrom, asOf, 4 * std::max(1, trendWeeks))) {
        slices.push_back({u"SELECT count(*) FROM complaints WHERE received_at >= ? AND received_at < ?"_s, {lo, hi}});
        slices.push_back({u"SELECT count(version) FROM events INDEXED BY report_events_type_at"
                          u" WHERE type = 'responded' AND at >= ? AND at < ?"_s,
                          {lo, hi}});
    }
    return slices;
}

// The folded complaints' events as ReportQuery::forEachChecklistOf reads them (by key; the payloads it extracts),
// kFoldedPerSlice complaints a slice.
std::vector<Slice> foldedSlices(const QList<QUuid> &folded, const QDateTime &asOf)
{
    std::vector<Slice> slices;
    const QString until = toWireTime(asOf);
    for (qsizetype first = 0; first < folded.size(); first += kFoldedPerSlice) {
        const QList<QUuid> ids = folded.mid(first, kFoldedPerSlice);
        slices.push_back({u"WITH active(id) AS ("_s + ReportFactsQuery::idsSql(ids)
                              + u") SELECT count(CASE WHEN e.type IN ('dispatched','step_done','step_reopened')"
                                u" THEN json_extract(e.json, '$.payload') END) FROM active"
                                u" JOIN events e ON e.complaint_id = active.id WHERE e.at < ?"_s,
                          {until}});
    }
    return slices;
}

} // namespace

ReportPrefetch::ReportPrefetch(LocalCache &cache, const QDateTime &from, const QDateTime &asOf, int trendWeeks,
                               When when)
{
    const QString path = pageReadAhead::fileToRead(cache, when == When::Always);
    if (path.isEmpty())
        return;
    m_reads.start([path, from, asOf, trendWeeks, found = m_folded](const std::atomic<bool> &stop) {
        pageReadAhead::readSlices(path, figureSlices(from, asOf, trendWeeks), &stop);
        if (stop)
            return;
        // The stall sources on a connection of their own (their pages now in memory): the complaints whose events
        // the report is about to fold.
        QList<QUuid> folded;
        pageReadAhead::onReader(path, [&](QSqlDatabase &db) {
            // Its materialized ranges in memory, as on the cache's own connections (SqliteConnection).
            QSqlQuery(db).exec(u"PRAGMA temp_store = MEMORY"_s);
            if (const auto sources = ReportFactsQuery::stallSources(db, asOf); sources.ok())
                folded = sources->folded;
        });
        found->store(folded.size());
        if (!stop)
            pageReadAhead::readSlices(path, foldedSlices(folded, asOf), &stop);
    });
}

} // namespace rabeg
