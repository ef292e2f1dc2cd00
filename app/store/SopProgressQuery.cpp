#include "SopProgressQuery.h"

#include "DaysAtStep.h"
#include "ReadSnapshot.h"
#include "SopProgress.h"
#include "SopStallLimits.h"
#include "sop/Checklists.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

SopStall stallOf(const QUuid &id, const Checklist &checklist)
{
    SopStall stall;
    const ChecklistStep &step = checklist.steps.at(checklist.stalledStep - 1);
    stall.id = id;
    stall.opd = checklist.opd;
    stall.stepNumber = step.number;
    stall.stepKey = step.key;
    stall.stepTitle = step.title;
    stall.daysAtStep = checklist.daysAtStep;
    stall.daysOver = checklist.daysOver;
    stall.sentence = describeStall(checklist);
    return stall;
}

} // namespace

Status SopProgressQuery::forEachStalledGroup(const QDateTime &now, const GroupSink &sink) const
{
    // Each (OPD, expected days)'s stalled range of sop_progress_due (cache schema 19), counted by groups in the
    // index's order within the range, so without a sort: one statement over every range groups 262,001 stalled rows
    // in a temporary b-tree (223 ms against 35 ms). A group of the board (OPD, step, title, day) may so come in
    // parts, one per expected days; StallBoard adds them up. In one snapshot: a sync committing between the pairs'
    // statements could count a row under two pairs, or leave out a pair it created after the limits were computed.
    const ReadSnapshot snapshot(m_cache.database());
    const SopStallLimits limits(m_cache.database(), m_calendar, now);
    if (limits.status())
        return *limits.status();
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT step_key, step_title, step_day, min(step_number), count(*) FROM sop_progress"
              u" INDEXED BY sop_progress_due WHERE opd = ? AND expected_days = ? AND step_day <= ?"
              u" GROUP BY step_day, step_key, step_title"_s);
    DaysAtStep days(m_calendar, now);
    for (const SopStallLimits::Limit &limit : limits.limits()) {
        q.addBindValue(limit.opd);
        q.addBindValue(limit.expectedDays);
        q.addBindValue(limit.lastDay);
        if (!q.exec())
            return sqlError(u"cannot read the stalled complaints"_s, q.lastError());
        while (q.next())
            sink(limit.opd, q.value(3).toInt(), q.value(0).toString(), q.value(1).toString(),
                 days.ofDay(limit.opd, q.value(2).toLongLong()), q.value(4).toInt());
        if (q.lastError().isValid())
            return sqlError(u"cannot read the stalled complaints"_s, q.lastError());
    }
    const auto unknown = unknownTemplates({});
    if (!unknown.ok())
        return unknown.error();
    return fallback(unknown.value(), now,
                    [&sink](const SopStall &s) { sink(s.opd, s.stepNumber, s.stepKey, s.stepTitle, s.daysAtStep, 1); });
}

Result<QList<QUuid>> SopProgressQuery::stalledIds(const QDateTime &now, const QString &opd,
                                                  const QString &stepKey) const
{
    const ReadSnapshot snapshot(m_cache.database()); // the pairs the limits found and their rows, as of one moment
    // The OPD's (expected days)' stalled ranges of sop_progress_due.
    const SopStallLimits limits(m_cache.database(), m_calendar, now, opd);
    if (limits.status())
        return *limits.status();
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT p.complaint_id FROM "_s + SopStallLimits::stalledRowsSql()
              + (stepKey.isEmpty() ? QString() : u" AND p.step_key = ?"_s));
    q.addBindValue(limits.set());
    if (!stepKey.isEmpty())
        q.addBindValue(stepKey);
    if (!q.exec())
        return sqlError(u"cannot read the stalled complaints"_s, q.lastError());
    QList<QUuid> ids;
    while (q.next())
        ids.append(QUuid::fromString(q.value(0).toString()));
    if (q.lastError().isValid())
        return sqlError(u"cannot read the stalled complaints"_s, q.lastError());
    const auto unknown = unknownTemplates(opd);
    if (!unknown.ok())
        return unknown.error();
    if (Status status = fallback(unknown.value(), now, [&](const SopStall &s) {
            if (stepKey.isEmpty() || s.stepKey == stepKey)
                ids.append(s.id);
        }))
        return *status;
    return ids;
}

