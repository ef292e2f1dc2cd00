#!/usr/bin/env bash
# Sets up everything, then runs the Rabeg command center: a hub with a demo store on loopback, and the client
# logged in as the demo operator, syncing from it.
# Usage: scripts/run.sh [options passed to rabeg, e.g. --language en]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${RABEG_BUILD_DIR:-$ROOT/build}"
RABEG_NINJA_TARGETS="rabeg rabeg-hub" "$ROOT/scripts/setup.sh"

DATA="${XDG_DATA_HOME:-$HOME/.local/share}/rabeg-demo"
mkdir -p "$DATA"
HUB_LOG="$DATA/hub.log"

# The hub: a demo store (2,000 generated complaints, demo accounts) on a free loopback port.
"$BUILD/hub/rabeg-hub" serve --store "sqlite:$DATA/hub.sqlite" --listen 127.0.0.1:0 --demo 2000 >"$HUB_LOG" 2>&1 &
HUB_PID=$!
trap 'kill "$HUB_PID" 2>/dev/null || true' EXIT
URL=""
for _ in $(seq 1 240); do
  URL="$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$HUB_LOG" | head -n1 || true)"
  [ -n "$URL" ] && break
  kill -0 "$HUB_PID" 2>/dev/null || { cat "$HUB_LOG" >&2; echo "run: the hub did not start" >&2; exit 1; }
  sleep 0.5
done
[ -n "$URL" ] || { cat "$HUB_LOG" >&2; echo "run: the hub did not start in 2 minutes" >&2; exit 1; }
echo "run: hub at $URL (log: $HUB_LOG)"

# The client, as the demo operator. The password file must be readable by its owner only.
PASSWORD_FILE="$DATA/operator.password"
( umask 077 && printf 'demo' >"$PASSWORD_FILE" )
ARGS=(--hub "$URL" --user operator --password-file "$PASSWORD_FILE" --cache "$DATA/operator-cache.sqlite" "$@")

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  # No screen here (a server, a container): run it on a virtual one and show what it drew.
  SHOT="$DATA/rabeg-screenshot.png"
  echo "run: no display found; starting Rabeg under Xvfb and saving a picture of its window to $SHOT"
  xvfb-run -a -s "-screen 0 1366x860x24" "$BUILD/ui/rabeg" "${ARGS[@]}" --screenshot "$SHOT"
  echo "run: Rabeg synced from the hub and drew its inbox; see $SHOT"
else
  "$BUILD/ui/rabeg" "${ARGS[@]}"
fi
