#!/bin/sh
# A throwaway PostgreSQL cluster for the hub store tests (CTest fixture "postgres"; CI runs it the same way).
#
#   postgres.sh start DIR PORT   initdb DIR/data if needed, start it on 127.0.0.1:PORT (trust auth, TCP only),
#                                and create the database rabeg_test. Running it again is a no-op.
#   postgres.sh stop DIR PORT    stop the cluster and remove DIR. Nothing to stop is fine.
#
# It never touches the system's own cluster and installs nothing (the setup script installs `postgresql`).
# As root the server runs as the user postgres (runuser); as anyone else it runs as that user.
set -eu

usage() {
    echo "usage: $0 start|stop DIR PORT" >&2
    exit 2
}
[ $# -eq 3 ] || usage
action=$1
dir=$2
port=$3
case $port in '' | *[!0-9]*) usage ;; esac
case $dir in /*) ;; *) echo "postgres.sh: DIR must be an absolute path, not '$dir'" >&2; exit 2 ;; esac
dir=${dir%/}
[ -n "$dir" ] || usage
data=$dir/data
marker=$dir/.rabeg-test-postgres # only a directory carrying this marker is ever removed

pgbin=${PGBIN:-}
if [ -z "$pgbin" ]; then
    for candidate in /usr/lib/postgresql/*/bin; do
        [ -x "$candidate/initdb" ] && pgbin=$candidate # the glob sorts, so the newest version wins
    done
fi
if [ -z "$pgbin" ] || [ ! -x "$pgbin/pg_ctl" ]; then
    echo "postgres.sh: PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin." >&2
    echo "             Install them with: apt-get install -y postgresql (or set PGBIN)." >&2
    exit 1
fi

if [ "$(id -u)" -eq 0 ]; then
    as_server() { runuser -u postgres -- "$@"; }
else
    as_server() { "$@"; }
fi

running() { [ -f "$data/PG_VERSION" ] && as_server "$pgbin/pg_ctl" status -D "$data" >/dev/null 2>&1; }

psql_admin() { as_server "$pgbin/psql" -X -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 "$@"; }

start() {
    if ! running; then
        if [ -e "$dir" ] && [ ! -f "$marker" ]; then
            echo "postgres.sh: $dir exists and was not made by this script; choose another DIR." >&2
            exit 1
        fi
        mkdir -p "$dir"
        touch "$marker"
        if [ "$(id -u)" -eq 0 ]; then chown -R postgres: "$dir"; fi
        if ! as_server test -w "$dir"; then
            echo "postgres.sh: the server user cannot write $dir (a parent directory is not searchable?)." >&2
            exit 1
        fi
        if [ ! -f "$data/PG_VERSION" ]; then
            rm -rf "$data"
            as_server "$pgbin/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --no-locale --no-sync \
                >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
        fi
        # Loopback TCP only (no Unix socket, so no socket directory to share); durability is not wanted here.
        if ! as_server "$pgbin/pg_ctl" start -w -t 60 -D "$data" -l "$dir/server.log" \
            -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
            >/dev/null; then
            echo "postgres.sh: the server did not start (is port $port taken?). Its log:" >&2
            cat "$dir/server.log" >&2
            exit 1
        fi
    fi
    # A server already on this port but from another directory would be the wrong one.
    actual=$(psql_admin -tAc "SHOW data_directory") || {
        echo "postgres.sh: cannot connect to 127.0.0.1:$port as postgres." >&2
        exit 1
    }
    if [ "$actual" != "$data" ]; then
        echo "postgres.sh: port $port is served by $actual, not by $data." >&2
        exit 1
    fi
    if [ -z "$(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = 'rabeg_test'")" ]; then
        psql_admin -c "CREATE DATABASE rabeg_test"
    fi
    echo "postgres.sh: postgresql://postgres@127.0.0.1:$port/rabeg_test is ready ($data)"
}

stop() {
    if running; then
        as_server "$pgbin/pg_ctl" stop -w -t 60 -m fast -D "$data" >/dev/null
    fi
    if [ -e "$dir" ]; then
        if [ ! -f "$marker" ]; then
            echo "postgres.sh: $dir was not made by this script; leaving it alone." >&2
            exit 1
        fi
        rm -rf "$dir"
    fi
}

case $action in
start) start ;;
stop) stop ;;
*) usage ;;
esac
