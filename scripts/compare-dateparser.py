#!/usr/bin/python3
"""Yeonpyo's temporal engine side by side with Debian's python3-dateparser (search_dates).

Two measurements, both printed for each tool:
  1. the case table tests/core/temporal/cases.tsv (the same rows the C++ test reads): hit rate
     on the expected expressions, false alarms on the negative rows, and time;
  2. generated Korean and English news text (made by timex_eval from word lists): speed in MB/s
     and the share of inserted time expressions each tool finds.

Yeonpyo runs through the helper tests/bench/timex_eval (build it with
`cmake --build BUILD --target timex_eval`). Times are CPU seconds of one core.

Usage: scripts/compare-dateparser.py [--timex-eval PATH] [--bytes N] [--dateparser-bytes N]
"""

import argparse
import datetime
import glob
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import warnings

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join(REPO, "tests", "core", "temporal", "cases.tsv")
CALENDAR_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?$")
NEWS_REFERENCE = datetime.datetime(2024, 2, 28, 12, 0)

warnings.filterwarnings("ignore")
from dateparser.search import search_dates  # noqa: E402  (after silencing pytz warnings)


def find_timex_eval(given):
    if given:
        return given
    found = sorted(glob.glob(os.path.join(REPO, "build", "*", "tests", "bench", "timex_eval")),
                   key=os.path.getmtime, reverse=True)
    if not found:
        sys.exit("timex_eval was not found; build it (cmake --build BUILD --target timex_eval) "
                 "or pass --timex-eval PATH.")
    return found[0]


def run_json(command):
    return json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)


def load_cases(path):
    """Rows of cases.tsv, read the way tests/core/temporal/case_table.cpp reads them."""
    cases = []
    with open(path, encoding="utf-8") as table:
        for number, row in enumerate(table, start=1):
            row = row.rstrip("\n")
            if not row or row.startswith("#"):
                continue
            category, lang, reference, text, expected = row.split("\t")
            items = []
            if expected != "-":
                for item in expected.split(" | "):
                    span, resolution = item.split(" => ")
                    words = resolution.split()
                    value, _, end_value = words[0].partition("..")
                    items.append({"text": span, "value": value, "end_value": end_value,
                                  "time_of_day": next((w[1:] for w in words if w.startswith("@")), "")})
            cases.append({"line": number, "category": category, "lang": lang, "reference": reference,
                          "text": text, "expected": items})
    return cases


def locate(text, items):
    """Code point spans of expected items, each searched after the previous one."""
    spans, start = [], 0
    for item in items:
        begin = text.find(item["text"], start)
        spans.append((begin, begin + len(item["text"])))
        start = begin + len(item["text"])
    return spans


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def at_granularity(moment, expected_value):
    """A datetime written as precisely as the expected value is ("2024", "2024-02", …)."""
    full = moment.strftime("%Y-%m-%dT%H:%M")
    return full[:len(expected_value)]


def dateparser_found(text, lang, base):
    settings = {"RELATIVE_BASE": base} if base else {}
    results = search_dates(text, languages=[lang], settings=settings) or []
    found, start = [], 0
    for substring, moment in results:
        begin = text.find(substring, start)
        if begin < 0:
            begin = text.find(substring)
        found.append({"begin": begin, "end": begin + len(substring), "moment": moment})
        start = max(start, begin + len(substring))
    return found


def score_table(cases, yeonpyo_rows, dateparser_rows):
    """Per tool and language: hits on all expected expressions and on calendar values only,
    false alarms on negative rows, and (Yeonpyo) rows exactly right."""
    stats = {}
    for case in cases:
        for scope in (case["lang"], "all"):
            stats.setdefault(scope, {"expected": 0, "calendar": 0, "negative_rows": 0, "rows": 0,
                                     "yeonpyo": {"hits": 0, "calendar_hits": 0, "false_alarms": 0, "exact_rows": 0},
                                     "dateparser": {"hits": 0, "calendar_hits": 0, "false_alarms": 0}})
        ours = yeonpyo_rows[case["line"]]
        theirs = dateparser_rows[case["line"]]
        spans = locate(case["text"], case["expected"])
        exact = len(ours) == len(case["expected"]) and all(
            f["text"] == e["text"] and f["value"] == e["value"] and f["end_value"] == e["end_value"]
            and f["time_of_day"] == e["time_of_day"] for f, e in zip(ours, case["expected"]))
        for scope in (case["lang"], "all"):
            s = stats[scope]
            s["rows"] += 1
            s["yeonpyo"]["exact_rows"] += exact
            if not case["expected"]:
                s["negative_rows"] += 1
                s["yeonpyo"]["false_alarms"] += len(ours)
                s["dateparser"]["false_alarms"] += len(theirs)
            for item, span in zip(case["expected"], spans):
                calendar = bool(CALENDAR_VALUE.match(item["value"]))
                ours_hit = any(overlaps(span, (f["begin"], f["end"])) and f["value"] == item["value"] for f in ours)
                theirs_hit = calendar and any(
                    overlaps(span, (f["begin"], f["end"])) and at_granularity(f["moment"], item["value"]) == item["value"]
                    for f in theirs)
                s["expected"] += 1
                s["calendar"] += calendar
                s["yeonpyo"]["hits"] += ours_hit
                s["yeonpyo"]["calendar_hits"] += ours_hit and calendar
                s["dateparser"]["hits"] += theirs_hit
                s["dateparser"]["calendar_hits"] += theirs_hit
    return stats


