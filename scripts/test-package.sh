#!/usr/bin/env bash
# Builds the Debian package from the release build and installs it on a fresh, minimal Debian 12
# (../shared/tools/fresh-debian.sh: debootstrap, nothing installed), where it runs
# `yeonpyo-cli --version`, ingests and renders a sample article, and opens the viewer under Xvfb.
# usage: scripts/test-package.sh [BUILD_DIR]   (default build/release, built beforehand);
#   FRESH_DEBIAN=PATH names fresh-debian.sh (default ../shared/tools/fresh-debian.sh);
#   SCREENSHOT=FILE keeps the window's picture (default /tmp/yeonpyo-package-window.png)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
fresh=${FRESH_DEBIAN:-../shared/tools/fresh-debian.sh}
[ -x "$fresh" ] || { echo "test-package: $fresh is missing; it lays down the fresh Debian." >&2; exit 1; }
export ROOT=${ROOT:-/tmp/yeonpyo-package-root}

packages=$(mktemp -d)
trap 'rm -rf "$packages"' EXIT
(cd "$build" && cpack -G DEB -B "$packages" >/dev/null)
deb=$(ls "$packages"/yeonpyo_*.deb)
echo "test-package: built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

# A new system each time (FRESH=1), then the package copied into it.
FRESH=1 "$fresh" true
cp "$deb" "$ROOT/tmp/yeonpyo.deb"
cp resources/samples/zuckerberg-seoul-2024-en.txt "$ROOT/tmp/article.txt"
"$fresh" '
set -e
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq /tmp/yeonpyo.deb xvfb xauth >/tmp/install.log 2>&1 || { tail -20 /tmp/install.log; exit 1; }
yeonpyo-cli --version
yeonpyo-cli ingest --db /tmp/visit.yeonpyo --reference-date 2024-02-28 /tmp/article.txt
yeonpyo-cli render --db /tmp/visit.yeonpyo --map -o /tmp/visit.png
test -s /tmp/visit.png
test -f /usr/share/applications/io.github.yeonpyo.Yeonpyo.desktop
grep -q "application/x-yeonpyo-timeline" /usr/share/mime/globs2
xvfb-run -a yeonpyo /tmp/visit.yeonpyo --screenshot /tmp/window.png
test -s /tmp/window.png
echo "test-package: installed, ran the CLI and opened the viewer on a fresh Debian 12"
'
cp "$ROOT/tmp/window.png" "${SCREENSHOT:-/tmp/yeonpyo-package-window.png}"
