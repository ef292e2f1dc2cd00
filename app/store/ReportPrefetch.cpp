#include "ReportPrefetch.h"

#include "ReportFacts.h"
#include "ReportFactsQuery.h"
#include "codec/WireTime.h"
#include "domain/Enums.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <thread>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

using pageReadAhead::Slice;

// Complaints per slice of the folded complaints' events: small enough that the readers share them evenly, large
// enough that a slice's statement costs little beside its reads.
constexpr qsizetype kFoldedPerSlice = 64;
// Readers of each of the two streams below (they mostly wait for the disk).
constexpr int kReadersPerStream = 8;

// `count` slices of [from, until) in time, as wire-time text binds of "<at> >= ? AND <at> < ?".
std::vector<std::pair<QString, QString>> timeSlices(const QDateTime &from, const QDateTime &until, int count)
{
    std::vector<std::pair<QString, QString>> out;
    if (until <= from)
        return out;
    for (const auto &[lo, hi] : pageReadAhead::ranges(from.toMSecsSinceEpoch(), until.toMSecsSinceEpoch() - 1, count))
        out.emplace_back(toWireTime(QDateTime::fromMSecsSinceEpoch(lo, Qt::UTC)),
                         toWireTime(QDateTime::fromMSecsSinceEpoch(hi, Qt::UTC)));
    return out;
}

// The first column of `sql`'s first row on `db` as wire time (invalid if none).
QDateTime timeOf(QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return {};
    for (const QVariant &bind : binds)
        q.addBindValue(bind);
    return q.exec() && q.next() && !q.value(0).isNull() ? parseWireTime(q.value(0).toString()) : QDateTime();
}

// What the stall sources read (the events since asOf by type, the spans worked at asOf, sop_progress whole), read
// first so that the stall sources run from memory on the read-ahead's own connection.
std::vector<Slice> stallInputSlices(const QDateTime &asOf)
{
    std::vector<Slice> slices;
    const QString at = toWireTime(asOf);
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
    const std::vector<Slice> progress
        = pageReadAhead::keySlices(u"sop_progress"_s, u"stalled_at"_s, u"complaint_id"_s);
    slices.insert(slices.end(), progress.begin(), progress.end());
    return slices;
}

// The overdue spans holding asOf (report_overdue_hi from asOf on: the spans that ended since, by their end, and
// the open ones, which all end at kReportFactsOpenEnd, by their start), in slices whose bounds are found by seeks.
void appendOverdueSlices(QSqlDatabase &db, const QDateTime &asOf, std::vector<Slice> &slices)
{
    const QString at = toWireTime(asOf);
    const QString open = QStringView(kReportFactsOpenEnd).toString();
    const QDateTime lastEnded = timeOf(
        db, u"SELECT max(hi) FROM report_overdue INDEXED BY report_overdue_hi WHERE hi < ?"_s, {open});
    for (const auto &[lo, hi] : timeSlices(asOf, lastEnded.addMSecs(1), 16)) {
        slices.push_back({u"SELECT count(opd) FROM report_overdue INDEXED BY report_overdue_hi"
                          u" WHERE hi >= ? AND hi < ? AND lo < ?"_s,
                          {lo, hi, at}});
    }
    const QDateTime firstOpen = timeOf(
        db, u"SELECT min(lo) FROM report_overdue INDEXED BY report_overdue_hi WHERE hi = ?"_s, {open});
    for (const auto &[lo, hi] : timeSlices(firstOpen, asOf, 16)) {
        slices.push_back({u"SELECT count(opd) FROM report_overdue INDEXED BY report_overdue_hi"
                          u" WHERE hi = ? AND lo >= ? AND lo < ?"_s,
                          {open, lo, hi}});
    }
}

// The figures' index ranges that need no seek to slice (ReportFactsQuery: the week's arrivals and milestones, the
// follow-up cycles decided in it) and what the report's second connection reads (the week's escalations with their
// complaints' rows and state spans; the trend's arrivals and responses), in the order the report reads them.
std::vector<Slice> figureSlices(const QDateTime &from, const QDateTime &asOf, int trendWeeks)
{
    std::vector<Slice> slices;
    const QString at = toWireTime(asOf);
    for (const auto &[lo, hi] : timeSlices(from, asOf, 8)) {
        for (const QString &type : {u"received"_s, u"verified"_s, u"dispatched"_s, u"responded"_s, u"closed"_s}) {
            slices.push_back({u"SELECT count(cycle_opd) FROM report_milestones INDEXED BY report_milestones_week"
                              u" WHERE type = ? AND at >= ? AND at < ?"_s,
                              {type, lo, hi}});
        }
    }
    for (const auto &[lo, hi] : timeSlices(from, asOf, 8)) {
        slices.push_back({u"SELECT count(opd) FROM report_compliance INDEXED BY report_compliance_decided"
                          u" WHERE decided >= ? AND decided < ?"_s,
                          {lo, hi}});
    }
    for (const auto &[lo, hi] : timeSlices(from, asOf, 16)) {
        slices.push_back({u"SELECT count(c.title), count((SELECT s.state FROM report_states s"
                          u" WHERE s.complaint_id = m.complaint_id AND s.lo < ? AND s.hi >= ?))"
                          u" FROM report_milestones m LEFT JOIN complaints c ON c.id = m.complaint_id"
                          u" WHERE m.type = 'escalated' AND m.at >= ? AND m.at < ?"_s,
                          {at, at, lo, hi}});
    }
    const QDateTime trendFrom = from.addDays(-7 * qint64(std::max(0, trendWeeks - 1)));
    for (const auto &[lo, hi] : timeSlices(trendFrom, asOf, 4 * std::max(1, trendWeeks))) {
        slices.push_back({u"SELECT count(*) FROM complaints WHERE received_at >= ? AND received_at < ?"_s, {lo, hi}});
        slices.push_back({u"SELECT count(version) FROM events INDEXED BY report_events_type_at"
                          u" WHERE type = 'responded' AND at >= ? AND at < ?"_s,
                          {lo, hi}});
    }
    return slices;
}

