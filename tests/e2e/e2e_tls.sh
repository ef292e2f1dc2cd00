#!/usr/bin/env bash
# End to end through the city deployment: a certificate authority made here, two rabeg-hub processes on one
# PostgreSQL store, nginx in front with the shipped configuration (installer/nginx) and TLS, and the client's
# headless sync verifying the hub's certificate against that authority only.
#
# Must hold:
#  1. the client syncs through nginx over TLS, trusting only the test CA (--ca);
#  2. it refuses a hub whose certificate comes from another authority, and writes nothing to its cache;
#  3. without --ca (system authorities only) the test CA's certificate is refused too;
#  4. with one hub process killed, the next sync still works through the other;
#  5. the WebSocket upgrade of /api/v1/notify passes through nginx (101);
#  6. one address hammering the login is throttled (429) while another address logs in normally;
#  7. a body over 1 MB is stopped with 413;
#  8. the attachment route takes bodies up to 10 MB through nginx and stops one byte more with 413.
# Usage: e2e_tls.sh BUILD_DIR POSTGRES_URL_BASE (e.g. postgresql://postgres@127.0.0.1:55432)
set -euo pipefail
BUILD=$1
PG=$2
SRC="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HUB="$BUILD/hub/rabeg-hub"
CLIENT="$BUILD/ui/rabeg"
WORK=$(mktemp -d /tmp/rabeg-e2e.XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$WORK/nginx/nginx.pid" ] && kill "$(cat "$WORK/nginx/nginx.pid")" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
fail() { echo "e2e: FAILED: $*" >&2; for f in "$WORK"/*.log "$WORK"/nginx/*.log; do [ -f "$f" ] && { echo "--- $f"; tail -n 20 "$f"; }; done; exit 1; }
step() { echo "e2e: $*"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# --- certificates: the city's CA, the hub's certificate from it, and a rogue CA with its own hub certificate
cd "$WORK"
make_ca() { # name
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=$1" -keyout "$1.key" -out "$1.crt" 2>/dev/null
}
make_cert() { # ca name
  openssl req -newkey rsa:2048 -nodes -subj "/CN=hub.rabeg.test" -keyout "$2.key" -out "$2.csr" 2>/dev/null
  printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n' >"$2.ext"
  openssl x509 -req -in "$2.csr" -CA "$1.crt" -CAkey "$1.key" -CAcreateserial -days 2 -extfile "$2.ext" \
    -out "$2.crt" 2>/dev/null
}
make_ca city-ca && make_cert city-ca hub
make_ca rogue-ca && make_cert rogue-ca rogue-hub
step "certificates made (city CA and a rogue CA)"

# --- the store and two hub processes on it
DB=rabeg_e2e_$$
psql -X -q "$PG/postgres" -c "CREATE DATABASE $DB" || fail "cannot create database $DB on $PG"
drop_db() { psql -X -q "$PG/postgres" -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true; }
trap 'cleanup; drop_db' EXIT
STORE="$PG/$DB"
start_hub() { # name [extra args]; sets HUB_PORT and HUB_PID (not in a subshell, so cleanup knows the pid)
  local name=$1; shift
  HUB_PORT=$(free_port)
  [ -f "$WORK/identity.key" ] || "$HUB" key generate --out "$WORK/identity.key" >/dev/null
  "$HUB" serve --store "$STORE" --listen "127.0.0.1:$HUB_PORT" --password-cost minimal --trusted-proxy 127.0.0.1 --identity-key "$WORK/identity.key" "$@" >"$WORK/$name.log" 2>&1 &
  HUB_PID=$!
  pids+=("$HUB_PID")
  for _ in $(seq 1 600); do
    grep -q "listening on" "$WORK/$name.log" 2>/dev/null && return
    kill -0 "$HUB_PID" 2>/dev/null || break
    sleep 0.1
  done
  fail "hub $name did not start"
}
start_hub hub-a --demo 150
PORT_A=$HUB_PORT PID_A=$HUB_PID
start_hub hub-b
PORT_B=$HUB_PORT
step "two hub processes on $STORE: 127.0.0.1:$PORT_A and 127.0.0.1:$PORT_B"

# --- nginx with the shipped site configuration, its paths and ports substituted
TLS_PORT=$(free_port)
ROGUE_PORT=$(free_port)
mkdir -p "$WORK/nginx"
site() { # listen-port cert key
  sed -e "s|listen 443 ssl http2;|listen 127.0.0.1:$1 ssl http2;|" -e '/listen \[::\]:443/d' \
      -e "s|/etc/rabeg-hub/tls/hub.crt|$2|" -e "s|/etc/rabeg-hub/tls/hub.key|$3|" \
      -e "s|server 127.0.0.1:8081|server 127.0.0.1:$PORT_A|" -e "s|server 127.0.0.1:8082|server 127.0.0.1:$PORT_B|" \
      -e "s|/etc/nginx/rabeg-hub-proxy.conf|$SRC/installer/nginx/rabeg-hub-proxy.conf|" \
      "$SRC/installer/nginx/rabeg-hub.conf"
}
{
  echo "pid $WORK/nginx/nginx.pid; error_log $WORK/nginx/error.log warn; worker_processes 1;"
  echo "events { worker_connections 256; }"
  echo "http {"
  echo "  access_log $WORK/nginx/access.log; client_body_temp_path $WORK/nginx/body;"
  echo "  proxy_temp_path $WORK/nginx/proxy; fastcgi_temp_path $WORK/nginx/fcgi; uwsgi_temp_path $WORK/nginx/uwsgi;"
  echo "  scgi_temp_path $WORK/nginx/scgi;"
  site "$TLS_PORT" "$WORK/hub.crt" "$WORK/hub.key"
  # The rogue server reuses the same upstream and zones: only its server block is added.
  site "$ROGUE_PORT" "$WORK/rogue-hub.crt" "$WORK/rogue-hub.key" |
    awk '/^server \{/{on=1} on{print}'
  echo "}"
} >"$WORK/nginx/nginx.conf"
nginx -t -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" >"$WORK/nginx/test.log" 2>&1 || { cat "$WORK/nginx/test.log"; fail "nginx -t"; }
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" || fail "nginx did not start"
for _ in $(seq 1 50); do [ -f "$WORK/nginx/nginx.pid" ] && break; sleep 0.1; done
step "nginx with installer/nginx/rabeg-hub.conf on https://127.0.0.1:$TLS_PORT (rogue certificate on $ROGUE_PORT)"

install -m 600 /dev/null "$WORK/password" && echo demo >"$WORK/password"
sync_to() { # port cache [extra args]
  local port=$1 cache=$2; shift 2
  QT_QPA_PLATFORM=offscreen "$CLIENT" sync --hub "https://127.0.0.1:$port" --user operator \
    --password-file "$WORK/password" --cache "$cache" "$@"
}

# 1. through nginx, verifying against the city CA only
out=$(sync_to "$TLS_PORT" "$WORK/cache.sqlite" --ca "$WORK/city-ca.crt" 2>&1) || fail "sync through nginx: $out"
grep -q "^synced: 150 complaints" <<<"$out" || fail "expected 150 complaints, got: $out"
step "1. synced through nginx over TLS with the pinned CA: $out"

# 2. a hub certificate from another authority is refused, and the cache is not even created
if out=$(sync_to "$ROGUE_PORT" "$WORK/rogue-cache.sqlite" --ca "$WORK/city-ca.crt" 2>&1); then
  fail "a certificate from another authority was accepted: $out"
fi
grep -q "could not be verified" <<<"$out" || fail "unexpected refusal message: $out"
count=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from complaints').fetchone()[0])" "$WORK/rogue-cache.sqlite" 2>/dev/null || echo 0)
[ "$count" = 0 ] || fail "the refused hub's data reached the cache ($count complaints)"
step "2. refused the rogue authority's certificate: $out"

# 3. without --ca the system's authorities do not know the city CA either
if out=$(sync_to "$TLS_PORT" "$WORK/system-cache.sqlite" 2>&1); then
  fail "the city CA's certificate was accepted without --ca: $out"
fi
step "3. without --ca the certificate is refused: $(head -c 160 <<<"$out")"

# 4. one hub process dies; the next sync still works through the other
kill -9 "$PID_A"
out=$(sync_to "$TLS_PORT" "$WORK/cache-b.sqlite" --ca "$WORK/city-ca.crt" 2>&1) || fail "sync with hub A dead: $out"
grep -q "^synced: 150 complaints" <<<"$out" || fail "after hub A died: $out"
out=$(sync_to "$TLS_PORT" "$WORK/cache.sqlite" --ca "$WORK/city-ca.crt" 2>&1) || fail "second sync with hub A dead: $out"
step "4. hub A killed (-9); syncs go on through hub B: $out"

# 5. the WebSocket upgrade passes through nginx
code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 --http1.1 --cacert "$WORK/city-ca.crt" \
  -H "Connection: Upgrade" -H "Upgrade: websocket" -H "Sec-WebSocket-Version: 13" \
  -H "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==" "https://127.0.0.1:$TLS_PORT/api/v1/notify" || true)
[ "$code" = 101 ] || fail "WebSocket upgrade through nginx answered $code, expected 101"
step "5. WebSocket upgrade of /api/v1/notify through nginx: 101"

# 6. login throttling per address: 127.0.0.1 hammers, 127.0.0.2 still logs in
login() { # source-address password
  curl -s -o /dev/null -w '%{http_code}' --max-time 10 --interface "$1" --cacert "$WORK/city-ca.crt" \
    -H 'Content-Type: application/json' -d "{\"username\":\"operator\",\"password\":\"$2\"}" \
    "https://127.0.0.1:$TLS_PORT/api/v1/session"
}
codes=""
for _ in $(seq 1 12); do codes="$codes $(login 127.0.0.1 salah)"; done
grep -q 429 <<<"$codes" || fail "12 quick logins from one address were never throttled: $codes"
code=$(login 127.0.0.2 demo)
[ "$code" = 200 ] || fail "another address could not log in while the first was throttled: $code"
step "6. hammering address throttled ($codes); another address logs in: $code"

# 7. bodies over 1 MB stop at nginx
code=$(head -c 1500000 /dev/zero | tr '\0' 'a' | curl -s -o /dev/null -w '%{http_code}' --max-time 10 \
  --cacert "$WORK/city-ca.crt" -H 'Content-Type: application/json' --data-binary @- \
  "https://127.0.0.1:$TLS_PORT/api/v1/commands")
[ "$code" = 413 ] || fail "a 1.5 MB body answered $code, expected 413"
step "7. a 1.5 MB body is refused with 413"

# 8. the attachment route's own limit: 10 MB passes nginx (the hub answers, here 401 without a session), more stops
attach() { # bytes
  head -c "$1" /dev/zero | tr '\0' 'a' | curl -s -o /dev/null -w '%{http_code}' --max-time 30 \
    --cacert "$WORK/city-ca.crt" -H 'Content-Type: image/jpeg' -H 'X-Rabeg-File-Name: foto.jpg' --data-binary @- \
    "https://127.0.0.1:$TLS_PORT/api/v1/complaints/0b9c2f6e-58a1-4d7e-9c3b-2e1f0a9d8c7b/attachments"
}
code=$(attach 10485760)
[ "$code" = 401 ] || fail "a 10 MB attachment answered $code through nginx, expected the hub's 401"
code=$(attach 10485761)
[ "$code" = 413 ] || fail "an attachment over 10 MB answered $code, expected 413 from nginx"
step "8. the attachment route takes 10 MB through nginx (the hub's 401), one byte more is refused with 413"
echo "e2e: all 8 properties hold"
