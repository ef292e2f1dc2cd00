#!/usr/bin/env bash
# Lints docs/api/openapi.yaml with the linter pinned in package-lock.json (Redocly CLI), installed once into
# the build directory with `npm ci` (the npm registry is reachable; nothing is installed globally).
# Usage: tools/openapi-lint/lint.sh BUILD_DIR
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
WORK="$1/openapi-lint"
mkdir -p "$WORK"
if ! cmp -s "$HERE/package-lock.json" "$WORK/package-lock.json" || [ ! -x "$WORK/node_modules/.bin/redocly" ]; then
  cp "$HERE/package.json" "$HERE/package-lock.json" "$WORK/"
  (cd "$WORK" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
exec "$WORK/node_modules/.bin/redocly" lint --config "$HERE/redocly.yaml" --format=stylish "$ROOT/docs/api/openapi.yaml"