// The stalled groups (sop_progress_groups by OPD), by the OPDs found by seeks on `db`.
std::vector<Slice> groupSlices(QSqlDatabase &db)
{
    std::vector<Slice> slices;
    for (const QString &opd :
         pageReadAhead::distinctLeading(db, u"sop_progress"_s, u"sop_progress_groups"_s, u"opd"_s)) {
        slices.push_back(
            {u"SELECT count(step_title) FROM sop_progress INDEXED BY sop_progress_groups WHERE opd = ?"_s, {opd}});
    }
    return slices;
}

// The folded complaints' events as ReportQuery::forEachChecklistOf reads them (by key; the payloads of the types
// whose payload it extracts, read whole by length() without parsing the JSON), kFoldedPerSlice complaints a slice.
std::vector<Slice> foldedSlices(const QList<QUuid> &folded, const QDateTime &asOf)
{
    std::vector<Slice> slices;
    const QString until = toWireTime(asOf);
    for (qsizetype first = 0; first < folded.size(); first += kFoldedPerSlice) {
        const QList<QUuid> ids = folded.mid(first, kFoldedPerSlice);
        slices.push_back({u"WITH active(id) AS ("_s + ReportFactsQuery::idsSql(ids)
                              + u") SELECT count(CASE WHEN e.type IN ('dispatched','step_done','step_reopened')"
                                u" THEN length(e.json) END) FROM active"
                                u" JOIN events e ON e.complaint_id = active.id WHERE e.at < ?"_s,
                          {until}});
    }
    return slices;
}

// Whether the pages the report reads are in memory: a sample of them (the week's first arrivals, overdue spans from
// the middle of their range, a 256th of the checklists' progress), read on one connection before the report reads
// anything (a page another thread is fetching is counted to that thread only), came nearly whole from memory.
// Where the system does not count this file's reads, whether the file is.
bool reportInMemory(const QString &path, const std::vector<Slice> &figures, const std::vector<Slice> &overdue)
{
    std::vector<Slice> probe;
    if (!figures.empty())
        probe.push_back(figures.front());
    if (!overdue.empty())
        probe.push_back(overdue.at(overdue.size() / 2));
    probe.push_back(pageReadAhead::keySlices(u"sop_progress"_s, u"stalled_at"_s, u"complaint_id"_s).at(128));
    if (const auto cost = pageReadAhead::probeReads(path, probe))
        return cost->fromMemory();
    return pageReadAhead::residentShare(path) >= pageReadAhead::kResidentEnough;
}

} // namespace

ReportPrefetch::ReportPrefetch(LocalCache &cache, const QDateTime &from, const QDateTime &asOf, int trendWeeks,
                               When when)
{
    const QString path = pageReadAhead::fileToRead(cache, true);
    if (path.isEmpty())
        return;
    std::vector<Slice> figures = figureSlices(from, asOf, trendWeeks);
    std::vector<Slice> overdue;
    std::vector<Slice> groups;
    pageReadAhead::onReader(path, [&](QSqlDatabase &db) {
        appendOverdueSlices(db, asOf, overdue);
        groups = groupSlices(db);
    });
    if (when == When::NotInMemory && reportInMemory(path, figures, overdue)) {
        m_decision = Decision::InMemory;
        return;
    }
    m_decision = Decision::Reading;
    // The overdue spans and the stalled groups, sliced by bounds found by seeks, after the figures.
    figures.insert(figures.end(), overdue.begin(), overdue.end());
    figures.insert(figures.end(), groups.begin(), groups.end());
    m_reads.start([path, figures = std::move(figures), asOf, found = m_folded](const std::atomic<bool> &stop) {
        // Two streams at once. The figures and the second connection's reads, in the order the report reads them,
        // then the overdue spans and the stalled groups...
        std::thread figuresRead([&] { pageReadAhead::readSlices(path, figures, &stop, kReadersPerStream); });
        // ...and the stall sources' inputs, then the stall sources on a connection of their own (from memory now):
        // the complaints whose events the report is about to fold, which are read last, by all readers.
        pageReadAhead::readSlices(path, stallInputSlices(asOf), &stop, kReadersPerStream);
        QList<QUuid> folded;
        if (!stop) {
            pageReadAhead::onReader(path, [&](QSqlDatabase &db) {
                // Its materialized ranges in memory, as on the cache's own connections (SqliteConnection).
                QSqlQuery(db).exec(u"PRAGMA temp_store = MEMORY"_s);
                if (const auto sources = ReportFactsQuery::stallSources(db, asOf); sources.ok())
                    folded = sources->folded;
            });
            found->store(folded.size());
        }
        if (!stop)
            pageReadAhead::readSlices(path, foldedSlices(folded, asOf), &stop, 2 * kReadersPerStream);
        figuresRead.join();
    });
}

} // namespace rabeg
