#!/bin/sh
# bench/run.sh [N] [--only STEPS] [--skip STEPS]: the whole benchmark suite in one command (DESIGN.md "Performance
# targets"): builds the benchmarks, generates the data deterministically (N complaints, 1,000,000 by default;
# 10000000 to find where each figure bends), runs every benchmark, each beside its baseline measured in the same
# run, and prints the RESULT lines at the end (the log is kept in $RABEG_BENCH_DIR). Benchmarks never run as tests.
#
# Steps, in order (STEPS: a comma-separated list of these names):
#   data       the master cache: N demo complaints with SOP ticks, written through ComplaintRepository as a sync
#              stores them (bench/InboxBenchCache.h), built once into $DIR/inbox-N.sqlite and reused (timed when
#              built). Every cache benchmark below runs over it, or over a copy where the benchmark writes.
#   generator  the demo generator alone: N complaints generated and encoded, beside JSON encoding alone.
#   inbox      P3 first paint, jump to row N/2, memory over a full scroll; P4 sort and filter changes (bench_inbox).
#   search     P5 the 50 queries of bench/queries.txt, FTS5 against LIKE (bench_search).
#   startup    the real client started over a copy of the master, to an interactive inbox (bench_startup).
#   report     P6 the weekly report PDF, from facts against the fold of every history (bench_report, a copy).
#   dashboard  P6 the dashboard refresh against the same figures without its summary and indexes (a copy).
#   stalls     the stall board and the stalled filter against the fold of every checklist (a copy).
#   recompute  the deadline recompute after a calendar change against the full recompute (a copy).
#   alerts     one alert evaluation for the operator and a liaison against the raw SELECT (a copy).
#   sync       P1 bootstrap of N complaints from a hub on loopback against prepared INSERTs of the same rows;
#              P2 page decode against QJsonDocument (on P1's hub store).
#   events     P7 GET /api/v1/events, 50 concurrent clients, on P1's SQLite store and on a throwaway PostgreSQL 15
#              cluster (as root) of N7 complaints, against the raw keyset SELECT and a floor server.
#   wal        P8 the hub's WAL size with 50 readers and a writer for 10 minutes (RABEG_BENCH_WAL_SECONDS).
#   notify     100 new events reach a syncing client's cache, against the intake's round trip.
#
# Time and space at 1,000,000 on this 2-core machine, idle: about 2 hours; the master cache is ~12 GB, a copy as
# much again, P1's hub store, cache and baseline ~30 GB (removed at the end). 10,000,000 needs ten times the disk.
# Environment: RABEG_BENCH_BUILD (build directory, default /tmp/build-bench), RABEG_BENCH_DIR (scratch files and
# logs, default /tmp/rabeg-bench), RABEG_BENCH_NICE (a nice value, e.g. -5 as root on a machine shared with
# compilers). Other work on the machine shows in the load average printed beside every figure.
set -eu

N=1000000
ONLY=
SKIP=
while [ $# -gt 0 ]; do
    case $1 in
    --only) ONLY=,$2, && shift ;;
    --skip) SKIP=,$2, && shift ;;
    '' | *[!0-9]*)
        echo "usage: $0 [N] [--only STEPS] [--skip STEPS]" >&2
        exit 2
        ;;
    *) N=$1 ;;
    esac
    shift
done
N7=$((N / 10))
[ "$N7" -ge 2000 ] || N7=2000
[ "$N7" -le 20000 ] || N7=20000

SRC=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${RABEG_BENCH_BUILD:-/tmp/build-bench}
DIR=${RABEG_BENCH_DIR:-/tmp/rabeg-bench}
mkdir -p "$DIR"
LOG=$DIR/results-$(date -u +%Y%m%dT%H%M%SZ).txt
MASTER=$DIR/inbox-$N.sqlite
WORK=$DIR/work.sqlite

wanted() {
    case $SKIP in *,$1,*) return 1 ;; esac
    [ -z "$ONLY" ] && return 0
    case $ONLY in *,$1,*) return 0 ;; esac
    return 1
}

LAUNCHER=
command -v ccache >/dev/null 2>&1 && LAUNCHER=-DCMAKE_CXX_COMPILER_LAUNCHER=ccache
cmake -G Ninja -S "$SRC" -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRABEG_BUILD_TESTS=OFF \
    -DRABEG_BUILD_BENCH=ON $LAUNCHER >/dev/null
ninja -C "$BUILD" rabeg rabeg-hub bench_demo_generator bench_sync_bootstrap bench_page_decode bench_events_load \
    bench_notify_latency bench_inbox bench_search bench_startup bench_report bench_dashboard bench_stall_board \
    bench_recompute bench_alerts bench_wal

NICE=
if [ -n "${RABEG_BENCH_NICE:-}" ]; then
    NICE="nice -n $RABEG_BENCH_NICE"
fi
B=$BUILD/bench

