"""Parse the hand-marked texts of heldout12 (markers: ¦ sentence break, « » quote span, ⟨ ⟩ timex).

Used by build_annotations.py; run on its own it lists the spans in text order (to write the
decision tables against)."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
MARKED = os.path.join(HERE, "marked")
FILES = [
    "heldout12_spending_review.txt",
    "heldout12_deputy_hustings.txt",
    "heldout12_trade_talks.txt",
    "heldout12_chilcot_anniversary.txt",
    "heldout12_un_debate_sketch.txt",
]


def parse(marked):
    out = []
    qstack, tstack = [], []
    quotes, timex, breaks = [], [], []
    for ch in marked:
        pos = len(out)
        if ch == "«":
            qstack.append(pos)
        elif ch == "»":
            s = qstack.pop()
            quotes.append((s, pos, len(qstack)))  # depth 0 = top level
        elif ch == "⟨":
            tstack.append(pos)
        elif ch == "⟩":
            s = tstack.pop()
            timex.append((s, pos))
        elif ch == "¦":
            breaks.append(pos)
        else:
            out.append(ch)
    assert not qstack and not tstack, "unbalanced markers"
    raw = "".join(out)
    quotes.sort(key=lambda q: (q[0], -q[1]))
    timex.sort()
    return raw, quotes, timex, breaks


def paragraphs(raw):
    """(start, end, is_title) for every non-empty line of raw."""
    res, pos = [], 0
    for i, line in enumerate(raw.split("\n")):
        if line.strip():
            res.append((pos, pos + len(line), i == 0))
        pos += len(line) + 1
    return res


if __name__ == "__main__":
    for f in FILES:
        raw, quotes, timex, breaks = parse(open(os.path.join(MARKED, f), encoding="utf-8").read())
        print("=====", f)
        print("-- quotes")
        for s, e, d in quotes:
            print(f"  {'  '*d}[{raw[s:e][:70]}]")
        print("-- timex")
        for s, e in timex:
            print(f"  [{raw[s:e]}]")
        print("-- paragraphs", len([p for p in paragraphs(raw) if not p[2]]))
