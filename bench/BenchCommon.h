#pragma once

#include "BenchStats.h"
// Shared pieces of the sync and hub benchmarks (bench_sync_bootstrap, bench_page_decode, bench_events_load):
// building a demo hub store, running HubApi + HubServer on loopback in a thread of their own, timing helpers.
// Benchmarks run on demand (bench/run.sh), never as tests.

#include "SqlHubStore.h"
#include "refdata/ReferenceData.h"

#include <QElapsedTimer>
#include <QList>
#include <QThread>

#include <atomic>
#include <future>
#include <time.h>
#include <memory>

namespace rabeg::bench {

inline const QByteArray kBenchPassword = "bench-password-123";
inline const QString kBenchUser = QStringLiteral("bench");

// What building a demo store cost: the generator and the hub's importDemo timed apart (they interleave).
struct ImportTiming
{
    qint64 complaints = 0;
    qint64 events = 0;
    double generateSeconds = 0; // DemoGenerator only
    double importSeconds = 0;   // SqlHubStore::importDemo only (hashing, canonical JSON, projection, INSERTs)
    double importCpuSeconds = 0; // CPU time of this thread inside importDemo
    double wallSeconds = 0;
};

// Creates a demo store at `spec` (sqlite:PATH or postgresql://...) with `count` generated complaints imported in
// batches of 1000 (as `rabeg-hub serve --demo` does), and the account kBenchUser (operator, minimal password
// cost). The store must be new. Progress goes to stderr every `progressEvery` complaints (0: never).
Result<ImportTiming> buildDemoStore(const QString &spec, qint64 count, qint64 progressEvery = 100'000);
// The identity key of a benchmark's PostgreSQL store (made in the temporary directory when missing; a SQLite demo
// store uses the key file beside it): given to the import and to `rabeg-hub serve --identity-key`.
QString benchIdentityKeyFile();

// HubApi + HubServer over their own SqlHubStore connection, listening on 127.0.0.1 (free port), all living in a
// thread of their own with its own event loop: the client side of a benchmark runs in the main thread.
class HubThread
{
public:
    HubThread(QString spec, const ReferenceData &reference);
    ~HubThread();
    Q_DISABLE_COPY_MOVE(HubThread)

    // Starts the thread; the port, or an error once the store cannot be opened.
    Result<quint16> start();
    void stop();
    // CPU seconds the hub thread has used so far (CLOCK_THREAD_CPUTIME_ID of that thread).
    double cpuSeconds() const;

private:
    class Runner;
    QString m_spec;
    const ReferenceData &m_reference;
    std::unique_ptr<QThread> m_thread;
    std::promise<Result<quint16>> m_ready;
    clockid_t m_clock = 0;
    std::atomic<bool> m_hasClock{false};
};


// Percentile (0..100) of a list of values, nearest rank; the list is copied and sorted.
double percentile(QList<double> values, double p);
double median(QList<double> values);

QString machineLine(); // "2 cores, Debian 12, Qt 6.4.2, SQLite 3.40.1" as measured
QString sqliteVersion();

// Turns off the debug output of the hub and the sync engine (one line per request).
void quietLogs();

// Removes a SQLite file and its -wal / -shm companions.
void removeSqliteFiles(const QString &path);

// "1,234,567"
QString grouped(qint64 value);

} // namespace rabeg::bench
