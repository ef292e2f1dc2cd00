#include "StallBoardQuery.h"

#include "ReadSnapshot.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rabeg {

Result<StallBoardSnapshot> StallBoardQuery::board(const QDateTime &now) const
{
    const ReadSnapshot reading(m_cache.database()); // the groups and the working count as of one moment
    StallBoard board;
    StallBoardSnapshot snapshot;
    snapshot.at = now;
    // A few thousand groups, not a row per stalled complaint: the ids are read when a cell is drilled down.
    const Status status = m_progress.forEachStalledGroup(
        now,
        [&board](const QString &opd, int stepNumber, const QString &stepKey, const QString &stepTitle, int daysAtStep,
                 int count) { board.addStalledGroup(opd, stepNumber, stepKey, stepTitle, daysAtStep, count); });
    if (status)
        return *status;
    const auto working = m_progress.workingCount();
    if (!working.ok())
        return working.error();
    snapshot.working = int(working.value());
    snapshot.cells = board.cells();
    snapshot.stalled = board.stalledCount();
    return snapshot;
}

Result<QList<QUuid>> StallBoardQuery::cellIds(const QString &opd, const QString &stepKey, const QDateTime &now) const
{
    auto ids = m_progress.stalledIds(now, opd, stepKey);
    if (ids.ok())
        std::sort(ids.value().begin(), ids.value().end());
    return ids;
}

Result<QList<StalledComplaint>> StallBoardQuery::cell(const QString &opd, const QString &stepKey,
                                                      const QDateTime &now) const
{
    const ReadSnapshot reading(m_cache.database()); // a cell's complaints as they were when found stalled
    const auto ids = m_progress.stalledIds(now, opd, stepKey);
    if (!ids.ok())
        return ids.error();
    auto rows = complaints(ids.value(), now);
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
    const auto stalls = m_progress.stalls(ids, now);
    if (!stalls.ok())
        return stalls.error();
    constexpr qsizetype kChunk = 500; // well under SQLite's limit of bound parameters
    for (qsizetype from = 0; from < ids.size(); from += kChunk) {
        const QList<QUuid> chunk = ids.mid(from, kChunk);
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
            if (const auto it = stalls->constFind(row.id); it != stalls->constEnd()) {
                row.stepNumber = it->stepNumber;
                row.stepKey = it->stepKey;
                row.stepTitle = it->stepTitle;
                row.daysAtStep = it->daysAtStep;
                row.daysOver = it->daysOver;
                row.stall = it->sentence;
            }
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
