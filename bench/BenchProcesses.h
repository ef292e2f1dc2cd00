#pragma once

// The processes bench_events_load (P7) runs beside itself: a throwaway PostgreSQL 15 cluster, `rabeg-hub serve`,
// and the floor (bench_events_load --floor-server). Benchmarks only, never tests.

#include "core/Result.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace rabeg::bench {

quint16 freePort();

// A throwaway PostgreSQL cluster under /tmp, owned by the postgres user; stopped and removed by stop().
class ThrowawayPostgres
{
public:
    ~ThrowawayPostgres() { stop(); }
    Result<QString> start(); // the store spec once the cluster runs and has its database
    void stop();

private:
    QString m_dir;
    quint16 m_port = 0;
    bool m_running = false;
};

// A child process that prints "... listening on ..." once it serves: `rabeg-hub serve` over a store, or the floor.
class ServerProcess
{
public:
    ~ServerProcess() { stop(); }

    // rabeg-hub serve over `spec`, on a free port; the URL once it listens. `readThreads` < 0: the hub's default.
    Result<QUrl> startHub(const QString &binary, const QString &spec, int readThreads = -1,
                          const QStringList &extraArgs = {});
    // bench_events_load --floor-server FILE --floor-threads T; the port once it listens.
    Result<quint16> startFloor(const QString &binary, const QString &answerFile, int threads);
    void stop();
    // CPU seconds the process has used so far (/proc/PID/stat: user + system).
    double cpuSeconds() const;

private:
    Result<QByteArray> waitForListening(const QByteArray &marker);
    QProcess m_process;
};

} // namespace rabeg::bench