Result<QHash<QUuid, SopStall>> SopProgressQuery::stalls(const QList<QUuid> &ids, const QDateTime &now) const
{
    QHash<QUuid, SopStall> found;
    QList<QUuid> unknown;
    DaysAtStep days(m_calendar, now);
    // Stalled when the step's start day is at most its (OPD, expected days)'s limit at now (SopProgress.h).
    const QDate today = WorkingCalendar::wibDate(now);
    QHash<QPair<QString, int>, qint64> limits;
    const auto stalled = [&](const QString &opd, int expectedDays, const QVariant &stepDay) {
        if (!now.isValid() || stepDay.isNull())
            return false;
        auto limit = limits.constFind({opd, expectedDays});
        if (limit == limits.cend())
            limit = limits.insert({opd, expectedDays},
                                  sopEpochDay(sopStallLimit(today, expectedDays, opd, m_calendar)));
        return stepDay.toLongLong() <= *limit;
    };
    constexpr qsizetype kChunk = 500; // well under SQLite's limit of bound parameters
    for (qsizetype from = 0; from < ids.size(); from += kChunk) {
        const QList<QUuid> chunk = ids.mid(from, kChunk);
        QSqlQuery q(m_cache.database());
        q.setForwardOnly(true);
        q.prepare(u"SELECT complaint_id, opd, step_key, step_number, step_title, step_since, expected_days,"
                  u" step_day, template_known FROM sop_progress WHERE complaint_id IN ("_s
                  + QStringList(chunk.size(), u"?"_s).join(u',') + u')');
        for (const QUuid &id : chunk)
            q.addBindValue(id.toString(QUuid::WithoutBraces));
        if (!q.exec())
            return sqlError(u"cannot read the SOP progress"_s, q.lastError());
        while (q.next()) {
            const QUuid id = QUuid::fromString(q.value(0).toString());
            if (q.value(8).toInt() == 0) {
                unknown.append(id);
                continue;
            }
            if (!stalled(q.value(1).toString(), q.value(6).toInt(), q.value(7)))
                continue; // not stalled, or no open step (NULL)
            SopStall stall;
            stall.id = id;
            stall.opd = q.value(1).toString();
            stall.stepKey = q.value(2).toString();
            stall.stepNumber = q.value(3).toInt();
            stall.stepTitle = q.value(4).toString();
            stall.daysAtStep = days.of(stall.opd, q.value(5).toLongLong());
            stall.daysOver = stall.daysAtStep - q.value(6).toInt();
            stall.sentence = describeStall(stall.stepNumber, stall.stepTitle, stall.daysOver);
            found.insert(id, stall);
        }
    }
    if (Status status = fallback(unknown, now, [&found](const SopStall &s) { found.insert(s.id, s); }))
        return *status;
    return found;
}

Result<qint64> SopProgressQuery::workingCount() const
{
    QSqlQuery q(m_cache.database());
    if (!q.exec(u"SELECT count(*) FROM sop_progress"_s) || !q.next())
        return sqlError(u"cannot count the SOP checklists"_s, q.lastError());
    return q.value(0).toLongLong();
}

Result<QList<QUuid>> SopProgressQuery::unknownTemplates(const QString &opd) const
{
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT complaint_id, opd FROM sop_progress WHERE template_known = 0"_s);
    if (!q.exec())
        return sqlError(u"cannot read the SOP progress"_s, q.lastError());
    QList<QUuid> ids;
    while (q.next()) {
        if (opd.isEmpty() || q.value(1).toString() == opd)
            ids.append(QUuid::fromString(q.value(0).toString()));
    }
    return ids;
}

Status SopProgressQuery::fallback(const QList<QUuid> &ids, const QDateTime &now, const Sink &sink) const
{
    if (ids.isEmpty())
        return std::nullopt;
    const auto checklists = m_checklists.checklists(ids, now);
    if (!checklists.ok())
        return checklists.error();
    for (auto it = checklists->constBegin(); it != checklists->constEnd(); ++it) {
        if (it.value().stalled())
            sink(stallOf(it.key(), it.value()));
    }
    return std::nullopt;
}

} // namespace rabeg
