#!/usr/bin/env bash
# Installs the Debian 12 packages Yeonpyo needs to build, test and run (as root or through sudo).
set -euo pipefail

packages=(
  # toolchain
  g++ cmake ninja-build pkg-config git
  # libraries
  qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins
  libgl-dev libicu-dev libsqlite3-dev libgumbo-dev nlohmann-json3-dev
  # tests and benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev poppler-utils xvfb xauth python3
  # the installable package: build it, validate its desktop files, install it on a fresh Debian
  dpkg-dev desktop-file-utils appstream shared-mime-info man-db debootstrap
  # the Dask test of scripts/dask-ingest.py (extract on a cluster)
  python3-distributed
  # Hangul on screen and in exported images
  fonts-noto-cjk
)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "yeonpyo: all build dependencies are installed."
  exit 0
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "yeonpyo: run this as root or install sudo." >&2; exit 1; }
  as_root=(sudo)
fi
echo "yeonpyo: installing ${missing[*]}"
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
