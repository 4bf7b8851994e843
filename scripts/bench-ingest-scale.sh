#!/usr/bin/env bash
# The ingest and import figures of issue #13 (README, Performance): builds its data with
# scripts/generate-events.py and the bundled seed story, runs each case once under
# /usr/bin/time -v and prints wall time, CPU time and peak memory (and MB/s where a size is known).
#
#   scripts/bench-ingest-scale.sh [CASE...]      # cases: copies articles big one articles-big json
#
# CLI (default build/release/app/cli/yeonpyo-cli) and WORK (default a fresh temporary folder,
# kept for a look afterwards) can be set. `big` builds the 1,000,000-event document the last
# three cases ingest into; run it first (or the cases that need it build it).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
CLI=${CLI:-$ROOT/build/release/app/cli/yeonpyo-cli}
WORK=${WORK:-$(mktemp -d /tmp/yeonpyo-bench.XXXXXX)}
GENERATE="python3 $ROOT/scripts/generate-events.py"
SEED="$ROOT/resources/samples/zuckerberg-seoul-2024-ko.txt"
mkdir -p "$WORK"

# measure LABEL BYTES COMMAND...: one run, its figures on one line (BYTES 0: no rate).
measure() {
    local label=$1 bytes=$2
    shift 2
    /usr/bin/time -v "$@" >"$WORK/out.txt" 2>"$WORK/time.txt" || {
        echo "$label: failed"; tail -3 "$WORK/time.txt"; return 1; }
    awk -v label="$label" -v bytes="$bytes" -F': ' '
        /Elapsed \(wall clock\)/ { n = split($2, p, ":"); wall = (n == 3) ? p[1]*3600 + p[2]*60 + p[3] : p[1]*60 + p[2] }
        /User time/ { user = $2 } /System time/ { sys = $2 }
        /Maximum resident set size/ { rss = $2 / 1024 }
        END {
            line = sprintf("%s: %.2f s wall, %.2f s CPU, %.0f MB peak", label, wall, user + sys, rss)
            if (bytes > 0 && wall > 0) line = line sprintf(", %.1f MB/s (wall)", bytes / 1e6 / wall)
            print line
        }' "$WORK/time.txt"
}

bytes_of() { du -cb "$@" | tail -1 | cut -f1; }

copies() {  # 1,000 syndicated copies of the seed story, each with its own credit line
    mkdir -p "$WORK/copies"
    for i in $(seq 1 1000); do
        { cat "$SEED"; printf '\n<재배포 %d호 ⓒ 시험통신>\n' "$i"; } >"$WORK/copies/copy-$i.txt"
    done
    rm -f "$WORK/copies.yeonpyo"
    measure "1,000 syndicated copies, ingest" "$(bytes_of "$WORK/copies")" \
        "$CLI" ingest --db "$WORK/copies.yeonpyo" "$WORK/copies"
    "$CLI" events --db "$WORK/copies.yeonpyo" --format json | python3 -c \
        'import json, sys; d = json.load(sys.stdin); print("  events:", len(d["events"]),
         "articles:", len(d["articles"]), "copies:", sum(len(a.get("copies", [])) for a in d["articles"]))'
}

make_articles() {
    [ -d "$WORK/articles" ] || $GENERATE --events 100000 articles "$WORK/articles"
}

articles() {  # 10,000 distinct generated articles into an empty document
    make_articles
    rm -f "$WORK/articles.yeonpyo"
    measure "10,000 articles, ingest into an empty document" "$(bytes_of "$WORK/articles")" \
        "$CLI" ingest --db "$WORK/articles.yeonpyo" "$WORK/articles"
}

big() {  # 1,000,000 events from JSON Lines into an empty document
    [ -f "$WORK/events-1m.jsonl" ] || $GENERATE --events 1000000 jsonl "$WORK/events-1m.jsonl"
    rm -f "$WORK/big.yeonpyo"
    measure "1,000,000 events, import of JSON Lines" "$(bytes_of "$WORK/events-1m.jsonl")" \
        "$CLI" import --db "$WORK/big.yeonpyo" "$WORK/events-1m.jsonl"
}

need_big() { [ -f "$WORK/big.yeonpyo" ] || big; }

one() {  # the seed story into the 1,000,000-event document
    need_big
    cp "$WORK/big.yeonpyo" "$WORK/big-one.yeonpyo"
    measure "one article into 1,000,000 events, ingest" "$(bytes_of "$SEED")" \
        "$CLI" ingest --db "$WORK/big-one.yeonpyo" "$SEED"
    rm -f "$WORK/big-one.yeonpyo"*
}

articles-big() {  # 10,000 distinct articles into the 1,000,000-event document
    need_big
    make_articles
    cp "$WORK/big.yeonpyo" "$WORK/big-articles.yeonpyo"
    measure "10,000 articles, ingest into 1,000,000 events" "$(bytes_of "$WORK/articles")" \
        "$CLI" ingest --db "$WORK/big-articles.yeonpyo" "$WORK/articles"
    rm -f "$WORK/big-articles.yeonpyo"*
}

json() {  # the 84 MB file of 200,000 events
    [ -f "$WORK/events-200k.json" ] || $GENERATE --events 200000 json "$WORK/events-200k.json"
    rm -f "$WORK/json.yeonpyo"
    measure "200,000 events, import of one JSON file" "$(bytes_of "$WORK/events-200k.json")" \
        "$CLI" import --db "$WORK/json.yeonpyo" "$WORK/events-200k.json"
}

echo "work folder: $WORK; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for case in "${@:-copies articles big one articles-big json}"; do
    for name in $case; do "$name"; done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
