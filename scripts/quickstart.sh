#!/usr/bin/env bash
# The README's two commands: `view` installs, builds and opens the viewer on the bundled sample
# timeline; `test` installs, builds and runs every test, then the core's tests under ASan and
# UBSan (what CI runs through .ci/run; YEONPYO_SKIP_ASAN=1 leaves the sanitizer stage out).
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-view}
preset=release
jobs=$(nproc 2>/dev/null || echo 2)

scripts/install-deps.sh
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j "$jobs"

case "$mode" in
  view)
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      echo "yeonpyo: built build/$preset/app/gui/yeonpyo, but no display is available to open it." >&2
      echo "yeonpyo: run it on a desktop, or try: xvfb-run -a build/$preset/app/gui/yeonpyo" >&2
      exit 1
    fi
    exec "build/$preset/app/gui/yeonpyo"
    ;;
  test)
    export QT_QPA_PLATFORM=offscreen
    ctest --preset "$preset" -j "$jobs" --timeout 600
    if [ "${YEONPYO_SKIP_ASAN:-0}" != 1 ]; then
      cmake --preset asan-core >/dev/null
      cmake --build --preset asan-core -j "$jobs"
      ctest --preset asan-core -j "$jobs" --timeout 600
    fi
    ;;
  *)
    echo "usage: scripts/quickstart.sh [view|test]" >&2
    exit 2
    ;;
esac
