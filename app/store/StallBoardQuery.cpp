#include "StallBoardQuery.h"

#include "sop/Checklists.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

void describe(StalledComplaint &row, const Checklist &checklist)
{
    if (!checklist.stalled())
        return;
    const ChecklistStep &step = checklist.steps.at(checklist.stalledStep - 1);
    row.stepNumber = step.number;
    row.stepKey = step.key;
    row.stepTitle = step.title;
    row.daysAtStep = checklist.daysAtStep;
    row.daysOver = checklist.daysOver;
    row.stall = describeStall(checklist);
}

} // namespace

Result<StallBoardSnapshot> StallBoardQuery::board(const QDateTime &now) const
{
    StallBoard board;
    StallBoardSnapshot snapshot;
    snapshot.at = now;
    const Status status = m_checklists.forEachWorking(now, [&](const QUuid &id, const Checklist &checklist) {
        ++snapshot.working;
        board.add(id, checklist);
    });
    if (status)
        return *status;
    snapshot.cells = board.cells();
    snapshot.stalled = board.stalledCount();
    return snapshot;
}

Result<QList<StalledComplaint>> StallBoardQuery::cell(const QString &opd, const QString &stepKey,
                                                      const QDateTime &now) const
{
    QList<QUuid> ids;
    const Status status = m_checklists.forEachWorking(
        now,
        [&](const QUuid &id, const Checklist &checklist) {
            if (checklist.stalled() && checklist.opd == opd
                && checklist.steps.at(checklist.stalledStep - 1).key == stepKey) {
                ids.append(id);
            }
        },
        opd);
    if (status)
        return *status;
    auto rows = complaints(ids, now);
    if (!rows.ok())
        return rows;
    QList<StalledComplaint> sorted = rows.value();
    std::stable_sort(sorted.begin(), sorted.end(), [](const StalledComplaint &a, const StalledComplaint &b) {
        return a.daysAtStep != b.daysAtStep ? a.daysAtStep > b.daysAtStep : a.trackingId < b.trackingId;
    });
    return sorted;
}

Result<QList<StalledComplaint>> StallBoardQuery::complaints(const QList<QUuid> &ids, const QDateTime &now) const
{
    QList<StalledComplaint> out;
    constexpr qsizetype kChunk = 500; // well under SQLite's limit of bound parameters
    for (qsizetype from = 0; from < ids.size(); from += kChunk) {
        const QList<QUuid> chunk = ids.mid(from, kChunk);
        const auto checklists = m_checklists.checklists(chunk, now);
        if (!checklists.ok())
            return checklists.error();
        QSqlQuery q(m_cache.database());
        q.setForwardOnly(true);
        const QStringList marks(chunk.size(), u"?"_s);
        q.prepare(u"SELECT id, tracking_id, title, service, opd FROM complaints WHERE id IN ("_s + marks.join(u',')
                  + u')');
        for (const QUuid &id : chunk)
            q.addBindValue(id.toString(QUuid::WithoutBraces));
        if (!q.exec())
            return sqlError(u"cannot read the stalled complaints"_s, q.lastError());
        QHash<QUuid, StalledComplaint> rows;
        while (q.next()) {
            StalledComplaint row;
            row.id = QUuid::fromString(q.value(0).toString());
            row.trackingId = q.value(1).toString();
            row.title = q.value(2).toString();
            row.service = q.value(3).toString();
            row.opd = q.value(4).toString();
            describe(row, checklists->value(row.id));
            rows.insert(row.id, row);
        }
        for (const QUuid &id : chunk) {
            if (rows.contains(id))
                out.append(rows.value(id));
        }
    }
    return out;
}

} // namespace rabeg
