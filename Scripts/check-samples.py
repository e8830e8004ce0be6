#!/usr/bin/env python3
"""Check the sample corpus (Samples/news.jsonl) and its hand-made gold (Samples/gold/*.gold.json).

Checks:
  - every line of news.jsonl is a JSON object with id, date, title, source and text; ids are unique;
  - every gold file has a jsonl twin with the same id, identical text, and published == date
    (and every jsonl document has a gold file);
  - every gold `sentence` and `also_sentences` entry is a sentence of its text under the
    coder's splitting rules (see `split_sentences`), and occurs exactly once in the text;
  - every trigger occurs in its sentence; every actor mention occurs in the text;
  - CAMEO codes (primary and alternatives) exist in the CAMEO table, and `plover` agrees with it
    (01x codes have no PLOVER type);
  - dates are ISO (YYYY, YYYY-MM or YYYY-MM-DD) and not after `published`; locations, casualty
    counts and `required` are well-formed.

The CAMEO table is the reference TSV given with --reference PATH (code in column 1, PLOVER type in
the plover_type column); without it, the project's generated table
(Sources/CasusCore/Resources/cameo.tsv) is used when present, else the CAMEO checks are skipped.

Usage: python3 Scripts/check-samples.py [--reference PATH/TO/cameo-codes.tsv] [--samples DIR] [-v]
Exit status 0 when everything passes, 1 otherwise.
"""
import argparse
import datetime
import json
import os
import re
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

# --- sentence splitting (mirrors Sources/CasusCore/Text/SentenceSplitter.swift + Tokenizer.swift) ---

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "cmdr",
    "brig", "cpl", "pvt", "sen", "rep", "gov", "pres", "rev", "st", "jr", "sr", "inc", "corp",
    "ltd", "co", "vs", "etc", "dept", "approx", "jan", "feb", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "no", "nos", "mt", "ft", "fig", "al", "lieut", "gens", "sens", "reps",
}
OPENERS = {
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "but", "in", "on", "this", "that",
    "there", "his", "her", "their", "its", "meanwhile", "however", "and", "officials", "at",
    "after", "last", "some", "many", "both", "no", "earlier", "later",
}
QUOTES = "\"'\u201c\u201d\u2018\u2019"
OPENING = "\"'([\u201c\u2018"


def _starts_sentence(s):
    """Does the text starting at s begin a sentence (capital, digit, opening quote/bracket, non-ASCII)?"""
    if not s:
        return False
    c = s[0]
    return c.isascii() and (c.isupper() or c.isdigit()) or c in OPENING or (not c.isascii() and c not in "\u201d\u2019")


def _word_before(text, i):
    """The word (letters and inner dots) that ends right before index i."""
    m = re.search(r"([A-Za-z][A-Za-z.]*)$", text[:i])
    if not m:
        return ""
    start = m.start(1)
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
        return ""   # part of a longer token ("1.5km", "x2.")
    return m.group(1)


def _abbreviation(text, i):
    """Is the period at text[i] part of an abbreviation? Returns None, 'dotted' or 'short'."""
    word = _word_before(text, i)
    if not word:
        return None
    if "." in word and re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):
        return "dotted"                      # U.S. / U.N. / a.m.
    if "." in word:
        return None
    if len(word) == 1 and word.isupper():
        return "short"                       # an initial
    if len(word) <= 5 and word.lower() in ABBREVIATIONS:
        if word.lower() == "no" and not re.match(r" \d", text[i + 1:i + 3]):
            return None
        return "short"
    return None


def _title_cased(line):
    words = re.findall(r"[^\W\d_]+", line)
    return bool(words) and 2 * sum(1 for w in words if w[0].isupper()) >= len(words)


def _split_paragraph(par, first_in_document):
    """Sentences of one paragraph (no blank lines inside)."""
    sentences = []
    lines = par.split("\n")
    # A short first line without final punctuation, followed by a line break, is a headline
    # (at the start of the document, or title-cased).
    if len(lines) > 1:
        first = lines[0].strip()
        tokens = re.findall(r"\w+|[^\w\s]", first)
        if (first and len(tokens) <= 14 and first[-1] not in ",;:.!?" and _starts_sentence(lines[1].lstrip())
                and (first_in_document or _title_cased(first))):
            sentences.append(first)
            par = "\n".join(lines[1:])
    start = 0
    n = len(par)
    i = 0
    while i < n:
        c = par[i]
        if c in ".!?\u2026":
            j = i + 1
            while j < n and par[j] in ".!?":
                j += 1
            # closers: brackets, and quotes attached to the punctuation
            while j < n and (par[j] in ")]" or par[j] in QUOTES):
                j += 1
            if j >= n:
                break
            if not par[j].isspace():
                i += 1
                continue
            k = j
            while k < n and par[k].isspace():
                k += 1
            if k >= n:
                break
            final = _starts_sentence(par[k:])
            if final and c == ".":
                kind = _abbreviation(par, i)
                if kind == "short":
                    final = False
                elif kind == "dotted":
                    nxt = re.match(r"[A-Za-z]+", par[k:])
                    final = bool(nxt) and par[k].isupper() and len(nxt.group(0)) <= 10 and nxt.group(0).lower() in OPENERS
            if final:
                sentences.append(par[start:j].strip())
                start = k
                i = k
                continue
            i = j
            continue
        i += 1
    rest = par[start:].strip()
    if rest:
        sentences.append(rest)
    return sentences