start=$(date +%s)
{
    echo "== bench/run.sh N=$N${NICE:+ ($NICE)} on $(hostname), $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "   $(uname -sr); $(g++ --version | head -n 1); $(git -C "$SRC" rev-parse --short HEAD 2>/dev/null || echo '?')"
} | tee "$LOG"

step() {
    echo | tee -a "$LOG"
    echo "== $* (load: $(cut -d' ' -f1-3 /proc/loadavg); $(($(date +%s) - start)) s since start)" | tee -a "$LOG"
}
removeDb() {
    rm -f "$1" "$1-wal" "$1-shm"
}
# A fresh copy of the master for a benchmark that writes into its cache.
copyMaster() {
    removeDb "$WORK"
    cp "$MASTER" "$WORK"
}
run() {
    $NICE "$@" 2>&1 | tee -a "$LOG"
}

if wanted data || wanted inbox || wanted search || wanted startup || wanted report || wanted dashboard \
    || wanted stalls || wanted recompute || wanted alerts; then
    step "data: the master cache of $N complaints ($MASTER)"
    # bench_inbox builds it when missing (and only then: --build-only), reused afterwards.
    run "$B/bench_inbox" "$N" --dir "$DIR" --build-only
fi
if wanted generator; then
    step "demo generator, $N complaints"
    run "$B/bench_demo_generator" "$N"
fi
if wanted inbox; then
    step "P3, P4 inbox over the master"
    run "$B/bench_inbox" "$N" --dir "$DIR"
fi
if wanted search; then
    step "P5 full-text search, bench/queries.txt"
    run "$B/bench_search" "$N" --dir "$DIR"
fi
if wanted startup; then
    step "startup to an interactive inbox"
    copyMaster
    run "$B/bench_startup" "$WORK" --runs 5
fi
if wanted report; then
    step "P6 weekly report PDF"
    copyMaster
    run "$B/bench_report" "$N" --cache "$WORK"
fi
if wanted dashboard; then
    step "P6 dashboard refresh"
    copyMaster
    run "$B/bench_dashboard" "$WORK"
fi
if wanted stalls; then
    step "stall board"
    copyMaster
    run "$B/bench_stall_board" "$N" --cache "$WORK"
fi
if wanted recompute; then
    step "deadline recompute after a calendar change"
    copyMaster
    run "$B/bench_recompute" "$WORK"
fi
if wanted alerts; then
    step "alerts: one evaluation"
    copyMaster
    run "$B/bench_alerts" "$WORK"
fi
removeDb "$WORK"

if wanted sync || wanted events || wanted wal; then
    step "P1 bootstrap, $N complaints"
    run "$B/bench_sync_bootstrap" "$N" --dir "$DIR" --keep
    P1_RPS=$(sed -n 's/^RESULT p1_.* bootstrap_rps=\([0-9]*\).*/\1/p' "$LOG" | tail -n 1)
    if wanted sync; then
        step "P2 event-page decode, pages from P1's hub store"
        run "$B/bench_page_decode" --store "sqlite:$DIR/p1-hub.sqlite" --p1-rows-per-s "${P1_RPS:-0}" --dir "$DIR"
    fi
    removeDb "$DIR/p1-cache.sqlite"
    removeDb "$DIR/p1-baseline.sqlite"
fi
if wanted events; then
    step "P7 GET /api/v1/events under 50 concurrent clients"
    PG=
    if [ "$(id -u)" -eq 0 ] && [ -x /usr/lib/postgresql/15/bin/initdb ] && command -v runuser >/dev/null 2>&1; then
        PG=--postgres
    fi
    run "$B/bench_events_load" "$N7" --store "sqlite:$DIR/p1-hub.sqlite" $PG --clients 50 --requests 20 \
        --hub "$BUILD/hub/rabeg-hub" --dir "$DIR"
fi
if wanted wal; then
    step "P8 WAL size, 50 readers and a writer"
    cp "$DIR/p1-hub.sqlite" "$DIR/wal-hub.sqlite"
    cp "$DIR/p1-hub.sqlite.identity-key" "$DIR/wal-hub.sqlite.identity-key" # a demo store's key lives beside it
    run "$B/bench_wal" --store "sqlite:$DIR/wal-hub.sqlite" --seconds "${RABEG_BENCH_WAL_SECONDS:-600}" \
        --hub "$BUILD/hub/rabeg-hub"
    removeDb "$DIR/wal-hub.sqlite"
    rm -f "$DIR/wal-hub.sqlite.identity-key"
fi
removeDb "$DIR/p1-hub.sqlite"
rm -f "$DIR/p1-hub.sqlite.identity-key"
if wanted notify; then
    step "100 new events reach a syncing client's cache (notice wake-up)"
    run "$B/bench_notify_latency" 2000 --events 100 --dir "$DIR"
    removeDb "$DIR/notify-hub.sqlite"
    removeDb "$DIR/notify-cache.sqlite"
fi

step "done"
echo "results: $LOG (the master cache $MASTER is kept for the next run)"
grep '^RESULT' "$LOG" || true
