#include "ReportPrefetch.h"

#include "ReportFacts.h"
#include "codec/WireTime.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <thread>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

using pageReadAhead::Slice;

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

// The spans of `table` holding asOf, read through `index` (hi, lo, ...) from asOf on: the spans that ended since, by
// their end, and the open ones, which all end at kReportFactsOpenEnd, by their start; in slices whose bounds are
// found by seeks. `column` is one of the index's (counted, so that the index alone is read).
void appendSpanSlices(QSqlDatabase &db, const QString &table, const QString &index, const QString &column,
                      const QDateTime &asOf, std::vector<Slice> &slices)
{
    const QString at = toWireTime(asOf);
    const QString open = QStringView(kReportFactsOpenEnd).toString();
    const QString from = u" FROM "_s + table + u" INDEXED BY "_s + index;
    const QDateTime lastEnded = timeOf(db, u"SELECT max(hi)"_s + from + u" WHERE hi < ?"_s, {open});
    for (const auto &[lo, hi] : timeSlices(asOf, lastEnded.addMSecs(1), 16)) {
        slices.push_back(
            {u"SELECT count("_s + column + u')' + from + u" WHERE hi >= ? AND hi < ? AND lo < ?"_s, {lo, hi, at}});
    }
    const QDateTime firstOpen = timeOf(db, u"SELECT min(lo)"_s + from + u" WHERE hi = ?"_s, {open});
    for (const auto &[lo, hi] : timeSlices(firstOpen, asOf, 16)) {
        slices.push_back(
            {u"SELECT count("_s + column + u')' + from + u" WHERE hi = ? AND lo >= ? AND lo < ?"_s, {open, lo, hi}});
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

// Whether the pages the report reads are in memory: a sample of them (the week's first arrivals, overdue spans and
// stall spans from the middle of their ranges), read on one connection before the report reads anything (a page
// another thread is fetching is counted to that thread only), came nearly whole from memory. Where the system does
// not count this file's reads, whether the file is.
bool reportInMemory(const QString &path, const std::vector<Slice> &figures, const std::vector<Slice> &overdue,
                    const std::vector<Slice> &stalls)
{
    std::vector<Slice> probe;
    if (!figures.empty())
        probe.push_back(figures.front());
    if (!overdue.empty())
        probe.push_back(overdue.at(overdue.size() / 2));
    if (!stalls.empty())
        probe.push_back(stalls.at(stalls.size() / 2));
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
    std::vector<Slice> stalls;
    pageReadAhead::onReader(path, [&](QSqlDatabase &db) {
        appendSpanSlices(db, u"report_overdue"_s, u"report_overdue_hi"_s, u"opd"_s, asOf, overdue);
        appendSpanSlices(db, u"report_stalls"_s, u"report_stalls_hi"_s, u"step_day"_s, asOf, stalls);
    });
    if (when == When::NotInMemory && reportInMemory(path, figures, overdue, stalls)) {
        m_decision = Decision::InMemory;
        return;
    }
    m_decision = Decision::Reading;
    m_slices = qsizetype(figures.size() + overdue.size() + stalls.size());
    // Two streams at once: the figures and the second connection's reads in the order the report reads them, and
    // the spans, sliced by bounds found by seeks, which the report reads after the figures.
    overdue.insert(overdue.end(), stalls.begin(), stalls.end());
    m_reads.start([path, figures = std::move(figures), spans = std::move(overdue),
                   finished = m_finished](const std::atomic<bool> &stop) {
        std::thread figuresRead([&] { pageReadAhead::readSlices(path, figures, &stop, kReadersPerStream); });
        pageReadAhead::readSlices(path, spans, &stop, kReadersPerStream);
        figuresRead.join();
        finished->store(!stop);
    });
}

} // namespace rabeg
