#include "RecomputePrefetch.h"

#include <QFile>
#include <QSqlQuery>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

#ifdef Q_OS_UNIX
#include <sys/mman.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

// Reads at once: on the benchmark machine 5,000 scattered 4 KB reads of a file not in memory took 464 us each one
// after another and 18 us each when the system was given them all together (BENCHMARKS.md, eighth session); the
// threads mostly wait for the disk, so they cost little of the machine's cores.
constexpr int kReaders = 16;

struct Slice
{
    QString sql;
    QVariantList binds;
};

// `read(db)` on a read-only connection of its own to `path`, made and removed on the calling thread.
template<typename Read>
void onReader(const QString &path, Read read)
{
    static std::atomic<quint64> serial{0};
    const QString name = u"rabeg-recompute-prefetch-%1"_s.arg(serial.fetch_add(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (db.open()) {
            read(db);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
}

// Each slice's statement on one of kReaders threads, each with a connection of its own. A slice that fails is
// skipped: the recompute reads its pages itself.
void readSlices(const QString &path, const std::vector<Slice> &slices)
{
    if (path.isEmpty() || slices.empty())
        return;
    std::atomic<size_t> next{0};
    const auto reader = [&] {
        onReader(path, [&](QSqlDatabase &db) {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            for (size_t i = next++; i < slices.size(); i = next++) {
                if (!q.prepare(slices[i].sql))
                    continue;
                for (const QVariant &bind : slices[i].binds)
                    q.addBindValue(bind);
                if (q.exec()) {
                    while (q.next()) { }
                }
            }
        });
    };
    std::vector<std::thread> threads;
    for (size_t t = 0; t < std::min<size_t>(kReaders, slices.size()); ++t)
        threads.emplace_back(reader);
    for (std::thread &thread : threads)
        thread.join();
}

// Slices of ids, each one statement `sqlHead` + "(?, ?, ...)": an IN list is looked up in its own sorted order.
std::vector<Slice> idSlices(const QString &sqlHead, const QStringList &ids)
{
    constexpr qsizetype kPerSlice = 256;
    std::vector<Slice> slices;
    for (qsizetype from = 0; from < ids.size(); from += kPerSlice) {
        const qsizetype n = std::min(kPerSlice, ids.size() - from);
        Slice slice{sqlHead + u'(' + QStringList(n, u"?"_s).join(u',') + u')', {}};
        for (qsizetype i = 0; i < n; ++i)
            slice.binds.append(ids.at(from + i));
        slices.push_back(std::move(slice));
    }
    return slices;
}

// `count` ranges of equal width over [low, high] of an integer column, as binds of "col >= ? AND col < ?".
std::vector<std::pair<qint64, qint64>> ranges(qint64 low, qint64 high, int count)
{
    std::vector<std::pair<qint64, qint64>> out;
    const qint64 width = std::max<qint64>(1, (high - low) / count + 1);
    for (qint64 from = low; from <= high; from += width)
        out.emplace_back(from, std::min(high, from + width - 1) + 1);
    return out;
}

} // namespace

RecomputePrefetch::RecomputePrefetch(LocalCache &cache, When when)
{
    const QString path = cache.database().databaseName();
    if (path.isEmpty() || path == u":memory:"_s || path.startsWith(u"file::memory:"_s))
        return;
    if (when == When::Always || residentShare(path) < kResidentEnough)
        m_path = path;
}

double RecomputePrefetch::residentShare(const QString &path)
{
#ifdef Q_OS_UNIX
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() == 0)
        return 0;
    // Mapping reads nothing; mincore says which of the mapping's pages are in memory.
    uchar *map = file.map(0, file.size());
    if (!map)
        return 0;
    const qint64 page = sysconf(_SC_PAGESIZE);
    std::vector<unsigned char> resident(size_t((file.size() + page - 1) / page));
    double share = 0;
    if (mincore(map, size_t(file.size()), resident.data()) == 0) {
        const auto held = std::count_if(resident.cbegin(), resident.cend(), [](unsigned char r) { return r & 1; });
        share = double(held) / double(resident.size());
    }
    file.unmap(map);
    return share;
#else
    Q_UNUSED(path)
    return 0;
#endif
}

void RecomputePrefetch::cyclesAndDueIndexes() const
{
    if (m_path.isEmpty())
        return;
    std::vector<Slice> slices;
    // The covering index in 256 ranges of the complaint id's first two characters (hex in practice; the ranges
    // cover every string whatever the ids look like).
    for (int i = 0; i < 256; ++i) {
        Slice slice{u"SELECT count(pauses) FROM clock_cycles INDEXED BY clock_cycles_running"
                    u" WHERE due_at IS NOT NULL AND stopped = 0 AND complaint_id >= ?"_s,
                    {i == 0 ? QString() : u"%1"_s.arg(i, 2, 16, QChar(u'0'))}};
        if (i < 255) {
            slice.sql += u" AND complaint_id < ?"_s;
            slice.binds.append(u"%1"_s.arg(i + 1, 2, 16, QChar(u'0')));
        }
        slices.push_back(std::move(slice));
    }
    // The next due times' range, from the index's two ends (two seeks).
    qint64 low = 0;
    qint64 high = -1;
    onReader(m_path, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (q.exec(u"SELECT (SELECT min(next_due_at) FROM complaints INDEXED BY complaints_next_due"
                   u" WHERE next_due_at IS NOT NULL), (SELECT max(next_due_at) FROM complaints INDEXED BY"
                   u" complaints_next_due WHERE next_due_at IS NOT NULL)"_s)
            && q.next()
            && !q.value(0).isNull()) {
            low = q.value(0).toLongLong();
            high = q.value(1).toLongLong();
        }
    });
    if (high >= low) {
        for (const auto &[from, to] : ranges(low, high, 64)) {
            slices.push_back({u"SELECT count(received_at) FROM complaints INDEXED BY complaints_next_due"
                              u" WHERE next_due_at >= ? AND next_due_at < ?"_s,
                              {from, to}});
            slices.push_back({u"SELECT count(opd) FROM complaints INDEXED BY dashboard_overdue"
                              u" WHERE next_due_at >= ? AND next_due_at < ?"_s,
                              {from, to}});
        }
        // (state, next_due_at): each state's range, the states found by seeks in the index itself.
        slices.push_back({u"WITH RECURSIVE s(state) AS (SELECT (SELECT min(state) FROM complaints INDEXED BY"
                          u" complaints_state_due WHERE next_due_at IS NOT NULL) UNION ALL SELECT (SELECT min(c.state)"
                          u" FROM complaints c INDEXED BY complaints_state_due WHERE c.next_due_at IS NOT NULL"
                          u" AND c.state > s.state) FROM s WHERE s.state IS NOT NULL)"
                          u" SELECT (SELECT count(*) FROM complaints c INDEXED BY complaints_state_due"
                          u" WHERE c.state = s.state AND c.next_due_at IS NOT NULL) FROM s"_s,
                          {}});
    }
    readSlices(m_path, slices);
}

