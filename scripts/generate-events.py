#!/usr/bin/env python3
"""Writes a large generated events file for the import benchmarks (README, Performance):

    scripts/generate-events.py --events 200000 json  events-200k.json    # about 84 MB
    scripts/generate-events.py --events 1000000 jsonl events-1m.jsonl    # extract's output form
    scripts/generate-events.py --events 100000 articles articles/        # 10,000 .txt articles

`json` is one yeonpyo.events/1 document (what `events --format json` writes: articles, then
events with a place, two participants, a quote and an `after` link). `jsonl` is one
yeonpyo.events/1 document a line, as `yeonpyo-cli extract` writes for one article: the article
with its text, and `--per-article` events quoting it. Events are 53 minutes apart and no two of
one day share people or lie within 2 km of each other, so nothing merges and the figure measures
reading and storing. `articles` writes plain-text articles for ingest (a folder of files, one
for every `--per-article` events). The output is the same for
the same arguments.
"""

import argparse
import datetime
import json
import os
import random

CITIES = [("부산", 35.1796, 129.0756), ("대구", 35.8714, 128.6014), ("광주", 35.1595, 126.8526),
          ("대전", 36.3504, 127.3845), ("울산", 35.5384, 129.3114), ("수원", 37.2636, 127.0286),
          ("전주", 35.8242, 127.1480), ("춘천", 37.8813, 127.7298)]
KINDS = ["meeting", "meal", "visit", "speech", "announcement"]
START = datetime.datetime(1910, 1, 1)


SURNAMES = "김이박최정강조윤장임"
SYLLABLES = "민서지수도하예준우연"


def person(number):
    """A name of its own for every number: a surname and the syllables of its digits."""
    return SURNAMES[number % 10] + "".join(SYLLABLES[int(d)] for d in str(number))


def event_fields(number, rng):
    """The fields of event `number` (1-based): a time, a kind, a place, two people."""
    city, lat, lon = CITIES[number % len(CITIES)]
    when = START + datetime.timedelta(minutes=53 * number)
    host, guest = person(2 * number), person(2 * number + 1)
    title = f"{host}·{guest} {city} 회동"
    sentence = f"{host} 대표는 {city}에서 {guest} 사장과 만났다."
    # Places of one day lie tens of kilometres apart, so that no two events read as one.
    spread = (number * 37) % 1000 / 100.0
    return {
        "kind": KINDS[number % len(KINDS)], "title": title,
        "start": when.strftime("%Y-%m-%dT%H:%M") + "+09:00", "status": "happened",
        "place": {"name": f"{city} 시청 {number % 97}",
                  "lat": round(lat - 5 + spread + rng.uniform(-0.001, 0.001), 5),
                  "lon": round(lon - 5 + spread, 5), "precision": "venue"},
        "participants": [{"name": host, "title": "대표"}, {"name": guest, "title": "사장"}],
    }, sentence


def write_json(out, events, rng):
    articles = max(1, events // 50)
    out.write('{"schema": "yeonpyo.events/1", "articles": [\n')
    for article in range(1, articles + 1):
        out.write(json.dumps({"id": article, "title": f"생성 기사 {article}", "source": "시험일보",
                              "published": "2024-02-28", "lang": "ko"}, ensure_ascii=False))
        out.write(",\n" if article < articles else "\n")
    out.write('], "events": [\n')
    for number in range(1, events + 1):
        fields, sentence = event_fields(number, rng)
        event = {"id": number, "sequence": number, **fields,
                 "quotes": [{"article": 1 + number % articles, "start": 0,
                             "end": len(sentence), "text": sentence}],
                 "after": [number - 1] if number > 1 else []}
        out.write(json.dumps(event, ensure_ascii=False, separators=(",", ":")))
        out.write(",\n" if number < events else "\n")
    out.write("]}\n")


def write_jsonl(out, events, per_article, rng):
    number = 0
    record = 0
    while number < events:
        record += 1
        count = min(per_article, events - number)
        found = [event_fields(number + k + 1, rng) for k in range(count)]
        text = f"생성 기사 {record}\n\n" + " ".join(sentence for _, sentence in found)
        offset = len(f"생성 기사 {record}\n\n")
        line_events = []
        for k, (fields, sentence) in enumerate(found):
            line_events.append({"id": k + 1, "sequence": k + 1, **fields,
                                "quotes": [{"article": 1, "start": offset,
                                            "end": offset + len(sentence), "text": sentence}],
                                "after": [k] if k > 0 else []})
            offset += len(sentence) + 1
        out.write(json.dumps({"schema": "yeonpyo.events/1", "id": record,
                              "articles": [{"id": 1, "title": f"생성 기사 {record}",
                                            "source": "시험일보", "published": "2024-02-28",
                                            "lang": "ko", "url": f"generated/{record}.txt",
                                            "text": text}],
                              "events": line_events}, ensure_ascii=False,
                             separators=(",", ":")) + "\n")
        number += count


TOPICS = ["반도체 협력", "전기차 배터리", "수소 충전망", "항만 재개발", "관광 활성화", "청년 창업",
          "스마트 농업", "해상 풍력", "도시 철도", "문화 축제"]
VERBS = ["만났다", "회동했다", "오찬을 함께했다", "면담했다"]


def write_articles(folder, events, per_article, rng):
    """Plain-text Korean articles, one file per `per_article` events: a headline, a dateline the
    dates resolve against, and a sentence for each event (its day, place, people, topic), so that
    ingest finds and stores them; no two articles share their people, so none is a copy."""
    os.makedirs(folder, exist_ok=True)
    number = 0
    record = 0
    while number < events:
        record += 1
        count = min(per_article, events - number)
        first = START + datetime.timedelta(minutes=53 * (number + 1))
        lines = [f"{person(2 * number + 2)} 대표 등 {count}건의 회동 (생성 기사 {record})",
                 f"입력 {first:%Y.%m.%d %H:%M}", ""]
        for k in range(count):
            fields, _ = event_fields(number + k + 1, rng)
            when = START + datetime.timedelta(minutes=53 * (number + k + 1))
            host, guest = (p["name"] for p in fields["participants"])
            topic = rng.choice(TOPICS)
            verb = rng.choice(VERBS)
            lines.append(f"{host} 대표는 {when.day}일 {fields['place']['name']}에서 {guest} "
                         f"사장과 {verb}. 두 사람은 {topic} 방안을 논의했다고 {record}호가 전했다.")
        with open(os.path.join(folder, f"article-{record:06d}.txt"), "w", encoding="utf-8") as out:
            out.write("\n".join(lines) + "\n")
        number += count


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, required=True)
    parser.add_argument("--per-article", type=int, default=10,
                        help="events per JSON Lines record (default 10)")
    parser.add_argument("format", choices=["json", "jsonl", "articles"])
    parser.add_argument("output", help="a file, or for articles a folder")
    arguments = parser.parse_args()
    rng = random.Random(20240228)
    if arguments.format == "articles":
        write_articles(arguments.output, arguments.events, arguments.per_article, rng)
        return
    with open(arguments.output, "w", encoding="utf-8") as out:
        if arguments.format == "json":
            write_json(out, arguments.events, rng)
        else:
            write_jsonl(out, arguments.events, arguments.per_article, rng)


if __name__ == "__main__":
    main()
