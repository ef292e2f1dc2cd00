#include "RecomputePrefetch.h"

#include "PageReadAhead.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

using pageReadAhead::keySlices;
using pageReadAhead::onReader;
using pageReadAhead::ranges;
using pageReadAhead::readSlices;
using pageReadAhead::Slice;

} // namespace

RecomputePrefetch::RecomputePrefetch(LocalCache &cache, When when)
    : m_path(pageReadAhead::fileToRead(cache, when == When::Always))
{
}

double RecomputePrefetch::residentShare(const QString &path)
{
    return pageReadAhead::residentShare(path);
}

void RecomputePrefetch::sopStalledFrom(qint64 fromMs) const
{
    if (m_path.isEmpty())
        return;
    // The stall instants' index from `fromMs` on (read), the table and its key's index whole by key ranges (each
    // moved row is looked up and written), and the three other indexes holding stalled_at whole (each moved row's
    // entry is written there: the list's index in received order, the board's cell and group indexes by OPD), so
    // that those writes do not each wait for a page from the disk (tenth session: 6,901 moved rows took 1.9-2.4 s
    // on a 12 GB file half in memory).
    std::vector<Slice> slices = keySlices(u"sop_progress"_s, u"stalled_at"_s, u"complaint_id"_s);
    qint64 high = -1;
    QStringList opds;
    QString firstReceived;
    QString lastReceived;
    onReader(m_path, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (q.exec(u"SELECT max(stalled_at) FROM sop_progress"_s) && q.next() && !q.value(0).isNull())
            high = q.value(0).toLongLong();
        opds = pageReadAhead::distinctLeading(db, u"sop_progress"_s, u"sop_progress_cell"_s, u"opd"_s);
        if (q.exec(u"SELECT min(received_at), max(received_at) FROM sop_progress INDEXED BY sop_progress_list"_s)
            && q.next()) {
            firstReceived = q.value(0).toString();
            lastReceived = q.value(1).toString();
        }
    });
    if (high >= fromMs) {
        for (const auto &[from, to] : ranges(fromMs, high, 64)) {
            slices.push_back({u"SELECT count(complaint_id) FROM sop_progress INDEXED BY sop_progress_stalled"
                              u" WHERE stalled_at >= ? AND stalled_at < ?"_s,
                              {from, to}});
        }
    }
    for (const QString &opd : std::as_const(opds)) {
        slices.push_back({u"SELECT count(stalled_at) FROM sop_progress INDEXED BY sop_progress_cell WHERE opd = ?"_s,
                          {opd}});
        slices.push_back({u"SELECT count(step_number) FROM sop_progress INDEXED BY sop_progress_groups"
                          u" WHERE opd = ?"_s,
                          {opd}});
    }
    // The list's index by ranges of its received times (ISO text: ranges of the instants it spells).
    const QDateTime first = QDateTime::fromString(firstReceived, Qt::ISODateWithMs);
    const QDateTime last = QDateTime::fromString(lastReceived, Qt::ISODateWithMs);
    if (first.isValid() && last.isValid()) {
        QString from = firstReceived;
        for (const auto &[lo, hi] : ranges(first.toMSecsSinceEpoch(), last.toMSecsSinceEpoch(), 64)) {
            Q_UNUSED(lo)
            const QString to = QDateTime::fromMSecsSinceEpoch(hi, Qt::UTC).toString(Qt::ISODateWithMs);
            slices.push_back({u"SELECT count(stalled_at) FROM sop_progress INDEXED BY sop_progress_list"
                              u" WHERE received_at >= ? AND received_at < ?"_s,
                              {from, to}});
            from = to;
        }
        slices.push_back({u"SELECT count(stalled_at) FROM sop_progress INDEXED BY sop_progress_list"
                          u" WHERE received_at >= ?"_s,
                          {from}});
    }
    readSlices(m_path, slices);
}

} // namespace rabeg
