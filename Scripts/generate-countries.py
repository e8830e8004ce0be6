#!/usr/bin/env python3
"""Generate Sources/CasusCore/Resources/countries.txt: one line per country, its ISO 3166-1
alpha-3 code and the names news writes it by.

Input: Debian's iso-codes JSON (package `iso-codes`, data LGPL-2.1+, recording ISO 3166-1
facts), by default /usr/share/iso-codes/json/iso_3166-1.json.

For every entry we take `name`, `common_name` and `official_name`, then derive short forms
mechanically:
  - "Iran, Islamic Republic of"     -> "Iran" and "Islamic Republic of Iran"
  - "Virgin Islands, British"       -> "British Virgin Islands"
  - "Holy See (Vatican City State)" -> "Holy See" and "Vatican City State"
  - a leading "the" is dropped ("the State of Eritrea" -> "State of Eritrea")
  - "Saint Lucia" also gives "St Lucia" and "St. Lucia"
  - names with letters outside ASCII also get a folded spelling ("Cote d'Ivoire")
Then the hand-written table NEWS_NAMES below adds the names news uses that ISO does not give
("Russia", "DRC", "Burma", "UK", "US"), DROP removes names that would be wrong or ambiguous,
and OWNER settles the few names two entries would both claim ("Congo").

Abbreviations: only the well-known all-capital ones (US, U.S., USA, UK, U.K., UAE, DRC, PRC,
DPRK, ROK) are added; ISO alpha-2 codes are never used as names ("IN", "IT", "TO", "ME").

Usage: python3 Scripts/generate-countries.py [PATH/TO/iso_3166-1.json]
"""
import json
import os
import re
import subprocess
import sys
import unicodedata

SRC_DEFAULT = "/usr/share/iso-codes/json/iso_3166-1.json"

# Names ISO does not give in the form news uses. Added to the code's line.
NEWS_NAMES = {
    "USA": ["United States", "United States of America", "US", "U.S.", "USA", "U.S.A.", "America"],
    "GBR": ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain",
            # The UK's constituent countries are coded as the UK.
            "England", "Scotland", "Wales", "Northern Ireland"],
    "RUS": ["Russia"],
    "SYR": ["Syria"],
    "VNM": ["Vietnam"],
    "LAO": ["Laos"],
    "BOL": ["Bolivia"],
    "VEN": ["Venezuela"],
    "TZA": ["Tanzania"],
    "MDA": ["Moldova"],
    "IRN": ["Iran",
            # "the Islamic Republic" in news means Iran; Pakistan's, Afghanistan's and
            # Mauritania's full official names are longer and win over it.
            "Islamic Republic"],
    "KOR": ["South Korea", "Republic of Korea", "ROK"],
    "PRK": ["North Korea", "Democratic People's Republic of Korea", "DPRK"],
    "CHN": ["China", "People's Republic of China", "PRC"],
    "TWN": ["Taiwan", "Republic of China", "Chinese Taipei"],
    "COD": ["Democratic Republic of the Congo", "Democratic Republic of Congo", "DR Congo",
            "D.R. Congo", "DRC", "Congo-Kinshasa", "Congo"],
    "COG": ["Republic of the Congo", "Republic of Congo", "Congo Republic", "Congo-Brazzaville"],
    "CIV": ["Ivory Coast", "Côte d'Ivoire"],
    "PSE": ["Palestine", "State of Palestine", "Palestinian territories",
            "occupied Palestinian territory", "Palestinian territory",
            # The two parts of the Palestinian territories, coded PSE as a whole.
            "Gaza Strip", "Gaza", "West Bank"],
    "VAT": ["Vatican", "Vatican City", "Holy See"],
    "FSM": ["Micronesia", "Federated States of Micronesia"],
    "SWZ": ["Eswatini", "Swaziland", "Kingdom of Eswatini"],
    "CZE": ["Czechia", "Czech Republic"],
    "TUR": ["Turkey", "Türkiye", "Republic of Turkey"],
    "MMR": ["Myanmar", "Burma", "Republic of the Union of Myanmar"],
    "CPV": ["Cabo Verde", "Cape Verde"],
    "TLS": ["Timor-Leste", "East Timor", "Timor Leste"],
    "MKD": ["North Macedonia", "Macedonia", "Republic of Macedonia",
            "Former Yugoslav Republic of Macedonia"],
    "ARE": ["United Arab Emirates", "UAE", "U.A.E."],
    "NLD": ["Netherlands", "Holland"],
    "BRN": ["Brunei"],
    "BIH": ["Bosnia", "Bosnia-Herzegovina"],
    "TTO": ["Trinidad"],
    "ATG": ["Antigua"],
    "KNA": ["Saint Kitts", "St Kitts", "St. Kitts"],
    "VCT": ["Saint Vincent", "St Vincent", "St. Vincent"],
    "STP": ["São Tomé and Príncipe", "São Tomé"],
    "FLK": ["Falklands"],
    "MAC": ["Macau"],
    "IRL": ["Republic of Ireland"],
    "VIR": ["US Virgin Islands"],
    "JEY": ["Bailiwick of Jersey"],
    "GGY": ["Bailiwick of Guernsey"],
    # Kosovo has no ISO 3166-1 code; XKX is the user-assigned code in common use
    # (EU, IMF, Debian's own locale data).
    "XKX": ["Kosovo", "Republic of Kosovo"],
}

