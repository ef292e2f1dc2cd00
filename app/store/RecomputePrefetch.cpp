#include "RecomputePrefetch.h"

#include <QFile>
#include <QSqlQuery>

#include <algorithm>
#include <array>
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

// `count` ranges of equal width over [low, high] of an integer column, as binds of "col >= ? AND col < ?".
std::vector<std::pair<qint64, qint64>> ranges(qint64 low, qint64 high, int count)
{
    std::vector<std::pair<qint64, qint64>> out;
    const qint64 width = std::max<qint64>(1, (high - low) / count + 1);
    for (qint64 from = low; from <= high; from += width)
        out.emplace_back(from, std::min(high, from + width - 1) + 1);
    return out;
}

// 256 slices of a text key's range by its first two characters (hex in practice; the ranges cover every string
// whatever the keys look like), each "SELECT count(<column>) FROM <source> WHERE <key> >= ? [AND <key> < ?]".
std::vector<Slice> keySlices(const QString &source, const QString &column, const QString &key)
{
    std::vector<Slice> slices;
    for (int i = 0; i < 256; ++i) {
        Slice slice{u"SELECT count("_s + column + u") FROM "_s + source + u" WHERE "_s + key + u" >= ?"_s,
                    {i == 0 ? QString() : u"%1"_s.arg(i, 2, 16, QChar(u'0'))}};
        if (i < 255) {
            slice.sql += u" AND "_s + key + u" < ?"_s;
            slice.binds.append(u"%1"_s.arg(i + 1, 2, 16, QChar(u'0')));
        }
        slices.push_back(std::move(slice));
    }
    return slices;
}

// 64 slices of an integer column's whole range in an index (its ends found by two seeks), `pick` read.
void appendIntegerRange(const QString &path, const QString &indexed, const QString &column, const QString &pick,
                        std::vector<Slice> &slices)
{
    qint64 low = 0;
    qint64 high = -1;
    onReader(path, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (q.exec(u"SELECT min("_s + column + u"), max("_s + column + u") FROM "_s + indexed + u" WHERE "_s + column
                   + u" IS NOT NULL"_s)
            && q.next() && !q.value(0).isNull()) {
            low = q.value(0).toLongLong();
            high = q.value(1).toLongLong();
        }
    });
    if (high < low)
        return;
    for (const auto &[from, to] : ranges(low, high, 64)) {
        slices.push_back({u"SELECT count("_s + pick + u") FROM "_s + indexed + u" WHERE "_s + column + u" >= ? AND "_s
                              + column + u" < ?"_s,
                          {from, to}});
    }
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
    // A sample of the pages, not all: mincore looks each page up in the system's cache, 0.2 s for the 2.9 million
    // pages of a 12 GB file (it ran three times per recompute: measured with perf, tenth session). 4,096 windows of
    // 16 pages spread over the file tell the share within a percent or two.
    const qint64 page = sysconf(_SC_PAGESIZE);
    const qint64 pages = (file.size() + page - 1) / page;
    constexpr qint64 kWindows = 4096;
    constexpr qint64 kWindowPages = 16;
    const qint64 step = std::max<qint64>(kWindowPages, pages / kWindows);
    std::array<unsigned char, size_t(kWindowPages)> resident{};
    qint64 looked = 0;
    qint64 held = 0;
    for (qint64 first = 0; first < pages; first += step) {
        const qint64 n = std::min(kWindowPages, pages - first);
        const qint64 bytes = std::min(n * page, file.size() - first * page);
        if (mincore(map + first * page, size_t(bytes), resident.data()) != 0)
            continue;
        looked += n;
        held += std::count_if(resident.cbegin(), resident.cbegin() + n, [](unsigned char r) { return r & 1; });
    }
    file.unmap(map);
    return looked > 0 ? double(held) / double(looked) : 0;
#else
    Q_UNUSED(path)
    return 0;
#endif
}

void RecomputePrefetch::dueTables() const
{
    if (m_path.isEmpty())
        return;
    std::vector<Slice> slices = keySlices(u"running_cycles"_s, u"pauses"_s, u"complaint_id"_s);
    const std::vector<Slice> dues = keySlices(u"complaint_due"_s, u"opd"_s, u"id"_s);
    slices.insert(slices.end(), dues.begin(), dues.end());
    appendIntegerRange(m_path, u"running_cycles INDEXED BY running_cycles_warning"_s, u"warn_at"_s, u"*"_s, slices);
    appendIntegerRange(m_path, u"complaint_due INDEXED BY complaint_due_list"_s, u"next_due_at"_s, u"received_at"_s,
                       slices);
    appendIntegerRange(m_path, u"complaint_due INDEXED BY complaint_due_opd"_s, u"next_due_at"_s, u"opd"_s, slices);
    // (state, next_due_at): each state's range, the states found by seeks in the index itself.
    slices.push_back({u"WITH RECURSIVE s(state) AS (SELECT (SELECT min(state) FROM complaint_due INDEXED BY"
                      u" complaint_due_state) UNION ALL SELECT (SELECT min(d.state) FROM complaint_due d INDEXED BY"
                      u" complaint_due_state WHERE d.state > s.state) FROM s WHERE s.state IS NOT NULL)"
                      u" SELECT (SELECT count(*) FROM complaint_due d INDEXED BY complaint_due_state"
                      u" WHERE d.state = s.state) FROM s"_s,
                      {}});
    readSlices(m_path, slices);
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
        if (q.exec(u"WITH RECURSIVE s(opd) AS (SELECT (SELECT min(opd) FROM sop_progress INDEXED BY sop_progress_cell)"
                   u" UNION ALL SELECT (SELECT min(p.opd) FROM sop_progress p INDEXED BY sop_progress_cell"
                   u" WHERE p.opd > s.opd) FROM s WHERE s.opd IS NOT NULL) SELECT opd FROM s WHERE opd IS NOT NULL"_s)) {
            while (q.next())
                opds.append(q.value(0).toString());
        }
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
