#!/usr/bin/env python3
"""scripts/dask-ingest.py on a local two-worker Dask cluster gives the document a serial
`yeonpyo-cli ingest` of the same articles gives (compared through `events --format json`, ids
replaced by what they stand for).

usage: dask_ingest_test.py YEONPYO_CLI SOURCE_DIR
"""

import json
import os
import subprocess
import sys
import tempfile

PEOPLE = ["김민준", "이서연", "박지호", "최수아", "정도윤", "강하은", "조예준", "윤지우"]
CITIES = ["부산", "대구", "광주", "대전", "울산", "수원", "전주", "춘천"]
OUTLETS = ["시험일보", "연습신문", "가상통신"]


def article(story, outlet):
    """Story `story` as outlet `outlet` reports it: the same meeting and visit, its own words."""
    host, guest = PEOPLE[story % len(PEOPLE)], PEOPLE[(story + 3) % len(PEOPLE)]
    city, day = CITIES[story % len(CITIES)], story % 27 + 1
    lead = [f"{host} 대표는 2024년 4월 {day}일 오후 {city}에서 {guest} 사장과 만나 협력 방안을 논의했다.",
            f"{host} 대표가 2024년 4월 {day}일 오후 {city}에서 {guest} 사장을 만나 협력을 논의했다.",
            f"2024년 4월 {day}일 오후 {city}에서 {host} 대표와 {guest} 사장이 만나 협력 방안을 논의했다."]
    return (f"{city} 협력 논의 {story}보 ({OUTLETS[outlet]})\n\n{lead[outlet]} "
            f"두 사람은 다음 날 오전 {city} 시청을 방문할 예정이다.\n\n"
            f"<{OUTLETS[outlet]} 기사 {story}-{outlet}>\n")


def comparable(events_json):
    """The export with every id replaced: events by sequence, articles by URL-less title."""
    data = json.loads(events_json)
    article_of = {a["id"]: (a["title"], a["source"]) for a in data["articles"]}
    sequence_of = {e["id"]: e["sequence"] for e in data["events"]}
    events = []
    for event in data["events"]:
        event = dict(event)
        event.pop("id")
        event["after"] = sorted(sequence_of[i] for i in event["after"])
        event["quotes"] = sorted((article_of[q["article"]], q["start"], q["end"], q["text"])
                                 for q in event["quotes"])
        for conflict in event.get("conflicts", []):
            conflict["article"] = article_of.get(conflict["article"])
        events.append(event)
    return sorted(article_of.values()), sorted(events, key=lambda e: e["sequence"])


def main():
    cli, source_dir = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory(prefix="yeonpyo-dask-test-") as scratch:
        folder = os.path.join(scratch, "articles")
        os.makedirs(folder)
        files = []
        for story in range(12):
            for outlet in range(3):
                path = os.path.join(folder, f"{story:02d}-{outlet}.txt")
                with open(path, "w", encoding="utf-8") as handle:
                    handle.write(article(story, outlet))
                files.append(path)
        serial = os.path.join(scratch, "serial.yeonpyo")
        subprocess.run([cli, "ingest", "--db", serial, *sorted(files)], check=True,
                       capture_output=True)
        distributed = os.path.join(scratch, "distributed.yeonpyo")
        script = os.path.join(source_dir, "scripts", "dask-ingest.py")
        subprocess.run([sys.executable, script, "--db", distributed, "--local-workers", "2",
                        "--cli", cli, "--shard-size", "5", folder], check=True)

        def export(db):
            return subprocess.run([cli, "events", "--db", db, "--format", "json"], check=True,
                                  capture_output=True, text=True).stdout

        expected, actual = comparable(export(serial)), comparable(export(distributed))
        events = len(expected[1])
        if actual != expected:
            print("the distributed document differs from the serial one", file=sys.stderr)
            print(json.dumps(expected, ensure_ascii=False, indent=1)[:3000], file=sys.stderr)
            print(json.dumps(actual, ensure_ascii=False, indent=1)[:3000], file=sys.stderr)
            return 1
        if events < 12 or sum(len(e["quotes"]) for e in expected[1]) < 36:
            print(f"too few events or quotes to show merging ({events})", file=sys.stderr)
            return 1
        print(f"dask ingest of {len(files)} articles equals serial ingest: {events} events")
        return 0


if __name__ == "__main__":
    sys.exit(main())
