"""Build the uk_dev9 texts and gold CSVs from the hand-marked files.

Markers in marked/<file>.txt: `¦` between two sentences of a paragraph, `« »` just inside
the quotation marks of every quotation span, `⟨ ⟩` around every temporal expression.
The script strips them (writing data/uk_dev9/<file>.txt), computes offsets from the marker
positions and pairs each span / body paragraph, in text order, with the hand decisions in
decisions.py (each carrying a snippet checked against its span).
Run: /work/main/.venv/bin/python data/annotations/uk_dev9/build_annotations.py
"""
import os
import sys

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
TEXT_DIR = os.path.join(ROOT, "data", "uk_dev9")
sys.path.insert(0, HERE)
from decisions import DECISIONS  # noqa: E402

FILES = [
    "uk_dev9_lords_sketch.txt",
    "uk_dev9_nec_rules.txt",
    "uk_dev9_iraq_inquiry.txt",
    "uk_dev9_foodbank_town.txt",
    "uk_dev9_ambassador_farewell.txt",
]
MARKS = set('"“”‘’\'')


def parse(marked):
    raw, qstack, quotes, tstart, timex, breaks = [], [], [], None, [], []
    for ch in marked:
        pos = len(raw)
        if ch == "«":
            qstack.append(pos)
        elif ch == "»":
            quotes.append((qstack.pop(), pos))
        elif ch == "⟨":
            assert tstart is None
            tstart = pos
        elif ch == "⟩":
            timex.append((tstart, pos))
            tstart = None
        elif ch == "¦":
            breaks.append(pos)
        else:
            raw.append(ch)
    assert not qstack and tstart is None
    return "".join(raw), sorted(quotes), sorted(timex), breaks


def paragraphs(raw):
    """Body paragraphs: every non-empty line after the title line."""
    out, pos = [], 0
    for i, line in enumerate(raw.split("\n")):
        if i > 0 and line.strip():
            s = pos + len(line) - len(line.lstrip())
            e = pos + len(line.rstrip())
            out.append((s, e))
        pos += len(line) + 1
    return out


def is_apostrophe(raw, i):
    ch = raw[i]
    if ch not in "’'":
        return False
    prev = raw[i - 1] if i > 0 else " "
    nxt = raw[i + 1] if i + 1 < len(raw) else " "
    if prev.isalpha() and nxt.isalpha():
        return True  # don't, Labour’s
    if prev == "s" and not nxt.isalnum():
        return True  # plural possessive (lot’s is covered above)
    if nxt.isdigit():
        return True  # ’80s
    return False


