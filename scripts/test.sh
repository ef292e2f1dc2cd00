#!/usr/bin/env bash
# Sets up everything, builds, and runs every test through CTest (unit, integration, UI offscreen, checks).
# Usage: scripts/test.sh [extra ctest arguments]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${RABEG_BUILD_DIR:-$ROOT/build}"
"$ROOT/scripts/setup.sh"

export QT_QPA_PLATFORM=offscreen
export RABEG_NO_DIALOGS=1
status=0
ctest --test-dir "$BUILD" --output-on-failure -j "$(nproc)" "$@" || status=$?

# The libFuzzer targets (JSON codec, command validator, hub request handling), sanitized, from their committed
# seed corpus: RABEG_FUZZ_SECONDS each (60 by default; 0 skips them, e.g. for a quick local run).
FUZZ_SECONDS="${RABEG_FUZZ_SECONDS:-60}"
if [ "$FUZZ_SECONDS" != 0 ]; then
  "$ROOT/scripts/fuzz.sh" "$FUZZ_SECONDS" || status=1
fi
exit $status
