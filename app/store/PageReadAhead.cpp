#include "PageReadAhead.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <map>
#include <mutex>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace rabeg {
namespace pageReadAhead {

QString fileToRead(LocalCache &cache, bool always)
{
    const QString path = cache.database().databaseName();
    if (path.isEmpty() || path == u":memory:"_s || path.startsWith(u"file::memory:"_s))
        return {};
    return always || residentShare(path) < kResidentEnough ? path : QString();
}

#ifdef Q_OS_UNIX
namespace {

// A read-only descriptor of `path`, opened once and kept for the life of the process; -1 if it cannot be opened.
// Closing any descriptor of a file drops every POSIX lock this process holds on that file (fcntl(2)), SQLite's too:
// the shared lock each connection keeps on a WAL database while it is open. Without that lock, the next process to
// close its last connection to the cache (`rabeg report`, `rabeg escalation-packet`, a second window) takes the
// exclusive lock, checkpoints and deletes the -wal and -shm files under this process's connections, whose next read
// fails with "disk I/O error". So the cache file is never closed here while its path names it; a descriptor whose
// path now names another file (a cache deleted and made again) is closed, which drops no lock on the new one.
int keptDescriptor(const QString &path)
{
    struct Kept
    {
        int fd = -1;
        dev_t device = 0;
        ino_t inode = 0;
    };
    static std::mutex guard;
    static std::map<QByteArray, Kept> kept;
    const QByteArray name = QFile::encodeName(path);
    struct stat now{};
    if (::stat(name.constData(), &now) != 0)
        return -1;
    const std::lock_guard<std::mutex> lock(guard);
    Kept &entry = kept[name];
    if (entry.fd >= 0 && entry.device == now.st_dev && entry.inode == now.st_ino)
        return entry.fd;
    if (entry.fd >= 0)
        ::close(entry.fd); // another file than the one at `path` now
    entry.fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
    entry.device = now.st_dev;
    entry.inode = now.st_ino;
    return entry.fd;
}

} // namespace
#endif

double residentShare(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = keptDescriptor(path);
    struct stat file{};
    if (fd < 0 || ::fstat(fd, &file) != 0 || file.st_size == 0)
        return 0;
    const qint64 size = file.st_size;
    // Mapping reads nothing; mincore says which of the mapping's pages are in memory.
    void *mapped = ::mmap(nullptr, size_t(size), PROT_READ, MAP_SHARED, fd, 0);
    if (mapped == MAP_FAILED)
        return 0;
    auto *map = static_cast<unsigned char *>(mapped);
    // A sample of the pages, not all: mincore looks each page up in the system's cache, 0.2 s for the 2.9 million
    // pages of a 12 GB file (it ran three times per recompute: measured with perf, tenth session). 4,096 windows of
    // 16 pages spread over the file tell the share within a percent or two.
    const qint64 page = sysconf(_SC_PAGESIZE);
    const qint64 pages = (size + page - 1) / page;
    constexpr qint64 kWindows = 4096;
    constexpr qint64 kWindowPages = 16;
    const qint64 step = std::max<qint64>(kWindowPages, pages / kWindows);
    std::array<unsigned char, size_t(kWindowPages)> resident{};
    qint64 looked = 0;
    qint64 held = 0;
    for (qint64 first = 0; first < pages; first += step) {
        const qint64 n = std::min(kWindowPages, pages - first);
        const qint64 bytes = std::min(n * page, size - first * page);
        if (mincore(map + first * page, size_t(bytes), resident.data()) != 0)
            continue;
        looked += n;
        held += std::count_if(resident.cbegin(), resident.cbegin() + n, [](unsigned char r) { return r & 1; });
    }
    ::munmap(mapped, size_t(size));
    return looked > 0 ? double(held) / double(looked) : 0;
#else
    Q_UNUSED(path)
    return 0;
#endif
}

void dropFromMemory(const QString &path)
{
#ifdef Q_OS_UNIX
    // The cache file through the kept descriptor (closing one would drop SQLite's locks); its log holds none.
    if (const int fd = keptDescriptor(path); fd >= 0) {
        ::fdatasync(fd);
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
    }
    if (const int fd = ::open(QFile::encodeName(path + u"-wal"_s).constData(), O_RDONLY | O_CLOEXEC); fd >= 0) {
        ::fdatasync(fd);
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        ::close(fd);
    }
#else
    Q_UNUSED(path)
#endif
}

void onReader(const QString &path, const std::function<void(QSqlDatabase &)> &read)
{
    static std::atomic<quint64> serial{0};
    const QString name = u"rabeg-read-ahead-%1"_s.arg(serial.fetch_add(1));
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

namespace {

// Runs `slice` to its end on `q`'s connection, its rows dropped; false if it did not run.
bool runSlice(QSqlQuery &q, const Slice &slice)
{
    if (!q.prepare(slice.sql))
        return false;
    for (const QVariant &bind : slice.binds)
        q.addBindValue(bind);
    if (!q.exec())
        return false;
    while (q.next()) { }
    return true;
}

// This thread's reads so far: rchar (through system calls) and read_bytes (from storage); nullopt where not counted.
std::optional<ReadCost> threadReads()
{
    QFile io(u"/proc/thread-self/io"_s);
    if (!io.open(QIODevice::ReadOnly))
        return std::nullopt;
    constexpr QByteArrayView asked = "rchar: ", storage = "read_bytes: ";
    std::optional<qint64> rchar, readBytes;
    for (const QByteArray &line : io.readAll().split('\n')) {
        if (line.startsWith(asked))
            rchar = line.mid(asked.size()).toLongLong();
        else if (line.startsWith(storage))
            readBytes = line.mid(storage.size()).toLongLong();
    }
    if (!rchar || !readBytes)
        return std::nullopt;
    return ReadCost{*rchar, *readBytes};
}

// Whether the thread that reads `path` is the one its file system's reads from storage are counted to: a local file
// system on a block device (or tmpfs, which reads nothing from storage). Over a network (NFS, SMB), FUSE, 9p or
// virtiofs the reads are made elsewhere and read_bytes stays 0, so a probe there would always say "in memory".
bool storageReadsCounted(const QString &path)
{
#ifdef Q_OS_LINUX
    struct statfs fs {};
    if (::statfs(QFile::encodeName(path).constData(), &fs) != 0)
        return false;
    switch (static_cast<unsigned long>(fs.f_type)) {
    case 0xEF53UL: // ext2, ext3, ext4
    case 0x58465342UL: // xfs
    case 0x9123683EUL: // btrfs
    case 0xF2F52010UL: // f2fs
    case 0x794C7630UL: // overlayfs (containers), over one of those
    case 0x01021994UL: // tmpfs
        return true;
    default:
        return false;
    }
#else
    Q_UNUSED(path)
    return false;
#endif
}

} // namespace

std::optional<ReadCost> probeReads(const QString &path, const std::vector<Slice> &probe)
{
    if (!storageReadsCounted(path))
        return std::nullopt;
    std::optional<ReadCost> cost;
    onReader(path, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(u"PRAGMA mmap_size = 0"_s))
            return;
        const std::optional<ReadCost> before = threadReads();
        if (!before)
            return;
        int ran = 0;
        for (const Slice &slice : probe)
            ran += runSlice(q, slice) ? 1 : 0;
        // Read before the query is finished and the connection closed: nothing else of this thread is counted but
        // the first read of /proc/thread-self/io (a few hundred bytes).
        const std::optional<ReadCost> after = threadReads();
        constexpr qint64 kPage = 4096;
        if (ran > 0 && after && after->asked - before->asked >= kPage)
            cost = ReadCost{after->asked - before->asked, after->fromStorage - before->fromStorage};
    });
    return cost;
}