def line(label, yeonpyo, dateparser=""):
    print(f"  {label:<50}{yeonpyo:>12}{dateparser:>12}")


def percent(part, whole):
    return f"{100.0 * part / whole:5.1f}%" if whole else "   n/a"


def compare_table(timex_eval):
    cases = load_cases(CASES)
    ours = run_json([timex_eval, "cases", CASES])
    yeonpyo_rows = {row["line"]: row["found"] for row in ours["rows"]}
    dateparser_rows = {}
    started = time.process_time()
    for case in cases:
        base = None
        if case["reference"] != "-":
            base = datetime.datetime.strptime(case["reference"], "%Y-%m-%d").replace(hour=12)
        dateparser_rows[case["line"]] = dateparser_found(case["text"], case["lang"], base)
    dateparser_seconds = time.process_time() - started
    stats = score_table(cases, yeonpyo_rows, dateparser_rows)
    print(f"Case table {os.path.relpath(CASES, REPO)}: {stats['all']['rows']} rows, "
          f"{stats['all']['expected']} expected expressions ({stats['all']['calendar']} calendar values), "
          f"{stats['all']['negative_rows']} negative rows")
    line("", "Yeonpyo", "dateparser")
    for scope in ("ko", "en", "all"):
        s = stats[scope]
        y, d = s["yeonpyo"], s["dateparser"]
        line(f"[{scope}] hit rate, all {s['expected']} expressions", percent(y["hits"], s["expected"]),
             percent(d["hits"], s["expected"]))
        line(f"[{scope}] hit rate, {s['calendar']} calendar values", percent(y["calendar_hits"], s["calendar"]),
             percent(d["calendar_hits"], s["calendar"]))
        line(f"[{scope}] false alarms on {s['negative_rows']} negative rows", str(y["false_alarms"]),
             str(d["false_alarms"]))
        line(f"[{scope}] rows exactly right", percent(y["exact_rows"], s["rows"]))
    line("CPU seconds for the whole table", f"{ours['seconds']:.4f}", f"{dateparser_seconds:.4f}")


def detected(spans, found):
    return sum(any(overlaps(span, (f["begin"], f["end"])) for f in found) for span in spans)


def compare_news(timex_eval, lang, size, dateparser_size):
    news = run_json([timex_eval, "generate", lang, str(dateparser_size)])
    text, spans = news["text"], [tuple(span) for span in news["spans"]]
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as sample:
        sample.write(text)
    try:
        ours = run_json([timex_eval, "tag", lang, "2024-02-28", sample.name])
    finally:
        os.unlink(sample.name)
    started = time.process_time()
    theirs, offset = [], 0
    for paragraph in text.split("\n\n"):
        for found in dateparser_found(paragraph, lang, NEWS_REFERENCE):
            theirs.append({"begin": found["begin"] + offset, "end": found["end"] + offset})
        offset += len(paragraph) + 2
    dateparser_seconds = time.process_time() - started
    sample_bytes = len(text.encode("utf-8"))
    speed = run_json([timex_eval, "speed", lang, str(size), "3"])
    print(f"Generated {'Korean' if lang == 'ko' else 'English'} news")
    line("", "Yeonpyo", "dateparser")
    line(f"speed on the same {sample_bytes / 1000:.0f} kB sample (MB/s)",
         f"{sample_bytes / 1e6 / max(ours['seconds'], 1e-9):.2f}", f"{sample_bytes / 1e6 / dateparser_seconds:.4f}")
    line(f"speed on {speed['bytes'] / 1e6:.1f} MB (MB/s)", f"{speed['mb_per_s']:.2f}")
    line(f"inserted expressions found ({len(spans)} in the sample)", percent(detected(spans, ours["found"]), len(spans)),
         percent(detected(spans, theirs), len(spans)))
    line("expressions reported in the sample", str(len(ours["found"])), str(len(theirs)))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--timex-eval", help="path of the timex_eval helper")
    parser.add_argument("--bytes", type=int, default=4_000_000, help="generated text for Yeonpyo's speed")
    parser.add_argument("--dateparser-bytes", type=int, default=50_000,
                        help="sample of generated text both tools read (dateparser is slow)")
    args = parser.parse_args()
    timex_eval = find_timex_eval(args.timex_eval)
    compare_table(timex_eval)
    for lang in ("ko", "en"):
        print()
        compare_news(timex_eval, lang, args.bytes, args.dateparser_bytes)


if __name__ == "__main__":
    main()
