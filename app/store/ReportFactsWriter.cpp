#include "ReportFactsWriter.h"

#include "LocalCache.h"
#include "ReportFactsStale.h"
#include "codec/WireTime.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

const QStringList kTables
    = {u"report_milestones"_s, u"report_states"_s, u"report_overdue"_s, u"report_compliance"_s, u"report_irregular"_s};

QString end(const QDateTime &hi)
{
    return hi.isValid() ? toWireTime(hi) : QStringView(kReportFactsOpenEnd).toString();
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

} // namespace

ReportFactsWriter::ReportFactsWriter(LocalCache &cache)
    : m_cache(cache), m_policy(cache.deadlinePolicy()), m_clocks(ReportClocks::of(m_policy.clocks()))
{ }

Status ReportFactsWriter::prepare()
{
    const auto make = [this](const QString &sql, std::unique_ptr<QSqlQuery> &into) -> Status {
        auto q = std::make_unique<QSqlQuery>(m_cache.database());
        if (!q->prepare(sql))
            return sqlError(u"cannot prepare storing the report's facts"_s, q->lastError());
        into = std::move(q);
        return std::nullopt;
    };
    for (const QString &table : kTables) {
        std::unique_ptr<QSqlQuery> q;
        if (Status status = make(u"DELETE FROM "_s + table + u" WHERE complaint_id = ?"_s, q))
            return status;
        m_deletes.push_back(std::move(q));
    }
    Status status = make(u"INSERT INTO report_milestones (complaint_id, type, at, event_at, opd, cycle_start,"
                         u" cycle_opd, reason, title, week_first, week_first_opd)"
                         u" VALUES (?,?,?,?,coalesce(?,''),?,?,?,?,?,?)"_s,
                         m_milestone);
    if (!status)
        status = make(u"INSERT INTO report_states (complaint_id, lo, hi, state, opd) VALUES (?,?,?,?,coalesce(?,''))"_s,
                      m_state);
    if (!status)
        status = make(u"INSERT INTO report_overdue (complaint_id, lo, hi, due, opd) VALUES (?,?,?,?,coalesce(?,''))"_s,
                      m_overdue);
    if (!status)
        status = make(
            u"INSERT INTO report_compliance (complaint_id, lo, hi, decided, met, opd) VALUES (?,?,?,?,?,coalesce(?,''))"_s,
            m_compliance);
    if (!status)
        status = make(u"INSERT INTO report_irregular (complaint_id) VALUES (?)"_s, m_irregular);
    return status;
}

Status ReportFactsWriter::write(const QString &complaintId, const QList<Event> &history)
{
    if (!m_irregular) {
        if (Status status = prepare())
            return status;
    }
    for (const auto &q : m_deletes) {
        q->bindValue(0, complaintId);
        if (!q->exec())
            return sqlError(u"cannot replace the report's facts"_s, q->lastError());
    }
    if (history.isEmpty())
        return std::nullopt;
    return insert(complaintId, deriveReportFacts(history, m_clocks, m_policy.calendar()));
}

Status ReportFactsWriter::insert(const QString &id, const ReportFacts &facts)
{
    const auto run = [](QSqlQuery &q) -> Status {
        if (!q.exec())
            return sqlError(u"cannot store the report's facts"_s, q.lastError());
        return std::nullopt;
    };
    if (facts.irregular) {
        m_irregular->bindValue(0, id);
        return run(*m_irregular);
    }
    for (const ReportFacts::Milestone &m : facts.milestones) {
        QSqlQuery &q = *m_milestone;
        q.bindValue(0, id);
        q.bindValue(1, toCode(m.type));
        q.bindValue(2, toWireTime(m.at));
        q.bindValue(3, toWireTime(m.eventAt));
        q.bindValue(4, m.opd);
        q.bindValue(5, textOrNull(toWireTime(m.cycleStart)));
        q.bindValue(6,
                    m.cycleStart.isValid() ? QVariant(m.cycleOpd.isNull() ? QString(u""_s) : m.cycleOpd)
                                           : QVariant(QMetaType(QMetaType::QString)));
        q.bindValue(7, textOrNull(m.reason));
        q.bindValue(8, textOrNull(m.title));
        q.bindValue(9, m.firstInWeek ? 1 : 0);
        q.bindValue(10, m.firstInWeekAtOpd ? 1 : 0);
        if (Status status = run(q))
            return status;
    }
    for (const ReportFacts::StateSpan &s : facts.states) {
        QSqlQuery &q = *m_state;
        q.bindValue(0, id);
        q.bindValue(1, toWireTime(s.lo));
        q.bindValue(2, end(s.hi));
        q.bindValue(3, toCode(s.state));
        q.bindValue(4, s.opd);
        if (Status status = run(q))
            return status;
    }
    for (const ReportFacts::OverdueSpan &s : facts.overdue) {
        QSqlQuery &q = *m_overdue;
        q.bindValue(0, id);
        q.bindValue(1, toWireTime(s.lo));
        q.bindValue(2, end(s.hi));
        q.bindValue(3, toWireTime(s.due));
        q.bindValue(4, s.opd);
        if (Status status = run(q))
            return status;
    }
    for (const ReportFacts::ComplianceSpan &s : facts.compliance) {
        QSqlQuery &q = *m_compliance;
        q.bindValue(0, id);
        q.bindValue(1, toWireTime(s.lo));
        q.bindValue(2, end(s.hi));
        q.bindValue(3, toWireTime(s.decided));
        q.bindValue(4, s.met ? 1 : 0);
        q.bindValue(5, s.opd);
        if (Status status = run(q))
            return status;
    }
    return std::nullopt;
}

Status ReportFactsWriter::clearAll()
{
    QStringList statements;
    for (const QString &table : kTables)
        statements.append(u"DELETE FROM "_s + table);
    if (Status status = m_cache.connection().exec(statements))
        return status;
    return clearReportFactsStale(m_cache); // every complaint's facts are derived again under the cache's policy
}

} // namespace rabeg