void readSlices(const QString &path, const std::vector<Slice> &slices, const std::atomic<bool> *stop, int readers)
{
    if (path.isEmpty() || slices.empty())
        return;
    std::atomic<size_t> next{0};
    const auto stopped = [stop] { return stop && stop->load(std::memory_order_relaxed); };
    const auto reader = [&] {
        onReader(path, [&](QSqlDatabase &db) {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            for (size_t i = next++; i < slices.size() && !stopped(); i = next++)
                runSlice(q, slices[i]);
        });
    };
    std::vector<std::thread> threads;
    for (size_t t = 0; t < std::min<size_t>(size_t(std::max(1, readers)), slices.size()); ++t)
        threads.emplace_back(reader);
    for (std::thread &thread : threads)
        thread.join();
}

std::vector<std::pair<qint64, qint64>> ranges(qint64 low, qint64 high, int count)
{
    std::vector<std::pair<qint64, qint64>> out;
    const qint64 width = std::max<qint64>(1, (high - low) / count + 1);
    for (qint64 from = low; from <= high; from += width)
        out.emplace_back(from, std::min(high, from + width - 1) + 1);
    return out;
}

QStringList distinctLeading(QSqlDatabase &db, const QString &table, const QString &index, const QString &column)
{
    const QString in = table + u" t INDEXED BY "_s + index;
    QSqlQuery q(db);
    QStringList values;
    if (q.exec(u"WITH RECURSIVE s(v) AS (SELECT (SELECT min(t."_s + column + u") FROM "_s + in
               + u") UNION ALL SELECT (SELECT min(t."_s + column + u") FROM "_s + in + u" WHERE t."_s + column
               + u" > s.v) FROM s WHERE s.v IS NOT NULL) SELECT v FROM s WHERE v IS NOT NULL"_s)) {
        while (q.next())
            values.append(q.value(0).toString());
    }
    return values;
}

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

} // namespace pageReadAhead

BackgroundReadAhead::~BackgroundReadAhead()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
}

void BackgroundReadAhead::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}

void BackgroundReadAhead::start(std::function<void(const std::atomic<bool> &stop)> work)
{
    if (m_thread.joinable())
        return;
    m_thread = std::thread([this, work = std::move(work)] { work(m_stop); });
}

} // namespace rabeg
