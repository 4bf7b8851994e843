#!/usr/bin/env bash
# Runs the CLI on the real articles in ../shared/corpus (outside the project) and prints their events.
# Usage: scripts/check-corpus.sh [BUILD_DIR]   (default: build/release; needs yeonpyo-cli built)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
corpus="$root/../shared/corpus"
cli="${1:-$root/build/release}/app/cli/yeonpyo-cli"

if [[ ! -d "$corpus" ]]; then
  echo "No corpus at $corpus: nothing to check (it lives outside the project)."
  exit 0
fi
if [[ ! -x "$cli" ]]; then
  echo "No yeonpyo-cli at $cli: build it first, or pass the build directory." >&2
  exit 1
fi

db="$(mktemp --suffix=.yeonpyo)"
trap 'rm -f "$db"' EXIT
rm -f "$db"
shopt -s nullglob
for article in "$corpus"/*.txt "$corpus"/*.html "$corpus"/*.md; do
  echo "== $(basename "$article")"
  "$cli" ingest --db "$db" --reference-date 2024-02-28 --timezone Asia/Seoul "$article"
done
"$cli" events --db "$db" --format json
