#!/usr/bin/env python3
"""TempEval-3 style evaluation of Yeonpyo's English time tagger on TimeML files (e.g. TimeBank).

Runs `yeonpyo-cli timex --jsonl --format timeml` once over every document (its DCT as the
reference date), reads the system's inline <TIMEX3> tags back and scores them against the gold
TIMEX3 tags of each file's <TEXT>, the way TempEval-3 does:

  strict span   system and gold cover exactly the same characters
  relaxed span  they overlap (one-to-one)
  value         relaxed match and the same value (TempEval-3's attribute F1 = relaxed F1 x accuracy)
  type          accuracy of the type over relaxed matches

Yeonpyo's values are mapped to TimeML's conventions by the CLI (core/temporal/timeml.cpp): a part
of day joins the value ("1998-01-08TEV"), a range is written as its start. The corpus is read from
where it lies and never copied.

To guard against fitting rules to the corpus, its documents fall into two halves by a hash of
their file names (half "a" and half "b"); `--halves` prints the figures of each half beside the
whole, and `--half a|b` scores (and lists the errors of) one half only.

usage: scripts/eval-timebank.py [--cli PATH] [--errors [--context N]] [--halves] [--half a|b] [--limit N] TIMEML_DIR
"""

import argparse
import glob
import hashlib
import html
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

DEFAULT_CLI = os.path.join(os.path.dirname(__file__), "..", "build", "release", "app", "cli",
                           "yeonpyo-cli")


class Timex:
    def __init__(self, begin, end, text, kind, value):
        self.begin, self.end, self.text, self.type, self.value = begin, end, text, kind, value

    def __repr__(self):
        return f"{self.text!r} {self.type} {self.value}"


def read_gold(path):
    """(document creation date, plain text of <TEXT>, gold timexes with code point offsets)."""
    root = ElementTree.parse(path).getroot()
    dct = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            dct = timex.get("value", "")[:10]
            break
    body = root.find("TEXT")
    if body is None:
        raise ValueError(f"{path} has no <TEXT>")
    parts, gold = [], []
    length = 0

    def walk(element):
        nonlocal length
        begin = length
        if element.text:
            parts.append(element.text)
            length += len(element.text)
        for child in element:
            walk(child)
            if child.tail:
                parts.append(child.tail)
                length += len(child.tail)
        if element.tag == "TIMEX3" and length > begin:
            gold.append(Timex(begin, length, "".join(parts)[begin:length], element.get("type"),
                              element.get("value", "")))

    walk(body)
    text = "".join(parts)
    return dct, text, sorted(gold, key=lambda t: t.begin)


TAG = re.compile(r'<TIMEX3 tid="[^"]*" type="([^"]*)" value="([^"]*)"[^>]*>(.*?)</TIMEX3>', re.S)


def read_system(markup):
    """Timexes of the CLI's TimeML output, with offsets into its unescaped text."""
    found, plain, at = [], [], 0
    length = 0
    for match in TAG.finditer(markup):
        before = html.unescape(markup[at:match.start()])
        plain.append(before)
        length += len(before)
        inner = html.unescape(match.group(3))
        found.append(Timex(length, length + len(inner), inner, match.group(1),
                           html.unescape(match.group(2))))
        plain.append(inner)
        length += len(inner)
        at = match.end()
    plain.append(html.unescape(markup[at:]))
    return "".join(plain), found


def run_cli(cli, documents):
    lines = [json.dumps({"id": name, "text": text, "reference_date": dct, "lang": "en"})
             for name, (dct, text, _) in documents.items()]
    result = subprocess.run([cli, "timex", "--jsonl", "--format", "timeml", "--timezone", "UTC"],
                            input="\n".join(lines) + "\n", capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"eval-timebank: {cli} failed: {result.stderr.strip()}")
    return {row["id"]: row["timeml"] for row in map(json.loads, result.stdout.splitlines())}


def half_of(name):
    """"a" or "b": the half a document falls in, by the first byte of its name's MD5."""
    return "ab"[hashlib.md5(name.encode("utf-8")).digest()[0] % 2]


def overlaps(a, b):
    return a.begin < b.end and b.begin < a.end


