#!/usr/bin/env bash
# Sets up a Debian 12 machine for Rabeg and builds it: installs the Debian packages it needs (only those not yet
# installed, so a second run does no apt work), then configures and builds with Ninja and ccache.
# Usage: scripts/setup.sh            (as root, or with sudo available)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${RABEG_BUILD_DIR:-$ROOT/build}"

PACKAGES=(
  # toolchain
  g++ cmake ninja-build ccache pkg-config python3
  # Qt 6.4 from Debian 12 (Charts needs libqt6opengl6-dev, HttpServer needs qt6-websockets-dev)
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev
  qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql
  libqt6svg6
  # tests: Catch2 2.13 (header-only; compiled once into the test support library), a display, PDF tools
  catch2 xvfb xauth poppler-utils imagemagick fonts-dejavu-core fonts-noto-core
  # hub: password hashing; SQLite's C API (pull pages, hub/SqliteStatement.h); PostgreSQL 15, which the hub's store
  # tests start on loopback
  libsodium-dev libsqlite3-dev postgresql
  # fuzzing (scripts/fuzz.sh): clang's libFuzzer with the address and undefined-behaviour sanitizers
  clang-14 libfuzzer-14-dev
  # packaging checks (installer/check-packages.sh): dpkg-shlibdeps, lintian, desktop entry and AppStream validators
  dpkg-dev lintian desktop-file-utils appstream
  # the end-to-end test (tests/e2e): nginx with TLS in front of the hub, a CA made with openssl, curl
  nginx openssl curl
  # the session token in the OS keychain: qtkeychain, which loads libsecret at run time; the keychain tests run a
  # real Secret Service (gnome-keyring-daemon on a private bus from dbus-run-session) and ask it with secret-tool
  qtkeychain-qt6-dev libsecret-1-0 gnome-keyring dbus-daemon libsecret-tools
)

# Node.js with npm, for the pinned OpenAPI linter (tools/openapi-lint): Debian's package unless a Node.js with
# npm is there already (the CI machines carry one).
command -v npm >/dev/null 2>&1 || PACKAGES+=(nodejs npm)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

WERROR=OFF
[ "${CI:-}" = "true" ] && WERROR=ON
# The gold linker: test_workspace (200 MB with debug info) links in 9 s instead of ld.bfd's 19 s, and there are
# some 90 executables to link on a fresh 2-core machine (CI).
if [ ! -f "$BUILD/build.ninja" ]; then
  cmake -S "$ROOT" -B "$BUILD" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_EXE_LINKER_FLAGS="-fuse-ld=gold" \
    -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
    -DRABEG_WERROR="$WERROR"
else
  cmake "$BUILD" -DRABEG_WERROR="$WERROR" >/dev/null
fi
ninja -C "$BUILD" ${RABEG_NINJA_TARGETS:-}