void RecomputePrefetch::complaintRows(const QStringList &ids) const
{
    if (!m_path.isEmpty())
        readSlices(m_path, idSlices(u"SELECT count(next_due_at) FROM complaints WHERE id IN "_s, ids));
}

void RecomputePrefetch::cycleRows(const QStringList &ids) const
{
    if (m_path.isEmpty())
        return;
    std::vector<Slice> slices = idSlices(u"SELECT count(warn_at) FROM clock_cycles WHERE complaint_id IN "_s, ids);
    qint64 low = 0;
    qint64 high = -1;
    onReader(m_path, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (q.exec(u"SELECT min(warn_at), max(warn_at) FROM clock_cycles INDEXED BY clock_cycles_warning"
                   u" WHERE warn_at IS NOT NULL"_s)
            && q.next() && !q.value(0).isNull()) {
            low = q.value(0).toLongLong();
            high = q.value(1).toLongLong();
        }
    });
    if (high >= low) {
        for (const auto &[from, to] : ranges(low, high, 64)) {
            slices.push_back({u"SELECT count(*) FROM clock_cycles INDEXED BY clock_cycles_warning"
                              u" WHERE warn_at >= ? AND warn_at < ?"_s,
                              {from, to}});
        }
    }
    readSlices(m_path, slices);
}

void RecomputePrefetch::sopStalledFrom(qint64 fromMs) const
{
    if (m_path.isEmpty())
        return;
    qint64 high = -1;
    onReader(m_path, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (q.exec(u"SELECT max(stalled_at) FROM sop_progress"_s) && q.next() && !q.value(0).isNull())
            high = q.value(0).toLongLong();
    });
    std::vector<Slice> slices;
    if (high >= fromMs) {
        for (const auto &[from, to] : ranges(fromMs, high, 64)) {
            slices.push_back({u"SELECT count(complaint_id) FROM sop_progress INDEXED BY sop_progress_stalled"
                              u" WHERE stalled_at >= ? AND stalled_at < ?"_s,
                              {from, to}});
        }
    }
    readSlices(m_path, slices);
}

void RecomputePrefetch::sopProgressRows(const QStringList &ids) const
{
    if (!m_path.isEmpty())
        readSlices(m_path, idSlices(u"SELECT count(stalled_at) FROM sop_progress WHERE complaint_id IN "_s, ids));
}

} // namespace rabeg
