#!/usr/bin/env bash
# Sets up everything, then runs the Rabeg command center with demo data.
# Usage: scripts/run.sh [options passed to rabeg, e.g. --language en]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${RABEG_BUILD_DIR:-$ROOT/build}"
RABEG_NINJA_TARGETS="rabeg rabeg-hub" "$ROOT/scripts/setup.sh"

DATA="${XDG_DATA_HOME:-$HOME/.local/share}/rabeg-demo"
mkdir -p "$DATA"
ARGS=(--cache "$DATA/demo-cache.sqlite" --demo 2000 "$@")

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  # No screen here (a server, a container): run it on a virtual one and show what it drew.
  SHOT="$DATA/rabeg-screenshot.png"
  echo "run: no display found; starting Rabeg under Xvfb and saving a picture of its window to $SHOT"
  xvfb-run -a -s "-screen 0 1366x860x24" "$BUILD/ui/rabeg" "${ARGS[@]}" --screenshot "$SHOT"
  echo "run: Rabeg started and drew its inbox; see $SHOT"
else
  exec "$BUILD/ui/rabeg" "${ARGS[@]}"
fi
