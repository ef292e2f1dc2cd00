#include "ReportStallsWriter.h"

#include "ComplaintRepository.h"
#include "DaysAtStep.h"
#include "LocalCache.h"
#include "ReportFacts.h"
#include "ReportStalls.h"
#include "codec/WireTime.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

constexpr auto kUnfilled = u"report_stalls_unfilled";

} // namespace

ReportStallsWriter::ReportStallsWriter(LocalCache &cache)
    : m_cache(cache), m_catalog(cache), m_calendar(cache.deadlinePolicy().calendar())
{ }

Status ReportStallsWriter::prepare()
{
    if (m_prepared)
        return std::nullopt;
    m_delete = QSqlQuery(m_cache.database());
    if (!m_delete.prepare(u"DELETE FROM report_stalls WHERE complaint_id = ?"_s))
        return sqlError(u"cannot prepare replacing the report's stall spans"_s, m_delete.lastError());
    m_insert = QSqlQuery(m_cache.database());
    if (!m_insert.prepare(u"INSERT INTO report_stalls (complaint_id, lo, hi, opd, step_number, step_key, step_title,"
                          u" step_day, expected_days, stalled_at) VALUES (?,?,?,?,?,?,?,?,?,?)"_s))
        return sqlError(u"cannot prepare storing the report's stall spans"_s, m_insert.lastError());
    m_prepared = true;
    return std::nullopt;
}

Status ReportStallsWriter::write(const QString &complaintId, const QList<Event> &history)
{
    if (Status status = prepare())
        return status;
    m_delete.addBindValue(complaintId);
    if (!m_delete.exec())
        return sqlError(u"cannot replace the report's stall spans of "_s + complaintId, m_delete.lastError());
    if (history.isEmpty())
        return std::nullopt;
    auto catalog = m_catalog.catalog();
    if (!catalog.ok())
        return catalog.error();
    QList<ReportStallSpan> spans = reportStallSpansOf(history, *catalog.value(), m_calendar);
    bool learntSome = false;
    for (const ReportStallSpan &span : std::as_const(spans)) {
        if (span.templateKnown)
            continue;
        // A template published in the same sync page as the dispatch that uses it: learnt since this writer began.
        const auto learnt = m_catalog.learn(span.templateId, span.version);
        if (!learnt.ok())
            return learnt.error();
        learntSome = learntSome || learnt.value();
    }
    if (learntSome) {
        catalog = m_catalog.catalog();
        if (!catalog.ok())
            return catalog.error();
        spans = reportStallSpansOf(history, *catalog.value(), m_calendar);
    }
    for (const ReportStallSpan &span : std::as_const(spans)) {
        m_insert.addBindValue(complaintId);
        m_insert.addBindValue(toWireTime(span.lo));
        m_insert.addBindValue(span.hi.isValid() ? toWireTime(span.hi) : QStringView(kReportFactsOpenEnd).toString());
        m_insert.addBindValue(span.opd);
        m_insert.addBindValue(span.templateKnown ? span.stepNumber : 0);
        m_insert.addBindValue(span.stepKey.isNull() ? u""_s : span.stepKey); // no step: empty, not NULL
        m_insert.addBindValue(span.stepTitle.isNull() ? u""_s : span.stepTitle);
        m_insert.addBindValue(span.templateKnown ? DaysAtStep::wibDayOf(span.stepSince.toMSecsSinceEpoch()) : 0);
        m_insert.addBindValue(span.expectedDays);
        m_insert.addBindValue(toWireTime(span.templateKnown ? span.stalledAt : span.lo));
        if (!m_insert.exec())
            return sqlError(u"cannot store the report's stall spans of "_s + complaintId, m_insert.lastError());
    }
    return std::nullopt;
}

Status ReportStallsWriter::clearAll()
{
    // Every complaint is derived again: nothing is left for fillReportStalls.
    if (Status status = m_cache.connection().exec({u"DELETE FROM report_stalls"_s}))
        return status;
    return m_cache.removeMeta(QString::fromUtf16(kUnfilled));
}

Status fillReportStalls(LocalCache &cache)
{
    if (cache.meta(QString::fromUtf16(kUnfilled)).isEmpty())
        return std::nullopt;
    QSqlDatabase db = cache.database();
    if (Status begun = beginWrite(db, u"cannot begin deriving the report's stall spans"_s))
        return *begun;
    ReportStallsWriter writer(cache);
    HistoryPassProgress progress(cache.progressSink(), OpenProgress::Step::FillingStallSpans);
    Status status = writer.clearAll();
    if (!status) {
        status = ComplaintRepository(cache).forEachHistory(
            u"SELECT DISTINCT complaint_id FROM events WHERE type = 'dispatched'"_s,
            [&writer, &progress](const QString &id, const QList<Event> &history) {
                progress.at(id);
                return writer.write(id, history);
            });
    }
    if (status) {
        db.rollback();
        return status;
    }
    if (!db.commit())
        return sqlError(u"cannot commit the report's stall spans"_s, db.lastError());
    progress.finish();
    return std::nullopt;
}

} // namespace rabeg