# Extra entries that are not in ISO 3166-1.
EXTRA_ENTRIES = ["XKX"]

# Names never to write, whichever entry derives them.
DROP = {
    "Korea",           # from "Korea, Republic of" and "Korea, Democratic People's Republic of"
    "Virgin Islands",  # from both "Virgin Islands, British" and "Virgin Islands, U.S."
    "Jersey",          # "New Jersey" in US news; JEY keeps "Bailiwick of Jersey"
    "Taiwan, Province of China",
}

# A name two entries both derive: the owner named here keeps it.
OWNER = {
    # Bare "Congo" in news (AP, Reuters, VOA) means the Democratic Republic of the Congo;
    # the Republic of the Congo is written "Republic of Congo" or "Congo-Brazzaville".
    "Congo": "COD",
}

# UN member states (193) and observer states (Holy See, Palestine), plus Taiwan and Kosovo:
# every one must come out with a line, or the script fails.
REQUIRED = """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA
BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE PRK DNK
DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB
GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO
LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM
NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR ROU RUS RWA
KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE
SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB
ZWE
VAT PSE
TWN XKX
""".split()
UN_MEMBERS = 193


def fold(s):
    """ASCII spelling of a name with diacritics: "Côte d'Ivoire" -> "Cote d'Ivoire"."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def strip_the(s):
    return re.sub(r"^(the|The) ", "", s)


def derive(raw):
    """Names derived mechanically from one ISO name."""
    out = []
    s = raw.strip()
    # Parenthetical parts: "Holy See (Vatican City State)", "Saint Martin (French part)".
    m = re.search(r"\s*\(([^)]*)\)", s)
    if m:
        inner = m.group(1)
        at_end = m.end() == len(s)
        s = re.sub(r"\s+", " ", (s[:m.start()] + " " + s[m.end():]).strip())
        if at_end and all(w[:1].isupper() for w in inner.split()):
            out.append(inner)
    if ", " in s:
        head, tail = s.split(", ", 1)
        out.append(head)
        tail_words = tail.split()
        if tail.startswith("Province"):
            pass
        elif tail.endswith(" of") or tail.endswith(" of the"):
            out.append(strip_the(tail + " " + head))
        elif len(tail_words) == 1:
            out.append(tail + " " + head)
    else:
        out.append(strip_the(s))
    return out


def variants(name):
    vs = [name]
    for v in list(vs):
        if v.startswith("Saint "):
            vs += ["St " + v[6:], "St. " + v[6:]]
    for v in list(vs):
        f = fold(v)
        if f != v:
            vs.append(f)
    return vs


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else SRC_DEFAULT
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Sources", "CasusCore",
                       "Resources", "countries.txt")
    with open(src, encoding="utf-8") as f:
        entries = json.load(f)["3166-1"]

    names = {}  # code -> ordered list of names
    iso_name = {}
    for e in entries:
        code = e["alpha_3"]
        iso_name[code] = e["name"]
        lst = []
        # News names first, so each line starts with the form a reader knows.
        lst += NEWS_NAMES.get(code, [])
        for key in ("common_name", "name", "official_name"):
            if key in e:
                lst += derive(e[key])
        names[code] = lst
    for code in EXTRA_ENTRIES:
        names[code] = list(NEWS_NAMES[code])
        iso_name[code] = NEWS_NAMES[code][0]

    claimed = {}  # name -> set of codes
    for code, lst in names.items():
        seen = []
        for n in lst:
            for v in variants(n):
                if v in DROP or v in seen:
                    continue
                seen.append(v)
        names[code] = seen
        for v in seen:
            claimed.setdefault(v, set()).add(code)

    clashes = []
    for n, codes in sorted(claimed.items()):
        if len(codes) > 1:
            if n in OWNER:
                for c in codes - {OWNER[n]}:
                    names[c].remove(n)
            else:
                clashes.append(f"{n}: {sorted(codes)}")
    if clashes:
        sys.exit("names claimed by two entries (add to DROP or OWNER):\n  " + "\n  ".join(clashes))

    missing = [c for c in REQUIRED if not names.get(c)]
    if missing or len(REQUIRED) != UN_MEMBERS + 4:
        sys.exit(f"missing required entries {missing} (list has {len(REQUIRED)} codes)")

    try:
        version = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", "iso-codes"],
                                 capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        version = "unknown version"

    with open(out, "w", encoding="utf-8") as f:
        f.write("# Countries for Casus, GENERATED by Scripts/generate-countries.py: do not edit by hand;\n")
        f.write("# change the script (or add names in your own --dict folder) and run it again.\n")
        f.write(f"# Source: Debian iso-codes {version} (iso_3166-1.json; data LGPL-2.1+), which records\n")
        f.write("# the ISO 3166-1 facts: alpha-3 codes and country names. Short forms are derived from\n")
        f.write("# those names mechanically; news names (Russia, DRC, Burma, UK, US...) come from the\n")
        f.write("# script's own table. XKX (Kosovo) is not an ISO code but the user-assigned one in use.\n")
        f.write("# Bare \"Congo\" is the Democratic Republic of the Congo (COD), as in most news.\n")
        f.write("# Format: CODE: name | name (see Docs/Dictionaries.md).\n")
        for code in sorted(names):
            f.write(f"{code}: {' | '.join(names[code])}\n")
    print(f"wrote {len(names)} countries to {os.path.normpath(out)}")


if __name__ == "__main__":
    main()
