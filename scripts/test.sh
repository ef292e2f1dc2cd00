#!/usr/bin/env bash
# Sets up everything, builds, and runs every test through CTest (unit, integration, UI offscreen, checks).
# Usage: scripts/test.sh [extra ctest arguments]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${RABEG_BUILD_DIR:-$ROOT/build}"
"$ROOT/scripts/setup.sh"

export QT_QPA_PLATFORM=offscreen
export RABEG_NO_DIALOGS=1
ctest --test-dir "$BUILD" --output-on-failure -j "$(nproc)" "$@"
