#!/usr/bin/env python3
"""The real-article development set: normalises restored texts, checks them against the manifest
and turns an annotator's notes (with evidence as substrings of the local text) into gold files
whose quotes are code point offsets plus a short hash, so that no article text is committed.

  real_set.py normalise ID...   rewrite real-texts/ID.txt in the set's normal form
  real_set.py check [ID...]     say which texts are missing or differ from the manifest
  real_set.py hash ID...        print each text's SHA-256 and length in code points
  real_set.py gold ID...        real-texts/ann/ID.json -> tests/fixtures/real/gold/ID.gold.json
  real_set.py add ID LANG OUTLET STORY URL PUBLISHED QUERY [text|url|inferred]
                                normalise real-texts/ID.txt and add its row to the manifest

Run from the repository root or anywhere inside it.
"""
import hashlib
import json
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TEXTS = ROOT / "real-texts"
NOTES = TEXTS / "ann"
FIXTURES = ROOT / "tests" / "fixtures" / "real"
MANIFEST = FIXTURES / "manifest.tsv"
GOLD = FIXTURES / "gold"

KINDS = {"meeting", "meal", "visit", "speech", "departure", "arrival", "announcement", "other"}
STATUSES = {"happened", "planned", "reported"}
PARTS = {None, "morning", "noon", "afternoon", "evening", "night"}
PRECISIONS = {"venue", "district", "city", "region", "country"}
SHORT_HASH = 12


def normal_form(text):
    """NFC, \\n line ends, no spaces or tabs at line ends, no blank lines at either end, one
    final line break."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip(" \t") for line in text.split("\n")]
    return "\n".join(lines).strip("\n") + "\n"


def sha256(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_manifest():
    rows = {}
    with open(MANIFEST, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            if line.strip():
                row = dict(zip(header, line.rstrip("\n").split("\t")))
                rows[row["id"]] = row
    return rows


def text_of(article):
    return (TEXTS / f"{article}.txt").read_text(encoding="utf-8")


def normalise(ids):
    for article in ids:
        path = TEXTS / f"{article}.txt"
        text = normal_form(path.read_text(encoding="utf-8"))
        path.write_text(text, encoding="utf-8", newline="\n")
        print(f"{article}\t{sha256(text)}\t{len(text)}")


def check(ids):
    rows = read_manifest()
    bad = 0
    for article in ids or sorted(rows):
        row = rows[article]
        path = TEXTS / f"{article}.txt"
        if not path.exists():
            print(f"{article}: missing (restore it with the query in the manifest)")
            bad += 1
            continue
        text = path.read_text(encoding="utf-8")
        if sha256(text) != row["sha256"]:
            print(f"{article}: differs from the manifest ({len(text)} code points, "
                  f"manifest {row['length']})")
            bad += 1
    print(f"{len(ids or rows) - bad} of {len(ids or rows)} texts present and unchanged")
    return 1 if bad else 0


def find_span(text, evidence, article):
    """Code point span of a quote: "words" (must occur once) or ["words", n] (n-th occurrence)."""
    needle, nth = (evidence, 0) if isinstance(evidence, str) else (evidence[0], evidence[1] - 1)
    starts = []
    at = text.find(needle)
    while at >= 0:
        starts.append(at)
        at = text.find(needle, at + 1)
    if not starts:
        sys.exit(f"{article}: quote not in the text: {needle!r}")
    if isinstance(evidence, str) and len(starts) > 1:
        sys.exit(f"{article}: quote occurs {len(starts)} times, say which: {needle!r}")
    if nth >= len(starts):
        sys.exit(f"{article}: quote occurs only {len(starts)} times: {needle!r}")
    start = starts[nth]
    return start, start + len(needle)


def gold_place(place, article):
    if place is None:
        return None
    name, lat, lon, precision = place
    if precision not in PRECISIONS:
        sys.exit(f"{article}: unknown place precision {precision!r}")
    return {"name": name, "lat": lat, "lon": lon, "precision": precision}


def gold_event(number, note, text, article):
    kind, status, part = note["k"], note.get("s", "happened"), note.get("t")
    if kind not in KINDS or status not in STATUSES or part not in PARTS:
        sys.exit(f"{article}: event {number}: bad kind, status or part of day")
    quotes = []
    for evidence in note["q"]:
        start, end = find_span(text, evidence, article)
        quotes.append({"start": start, "end": end, "sha": sha256(text[start:end])[:SHORT_HASH]})
    people = [{"name": p[0], "title": p[1] if len(p) > 1 else "", "org": p[2] if len(p) > 2 else ""}
              for p in note.get("who", [])]
    return {"id": number, "sequence": number, "kind": kind, "start": note["d"],
            "time_of_day": part, "status": status, "place": gold_place(note.get("p"), article),
            "participants": people, "quotes": quotes, "after": note.get("after", [])}


def write_gold(ids):
    rows = read_manifest()
    for article in ids:
        notes = json.loads((NOTES / f"{article}.json").read_text(encoding="utf-8"))
        text = text_of(article)
        if article in rows and rows[article]["sha256"] != sha256(text):
            sys.exit(f"{article}: the local text differs from the manifest's hash")
        events = [gold_event(i + 1, note, text, article) for i, note in enumerate(notes["events"])]
        lines = [json.dumps(event, ensure_ascii=False) for event in events]
        head = {"schema": "yeonpyo.events/1", "reference_date": rows[article]["published"],
                "time_zone": notes.get("tz", "Asia/Seoul"), "lang": rows[article]["lang"]}
        body = json.dumps(head, ensure_ascii=False)[:-1]
        out = body + ',\n  "events": [\n    ' + ",\n    ".join(lines) + "\n  ]\n}\n"
        (GOLD / f"{article}.gold.json").write_text(out, encoding="utf-8")
        print(f"{article}: {len(events)} events")


def print_hashes(ids):
    for article in ids:
        text = text_of(article)
        print(f"{article}\t{sha256(text)}\t{len(text)}")


COLUMNS = ["id", "lang", "outlet", "story", "url", "query", "published", "sha256", "length",
           "date_from"]


def add_row(article, lang, outlet, story, url, published, query, date_from="text"):
    if article in read_manifest():
        sys.exit(f"{article} is already in the manifest")
    normalise([article])
    text = text_of(article)
    values = dict(id=article, lang=lang, outlet=outlet, story=story, url=url, query=query,
                  published=published, sha256=sha256(text), length=str(len(text)),
                  date_from=date_from)
    if any("\t" in value or "\n" in value for value in values.values()):
        sys.exit("a manifest value holds a tab or a line break")
    with open(MANIFEST, "a", encoding="utf-8") as f:
        f.write("\t".join(values[column] for column in COLUMNS) + "\n")


def main(argv):
    if len(argv) < 2 or argv[1] not in {"normalise", "check", "hash", "gold", "add"}:
        sys.exit(__doc__)
    command, ids = argv[1], argv[2:]
    if command == "add":
        if len(ids) not in (7, 8):
            sys.exit(__doc__)
        add_row(*ids)
    elif command == "normalise":
        normalise(ids)
    elif command == "check":
        return check(ids)
    elif command == "hash":
        print_hashes(ids)
    else:
        write_gold(ids)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
