#!/usr/bin/env bash
# Builds the Debian packages from a build directory and checks them as a distribution would:
# desktop-file-validate and appstreamcli on the desktop entry and the metainfo, lintian on both packages
# (no errors allowed), and a look inside each package for the files a user needs.
# Usage: installer/check-packages.sh BUILD_DIR
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="$(cd "$1" && pwd)"
OUT="$BUILD/packages"

desktop-file-validate "$ROOT/installer/linux/id.rabeg.Rabeg.desktop"
appstreamcli validate --no-net --pedantic "$ROOT/installer/linux/id.rabeg.Rabeg.metainfo.xml"

rm -rf "$OUT" && mkdir -p "$OUT"
(cd "$OUT" && cpack -G DEB --config "$BUILD/CPackConfig.cmake" -B "$OUT" >"$OUT/cpack.log" 2>&1) || {
  tail -n 30 "$OUT/cpack.log"; exit 1; }

status=0
for package in rabeg rabeg-hub; do
  deb=$(ls "$OUT"/${package}_*.deb)
  contents=$(dpkg-deb --contents "$deb")
  case $package in
    rabeg) needed=(./usr/bin/rabeg ./usr/share/applications/id.rabeg.Rabeg.desktop
                   ./usr/share/metainfo/id.rabeg.Rabeg.metainfo.xml
                   ./usr/share/icons/hicolor/scalable/apps/id.rabeg.Rabeg.svg ./usr/share/doc/rabeg/copyright) ;;
    rabeg-hub) needed=(./usr/bin/rabeg-hub ./lib/systemd/system/rabeg-hub@.service ./etc/default/rabeg-hub
                       ./usr/share/doc/rabeg-hub/examples/nginx/rabeg-hub.conf ./usr/share/doc/rabeg-hub/copyright) ;;
  esac
  for path in "${needed[@]}"; do
    grep -q " $path\$" <<<"$contents" || { echo "check-packages: $package lacks $path"; status=1; }
  done
  # lintian prints E: lines for errors; warnings are shown but do not fail the check.
  lintian --tag-display-limit 0 "$deb" >"$OUT/$package.lintian" 2>&1 || true
  cat "$OUT/$package.lintian"
  if grep -q '^E:' "$OUT/$package.lintian"; then
    echo "check-packages: lintian found errors in $package"
    status=1
  fi
done
[ $status -eq 0 ] && echo "check-packages: rabeg and rabeg-hub packages are complete and lintian-clean (no errors)"
exit $status
