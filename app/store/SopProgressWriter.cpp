#include "SopProgressWriter.h"

#include "LocalCache.h"
#include "SopProgress.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace rabeg {

SopProgressWriter::SopProgressWriter(LocalCache &cache)
    : m_cache(cache), m_catalog(cache), m_calendar(cache.deadlinePolicy().calendar())
{ }

Status SopProgressWriter::prepare()
{
    if (m_prepared)
        return std::nullopt;
    m_delete = QSqlQuery(m_cache.database());
    if (!m_delete.prepare(u"DELETE FROM sop_progress WHERE complaint_id = ?"_s))
        return sqlError(u"cannot prepare removing SOP progress"_s, m_delete.lastError());
    m_insert = QSqlQuery(m_cache.database());
    if (!m_insert.prepare(u"INSERT OR REPLACE INTO sop_progress (complaint_id, opd, template_id, template_version,"
                          u" template_known, step_number, step_key, step_title, expected_days, critical, step_since,"
                          u" step_day, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                          // The complaint's row is stored before its derived facts (ComplaintRepository::put).
                          u" (SELECT received_at FROM complaints WHERE id = ?))"_s))
        return sqlError(u"cannot prepare storing SOP progress"_s, m_insert.lastError());
    m_prepared = true;
    return std::nullopt;
}

Status SopProgressWriter::write(const QString &complaintId, const QList<Event> &history)
{
    if (Status status = prepare())
        return status;
    auto catalog = m_catalog.catalog();
    if (!catalog.ok())
        return catalog.error();
    auto row = sopProgressOf(history, *catalog.value(), m_calendar);
    if (row && !row->templateKnown) {
        // A template published in the same sync page as the dispatch that uses it: learnt since this writer began.
        const auto learnt = m_catalog.learn(row->templateId, row->version);
        if (!learnt.ok())
            return learnt.error();
        if (learnt.value())
            row = sopProgressOf(history, *m_catalog.catalog().value(), m_calendar);
    }
    if (!row) {
        m_delete.addBindValue(complaintId);
        if (!m_delete.exec())
            return sqlError(u"cannot remove the SOP progress of "_s + complaintId, m_delete.lastError());
        return std::nullopt;
    }
    const auto ms = [](const QDateTime &t) { return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(); };
    m_insert.addBindValue(complaintId);
    m_insert.addBindValue(row->opd);
    m_insert.addBindValue(row->templateId);
    m_insert.addBindValue(row->version);
    m_insert.addBindValue(row->templateKnown ? 1 : 0);
    m_insert.addBindValue(row->stepNumber);
    // A checklist of a template version not known yet has no step: empty text, not NULL (the columns are NOT NULL).
    m_insert.addBindValue(row->stepKey.isNull() ? u""_s : row->stepKey);
    m_insert.addBindValue(row->stepTitle.isNull() ? u""_s : row->stepTitle);
    m_insert.addBindValue(row->expectedDays);
    m_insert.addBindValue(row->critical ? 1 : 0);
    m_insert.addBindValue(ms(row->stepSince));
    // The step's WIB start day where it can stall (SopProgress.h): what the readers judge it by, not the instant.
    m_insert.addBindValue(row->stalledAt.isValid() ? QVariant(sopEpochDay(WorkingCalendar::wibDate(row->stepSince)))
                                                   : QVariant());
    m_insert.addBindValue(complaintId);
    if (!m_insert.exec())
        return sqlError(u"cannot store the SOP progress of "_s + complaintId, m_insert.lastError());
    return std::nullopt;
}

Status SopProgressWriter::clearAll()
{
    QSqlQuery q(m_cache.database());
    if (!q.exec(u"DELETE FROM sop_progress"_s))
        return sqlError(u"cannot clear the SOP progress"_s, q.lastError());
    return std::nullopt;
}

} // namespace rabeg