def split_sentences(text):
    """Sentences of a document: paragraphs (blank lines) always end a sentence."""
    out = []
    for par in re.split(r"\n[ \t]*\n+", text):
        if par.strip():
            out.extend(_split_paragraph(par.strip("\n"), not out))
    return out


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


# --- CAMEO table ---

def load_cameo(path):
    """code -> PLOVER type ('' when none) from a TSV whose header names a plover_type column."""
    table = {}
    ptype_col = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                continue
            cols = line.lstrip("# ").split("\t")
            if cols[0] == "code":
                ptype_col = cols.index("plover_type") if "plover_type" in cols else None
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            ptype = cols[ptype_col] if ptype_col is not None and ptype_col < len(cols) else ""
            table[cols[0]] = ptype.strip()
    return table


def expected_plover(code, table, inherit):
    """The PLOVER type the gold should carry: 01x none, 02x/10x REQUEST, else the table's
    (inheriting from the nearest parent when `inherit` and the code has none)."""
    if code.startswith("01"):
        return None
    if code.startswith("02") or code.startswith("10"):
        return "REQUEST"
    c = code
    while c:
        if table.get(c):
            return table[c]
        if not inherit:
            return None
        c = c[:-1] if len(c) > 2 else ""
    return None


# --- checks ---

DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def parse_partial(d):
    parts = [int(p) for p in d.split("-")]
    y = parts[0]
    m = parts[1] if len(parts) > 1 else 1
    day = parts[2] if len(parts) > 2 else 1
    return datetime.date(y, m, day), len(parts)


