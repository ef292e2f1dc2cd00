#pragma once

#include "LocalCache.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

#include <atomic>
#include <functional>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

class QSqlDatabase;

namespace rabeg {

// Reading ahead what a pass over a cache file is about to read, on several read-only connections of its own at once,
// so that the disk serves many reads together: on the benchmark machine scattered 4 KB reads of a file not in memory
// take 135-464 us each one after another and 18-33 us each when the system is given them together (BENCHMARKS.md,
// eighth and fifteenth sessions). Nothing read here is used: the pass reads every page itself as before, only sooner
// from memory. The readers see the file's last committed state, never wait for a writer and make none wait.
// Used by the weekly report (ReportPrefetch.h).
namespace pageReadAhead {

// One statement run by a reader to the end, its rows dropped.
struct Slice
{
    QString sql;
    QVariantList binds;
};

// Below this share of a file's pages in memory, a pass reads ahead.
constexpr double kResidentEnough = 0.98;

// The cache's file when it has one and (unless `always`) less than kResidentEnough of it is in memory; empty else.
QString fileToRead(LocalCache &cache, bool always);
// The share of a file's pages the system holds in memory, 0 where it cannot tell.
double residentShare(const QString &path);

// What some reads cost, counted on the thread that made them (/proc/thread-self/io): the bytes asked of the file
// through system calls, and of those the bytes the storage was asked for (not in the system's memory).
struct ReadCost
{
    qint64 asked = 0;
    qint64 fromStorage = 0;
    // At most 1 - kResidentEnough of what was asked came from storage.
    bool fromMemory() const { return double(fromStorage) <= (1.0 - kResidentEnough) * double(asked); }
};

// `probe`'s statements run to the end on one read-only connection of this thread's own, without a memory map (every
// page is then read by a system call, and counted), and what they cost; nullopt where the system does not count a
// thread's reads of this file (no /proc/thread-self/io; a network, FUSE or virtual file system, whose reads are made
// by another thread), or no statement ran, or less than a page was asked. Tells whether what a pass reads is in memory, where the share of the whole
// file in memory does not: a workstation's cache file is rarely 98% in memory even when every page a report reads is.
std::optional<ReadCost> probeReads(const QString &path, const std::vector<Slice> &probe);

// Drops a file's clean pages, and its write-ahead log's, from the system's memory, as after a restart (the benchmarks'
// and the tests' cold starts); pages of it mapped by a process stay.
void dropFromMemory(const QString &path);

// `read(db)` on a read-only connection of its own to `path`, made and removed on the calling thread. Nothing is
// called if the file does not open.
void onReader(const QString &path, const std::function<void(QSqlDatabase &)> &read);

// Each slice's statement on one of `readers` threads at once, until all ran or `stop` is set; returns when all
// threads are done. A slice that fails is skipped: the pass reads its pages itself.
void readSlices(const QString &path, const std::vector<Slice> &slices, const std::atomic<bool> *stop = nullptr,
                int readers = 16);

// `count` ranges of equal width over [low, high] of an integer column, as [from, to) pairs.
std::vector<std::pair<qint64, qint64>> ranges(qint64 low, qint64 high, int count);

// The distinct values of `column`, the leading column of `index` on `table`, each found by a seek in the index (a
// recursive CTE), not by reading it whole.
QStringList distinctLeading(QSqlDatabase &db, const QString &table, const QString &index, const QString &column);

// 256 slices of a text key's range by its first two characters (hex in practice; the ranges cover every string
// whatever the keys look like), each "SELECT count(<column>) FROM <source> WHERE <key> >= ? [AND <key> < ?]".
std::vector<Slice> keySlices(const QString &source, const QString &column, const QString &key);

} // namespace pageReadAhead

// A read-ahead run on a thread of its own while the pass goes on: asked to stop and joined when destroyed (a pass
// that ends early, or fails, does not wait for reads it no longer needs).
class BackgroundReadAhead
{
public:
    BackgroundReadAhead() = default;
    BackgroundReadAhead(const BackgroundReadAhead &) = delete;
    BackgroundReadAhead &operator=(const BackgroundReadAhead &) = delete;
    ~BackgroundReadAhead();

    // Runs `work(stop)` on the thread; `stop` is set when this is destroyed.
    void start(std::function<void(const std::atomic<bool> &stop)> work);
    bool running() const { return m_thread.joinable(); }
    // Waits until the work is done, without asking it to stop (the tests and the benchmarks).
    void wait();

private:
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

} // namespace rabeg
