#pragma once

// Plain-socket HTTP/1.1 for P7 (bench_events_load): a load generator that costs little (it reads each answer's
// Content-Length bytes into one buffer and discards them, no Qt network stack), and the floor: a server that
// answers every request with the same bytes already in memory. Loopback only. Benchmarks only, never tests.

#include "core/Result.h"

#include <QByteArray>
#include <QList>

namespace rabeg::bench {

// A GET with a bearer token, or a POST of a JSON body; HTTP/1.1, kept alive.
QByteArray leanGet(const QByteArray &target, const QByteArray &token);
QByteArray leanPost(const QByteArray &target, const QByteArray &json);

// One exchange on a new connection to 127.0.0.1:`port`, blocking: the whole answer (status line, headers, body).
Result<QByteArray> leanExchange(quint16 port, const QByteArray &request);
// The body of a whole answer as leanExchange returns it.
QByteArray leanBody(const QByteArray &answer);

struct LeanLoadResult
{
    QList<double> latenciesMs; // from the first byte sent to the last byte of the body received
    double wallSeconds = 0;
    double cpuSeconds = 0; // the generator's own CPU (its thread), while it ran
    qint64 bytes = 0;      // bodies received
    int errors = 0;        // answers other than 200, or a connection that failed
    QString firstError;
};

// One connection per client, opened before the clock starts; each client sends its requests one after the other,
// the next the moment the last answer is in (closed loop). The clients are shared out over `threads` threads, each
// running its own with epoll; cpuSeconds is theirs together.
LeanLoadResult runLeanLoad(quint16 port, const QList<QList<QByteArray>> &requestsPerClient, int threads = 1);

// The floor: listens on 127.0.0.1 (a free port, printed as "floor listening on PORT"), answers every request with
// `answer` (a whole HTTP answer with its Content-Length) on `threads` threads, until the process is ended.
int runFloorServer(const QByteArray &answer, int threads);

} // namespace rabeg::bench