def pair(gold, system):
    """One-to-one relaxed pairs: each gold timex with the first unused system timex it overlaps."""
    pairs, used = [], set()
    for g in gold:
        for index, s in enumerate(system):
            if index not in used and overlaps(g, s):
                pairs.append((g, s))
                used.add(index)
                break
    return pairs


def prf(correct, system, gold):
    p = correct / system if system else 0.0
    r = correct / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("directory", help="folder of TimeML (.tml) files")
    parser.add_argument("--cli", default=DEFAULT_CLI, help="path of yeonpyo-cli")
    parser.add_argument("--errors", action="store_true", help="list every error")
    parser.add_argument("--context", type=int, default=0,
                        help="with --errors, show N characters of text around each error")
    parser.add_argument("--halves", action="store_true", help="also score each half")
    parser.add_argument("--half", choices="ab", help="score one half only")
    parser.add_argument("--limit", type=int, default=0, help="read only the first N files")
    arguments = parser.parse_args()

    paths = sorted(glob.glob(os.path.join(arguments.directory, "*.tml")))
    if arguments.limit:
        paths = paths[:arguments.limit]
    if not paths:
        sys.exit(f"eval-timebank: no .tml files in {arguments.directory}")
    documents = {os.path.basename(path): read_gold(path) for path in paths}
    outputs = run_cli(arguments.cli, documents)

    if arguments.half:
        documents = {name: doc for name, doc in documents.items()
                     if half_of(name) == arguments.half}
    totals, errors = score(documents, outputs)
    if arguments.errors:
        for kind, name, dct, g, s in errors:
            print(f"{kind:6} {name} (DCT {dct}): gold {g!r}  system {s!r}")
            if arguments.context:
                text, at = documents[name][1], (g or s)
                around = text[max(0, at.begin - arguments.context):at.end + arguments.context]
                print("       … " + " ".join(around.split()) + " …")
        print()
    label = f"half {arguments.half}: " if arguments.half else ""
    print(f"{label}{len(documents)} documents, {totals['gold']} gold and {totals['system']} system timexes")
    report(totals)
    if arguments.halves and not arguments.half:
        for half in "ab":
            part = {name: doc for name, doc in documents.items() if half_of(name) == half}
            half_totals, _ = score(part, outputs)
            print(f"\nhalf {half}: {len(part)} documents, {half_totals['gold']} gold and "
                  f"{half_totals['system']} system timexes")
            report(half_totals)


def score(documents, outputs):
    """Counts over the documents and the list of errors (kind, name, DCT, gold, system)."""
    totals = dict(gold=0, system=0, strict=0, relaxed=0, value=0, type=0)
    errors = []
    for name, (dct, text, gold) in documents.items():
        plain, system = read_system(outputs[name])
        if plain != text:
            sys.exit(f"eval-timebank: the CLI's text of {name} differs from the input")
        pairs = pair(gold, system)
        paired_system = {id(s) for _, s in pairs}
        paired_gold = {id(g) for g, _ in pairs}
        totals["gold"] += len(gold)
        totals["system"] += len(system)
        totals["relaxed"] += len(pairs)
        for g, s in pairs:
            totals["strict"] += g.begin == s.begin and g.end == s.end
            totals["value"] += g.value == s.value
            totals["type"] += g.type == s.type
            if g.value != s.value:
                errors.append(("value", name, dct, g, s))
            elif (g.begin, g.end) != (s.begin, s.end):
                errors.append(("span", name, dct, g, s))
        errors += [("missed", name, dct, g, None) for g in gold if id(g) not in paired_gold]
        errors += [("extra", name, dct, None, s) for s in system if id(s) not in paired_system]
    return totals, errors


def report(totals):
    g, n = totals["gold"], totals["system"]
    for label, key in (("strict span", "strict"), ("relaxed span", "relaxed"), ("value", "value")):
        p, r, f = prf(totals[key], n, g)
        print(f"{label:13} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    accuracy = totals["type"] / totals["relaxed"] if totals["relaxed"] else 0.0
    print(f"type accuracy {accuracy:.3f} over {totals['relaxed']} relaxed matches")

if __name__ == "__main__":
    main()