def date_not_after(d, published):
    """A partial date is 'not after' published if its earliest day is on or before it."""
    first, _ = parse_partial(d)
    return first <= published


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--reference", help="CAMEO reference table (cameo-codes.tsv); optional")
    ap.add_argument("--samples", default=os.path.join(ROOT, "Samples"), help="samples folder")
    ap.add_argument("-v", "--verbose", action="store_true", help="print per-document counts")
    args = ap.parse_args()

    errors = []

    def err(where, msg):
        errors.append(f"{where}: {msg}")

    # CAMEO table
    table = None
    inherit = False
    if args.reference:
        if os.path.exists(args.reference):
            table = load_cameo(args.reference)
        else:
            print(f"note: reference table {args.reference} not found; CAMEO checks skipped")
    else:
        generated = os.path.join(ROOT, "Sources", "CasusCore", "Resources", "cameo.tsv")
        if os.path.exists(generated):
            table = load_cameo(generated)
            inherit = True
        else:
            print("note: no CAMEO table available; CAMEO checks skipped")

    # documents
    jsonl = os.path.join(args.samples, "news.jsonl")
    docs = {}
    with open(jsonl, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            where = f"news.jsonl:{n}"
            try:
                d = json.loads(line)
            except json.JSONDecodeError as e:
                err(where, f"not valid JSON ({e})")
                continue
            if not isinstance(d, dict):
                err(where, "not a JSON object")
                continue
            for key in ("id", "date", "title", "source", "text"):
                if not isinstance(d.get(key), str) or not d.get(key):
                    err(where, f"missing or empty '{key}'")
            if "id" not in d:
                continue
            if d["id"] in docs:
                err(where, f"duplicate id {d['id']}")
            if isinstance(d.get("date"), str) and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d["date"]):
                err(where, f"date {d['date']!r} is not YYYY-MM-DD")
            docs[d["id"]] = d

    gold_dir = os.path.join(args.samples, "gold")
    gold_files = sorted(f for f in os.listdir(gold_dir) if f.endswith(".gold.json"))
    seen = set()
    totals = {"events": 0, "required": 0, "sentences": 0}
    for fname in gold_files:
        where = f"gold/{fname}"
        try:
            with open(os.path.join(gold_dir, fname), encoding="utf-8") as f:
                g = json.load(f)
        except (OSError, json.JSONDecodeError) as e:
            err(where, f"unreadable ({e})")
            continue
        gid = g.get("id")
        if fname != f"{gid}.gold.json":
            err(where, f"file name does not match id {gid!r}")
        doc = docs.get(gid)
        if doc is None:
            err(where, "no document with this id in news.jsonl")
            continue
        seen.add(gid)
        text = g.get("text")
        if text != doc.get("text"):
            err(where, "text differs from news.jsonl")
        if g.get("published") != doc.get("date"):
            err(where, f"published {g.get('published')!r} != jsonl date {doc.get('date')!r}")
        try:
            published = datetime.date.fromisoformat(g.get("published", ""))
        except ValueError:
            err(where, "published is not an ISO date")
            continue
        sentences = split_sentences(text)
        collapsed = [collapse(s) for s in sentences]
        totals["sentences"] += len(sentences)
        events = g.get("events")
        if not isinstance(events, list) or not events:
            err(where, "no events")
            continue
        required = 0
        for k, e in enumerate(events):
            ew = f"{where} event {k}"
            sent = e.get("sentence")
            for s in [sent] + list(e.get("also_sentences") or []):
                if not isinstance(s, str):
                    err(ew, f"sentence is not a string: {s!r}")
                    continue
                c = collapsed.count(collapse(s))
                if c != 1:
                    err(ew, f"not exactly one sentence of the text ({c}): {s[:70]!r}")
                if text.count(s) != 1:
                    err(ew, f"occurs {text.count(s)} times in the text: {s[:70]!r}")
            if not isinstance(e.get("also_sentences"), list):
                err(ew, "also_sentences must be a list")
            elif sent in e["also_sentences"]:
                err(ew, "also_sentences repeats the sentence")
            trig = e.get("trigger")
            if not isinstance(trig, str) or not trig or not isinstance(sent, str) or trig not in sent:
                err(ew, f"trigger {trig!r} not in its sentence")
            for role in ("source", "target"):
                a = e.get(role)
                if not isinstance(a, dict):
                    err(ew, f"{role} must be an object")
                    continue
                if a.get("text") is not None and a["text"] not in text:
                    err(ew, f"{role} mention {a['text']!r} not in the text")
                code = a.get("code")
                if not isinstance(code, str) or not re.fullmatch(r"---|[A-Z]{3}([A-Z]{3})*", code):
                    err(ew, f"{role} code {code!r} malformed")
                for alt in a.get("alt_codes", None) if isinstance(a.get("alt_codes"), list) else [None]:
                    if not isinstance(alt, str) or not re.fullmatch(r"---|[A-Z]{3}([A-Z]{3})*", alt):
                        err(ew, f"{role} alt code {alt!r} malformed")
            cameo = e.get("cameo")
            alts = e.get("cameo_alt")
            if not isinstance(cameo, str) or not re.fullmatch(r"\d{2,4}", cameo):
                err(ew, f"cameo {cameo!r} malformed")
            if not isinstance(alts, list):
                err(ew, "cameo_alt must be a list")
                alts = []
            if table is not None:
                for c in [cameo] + alts:
                    if c not in table:
                        err(ew, f"CAMEO code {c!r} not in the table")
                if cameo in table:
                    want = expected_plover(cameo, table, inherit)
                    if e.get("plover") != want:
                        err(ew, f"plover {e.get('plover')!r} != {want!r} for {cameo}")
            loc = e.get("location")
            if loc is not None:
                if not isinstance(loc, dict) or set(loc) != {"name", "country", "lat", "lon"}:
                    err(ew, f"location malformed: {loc!r}")
                else:
                    if loc["country"] is not None and not re.fullmatch(r"[A-Z]{3}", loc["country"]):
                        err(ew, f"location country {loc['country']!r} is not ISO-3")
                    for key, lim in (("lat", 90), ("lon", 180)):
                        v = loc[key]
                        if v is not None and (not isinstance(v, (int, float)) or abs(v) > lim):
                            err(ew, f"location {key} {v!r} out of range")
                    if (loc["lat"] is None) != (loc["lon"] is None):
                        err(ew, "location has only one of lat/lon")
            date = e.get("date")
            if not isinstance(date, str) or not DATE_RE.match(date):
                err(ew, f"date {date!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
            else:
                try:
                    if not date_not_after(date, published):
                        err(ew, f"date {date} is after published {published}")
                except ValueError:
                    err(ew, f"date {date} is not a real date")
            for key in ("fatalities", "injuries"):
                if key in e and (not isinstance(e[key], int) or isinstance(e[key], bool) or e[key] < 0):
                    err(ew, f"{key} must be a non-negative integer")
            if not isinstance(e.get("required"), bool):
                err(ew, "required must be true or false")
            elif e["required"]:
                required += 1
            if not isinstance(e.get("note"), str):
                err(ew, "note must be a string")
        totals["events"] += len(events)
        totals["required"] += required
        if args.verbose:
            words = len(text.split())
            print(f"{gid}: {words} words, {len(sentences)} sentences, {len(events)} events "
                  f"({required} required / {len(events) - required} optional)")
    for did in docs:
        if did not in seen:
            err("news.jsonl", f"document {did} has no gold file")

    print(f"{len(docs)} documents, {len(gold_files)} gold files, {totals['sentences']} sentences, "
          f"{totals['events']} events ({totals['required']} required)")
    if errors:
        for e in errors:
            print("error:", e)
        print(f"{len(errors)} error(s)")
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
