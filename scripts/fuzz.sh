#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ with clang 14 (address and undefined-behaviour sanitizers on Rabeg's own
# code) and runs each for a while from its seed corpus in tests/fuzz/corpus/<target>.
# Usage: scripts/fuzz.sh [SECONDS per target, default 60] [TARGET ...]
# A crash leaves its input as crash-* in $RABEG_FUZZ_ARTIFACTS (default build-fuzz/artifacts) and exits non-zero.
# Longer runs: scripts/fuzz.sh 3600 fuzz_hub_request  (new inputs found go to build-fuzz/corpus/<target>).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${RABEG_FUZZ_BUILD_DIR:-$ROOT/build-fuzz}"
SECONDS_EACH="${1:-60}"
shift || true
TARGETS=("$@")
((${#TARGETS[@]})) || TARGETS=(fuzz_json fuzz_command fuzz_hub_request)
ARTIFACTS="${RABEG_FUZZ_ARTIFACTS:-$BUILD/artifacts}"

if [ ! -f "$BUILD/build.ninja" ]; then
  cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_EXE_LINKER_FLAGS="-fuse-ld=gold" \
    -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DRABEG_FUZZ=ON >/dev/null
fi
cmake --build "$BUILD" --target "${TARGETS[@]}"

mkdir -p "$ARTIFACTS"
export QT_QPA_PLATFORM=offscreen
# Qt is not instrumented: its containers' annotations would only give false reports.
export ASAN_OPTIONS="detect_leaks=0:detect_container_overflow=0:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
status=0
for target in "${TARGETS[@]}"; do
  seeds="$ROOT/tests/fuzz/corpus/$target"
  work="$BUILD/corpus/$target"
  mkdir -p "$work"
  echo "fuzz: $target for ${SECONDS_EACH}s (seeds: $(ls "$seeds" | wc -l))"
  if ! "$BUILD/fuzz/$target" -max_total_time="$SECONDS_EACH" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
       -print_final_stats=1 -artifact_prefix="$ARTIFACTS/$target-" "$work" "$seeds" 2>"$BUILD/$target.log"; then
    echo "fuzz: $target FAILED; the last lines of its log ($BUILD/$target.log):"
    tail -n 40 "$BUILD/$target.log"
    status=1
  else
    grep -E "^stat::(number_of_executed_units|new_units_added)" "$BUILD/$target.log" | sed "s/^/fuzz: $target /"
  fi
done
exit $status