def build(fname, counts):
    marked = open(os.path.join(HERE, "marked", fname), encoding="utf-8").read()
    raw, quotes, timex, breaks = parse(marked)
    with open(os.path.join(TEXT_DIR, fname), "w", encoding="utf-8") as fh:
        fh.write(raw)
    assert open(os.path.join(TEXT_DIR, fname), encoding="utf-8").read() == raw
    dec = DECISIONS[fname]
    paras = paragraphs(raw)

    # sentences
    sents = []
    for ps, pe in paras:
        cuts = [ps] + [b for b in breaks if ps < b < pe] + [pe]
        for a, b in zip(cuts, cuts[1:]):
            seg = raw[a:b]
            s = a + len(seg) - len(seg.lstrip())
            e = a + len(seg.rstrip())
            assert s < e, (fname, a)
            sents.append((s, e))
        # coverage: only whitespace between sentences of the paragraph
        psents = [x for x in sents if ps <= x[0] < pe]
        assert psents[0][0] == ps and psents[-1][1] == pe
        for (s1, e1), (s2, e2) in zip(psents, psents[1:]):
            assert raw[e1:s2].strip() == "", (fname, raw[e1:s2])
    assert all(any(ps < b < pe for ps, pe in paras) for b in breaks)
    srows = [dict(source=fname, start=s, end=e, text=raw[s:e]) for s, e in sents]

    # quotes
    assert len(quotes) == len(dec["quotes"]), (fname, len(quotes), len(dec["quotes"]))
    qrows = []
    for (s, e), d in zip(quotes, dec["quotes"]):
        snip, kind, speaker, cue, cont, note = d
        text = raw[s:e]
        assert text.startswith(snip), (fname, snip, text[:40])
        assert kind in ("speech", "term")
        if kind == "term":
            assert speaker == "" and cue == "" and cont is False
        if cont:
            assert cue == ""
        # span bounded by marks (or runs to its paragraph end: multi-paragraph quotation)
        assert raw[s - 1] in MARKS, (fname, text[:30])
        at_para_end = any(e == pe for _, pe in paras)
        assert raw[e] in MARKS or at_para_end, (fname, text[-30:])
        qrows.append(dict(source=fname, start=s, end=e, text=text, kind=kind, speaker=speaker,
                          cue=cue, continuation="true" if cont else "false", notes=note))
    # nesting only, no crossing
    for (s1, e1) in quotes:
        for (s2, e2) in quotes:
            if s1 < s2 < e1:
                assert e2 <= e1, (fname, "crossing quotes")

    # mark inventory
    bounds = set()
    for s, e in quotes:
        bounds.add(s - 1)
        if e < len(raw) and raw[e] in MARKS:
            bounds.add(e)
    inv = {}
    for i, ch in enumerate(raw):
        if ch in MARKS:
            role = "quote" if i in bounds else ("apostrophe" if is_apostrophe(raw, i) else None)
            assert role, (fname, i, raw[i - 20:i + 20])
            inv.setdefault(ch, {"quote": 0, "apostrophe": 0})[role] += 1
    counts.setdefault("inventory", {})[fname] = inv

    # timex
    assert len(timex) == len(dec["timex"]), (fname, len(timex), len(dec["timex"]),
                                             [raw[s:e] for s, e in timex])
    trows = []
    for (s, e), d in zip(timex, dec["timex"]):
        snip, typ, value, mod, note = d
        assert raw[s:e] == snip, (fname, snip, raw[s:e])
        assert typ in ("DATE", "TIME", "DURATION", "SET")
        assert mod in ("", "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "LESS_THAN",
                       "MORE_THAN")
        assert raw[s:e] == raw[s:e].strip()
        trows.append(dict(source=fname, start=s, end=e, text=raw[s:e], type=typ, value=value,
                          mod=mod, notes=note))
    for (s1, e1), (s2, e2) in zip(timex, timex[1:]):
        assert e1 <= s2

    # themes
    assert len(paras) == len(dec["themes"]), (fname, len(paras), len(dec["themes"]))
    throws = []
    for (s, e), d in zip(paras, dec["themes"]):
        snip, sr, pf, iq, ip, au, neg, note = d
        assert raw[s:e].startswith(snip), (fname, snip)
        codes = dict(special_relationship=sr, party_factionalism=pf, iraq_war_intelligence=iq,
                     israel_palestine=ip, austerity_inequality=au)
        for t in [x for x in neg.split(";") if x]:
            assert codes[t] == 1
        throws.append(dict(source=fname, start=s, end=e, text=raw[s:e], **codes, negated=neg,
                           notes=note))
    return srows, qrows, trows, throws


def main():
    os.makedirs(TEXT_DIR, exist_ok=True)
    counts = {}
    allr = {"sentences": [], "quotes": [], "timex": [], "themes_v2": []}
    for f in FILES:
        for key, rows in zip(allr, build(f, counts)):
            for r in rows:
                assert r["text"] == open(os.path.join(TEXT_DIR, f), encoding="utf-8").read()[
                    r["start"]:r["end"]]
            rows.sort(key=lambda r: (r["start"], -r["end"]))
            allr[key].extend(rows)
    cols = {
        "sentences": ["source", "start", "end", "text"],
        "quotes": ["source", "start", "end", "text", "kind", "speaker", "cue", "continuation",
                   "notes"],
        "timex": ["source", "start", "end", "text", "type", "value", "mod", "notes"],
        "themes_v2": ["source", "start", "end", "text", "special_relationship",
                      "party_factionalism", "iraq_war_intelligence", "israel_palestine",
                      "austerity_inequality", "negated", "notes"],
    }
    for key, rows in allr.items():
        pd.DataFrame(rows, columns=cols[key]).to_csv(os.path.join(HERE, key + ".csv"),
                                                     index=False)
    # re-read and verify
    for key in allr:
        df = pd.read_csv(os.path.join(HERE, key + ".csv"), keep_default_na=False)
        for r in df.itertuples():
            raw = open(os.path.join(TEXT_DIR, r.source), encoding="utf-8").read()
            assert raw[r.start:r.end] == r.text, (key, r.source, r.start)
        print(key, len(df))
    for f, inv in counts["inventory"].items():
        print(f, inv)


if __name__ == "__main__":
    main()
