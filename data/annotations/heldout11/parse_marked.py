"""Parse the hand-marked texts of heldout11: ¦ sentence boundary, « » quotation span, ⟨ ⟩ timex."""
import re

OPEN_Q, CLOSE_Q, OPEN_T, CLOSE_T, SENT = "«", "»", "⟨", "⟩", "¦"


def parse(marked):
    marked = marked.replace(" " + SENT + " ", " " + SENT)
    out = []
    qstack, tstack = [], []
    quotes, timex, bounds = [], [], []
    for ch in marked:
        pos = len(out)
        if ch == OPEN_Q:
            qstack.append(pos)
        elif ch == CLOSE_Q:
            s = qstack.pop()
            quotes.append((s, pos, len(qstack)))
        elif ch == OPEN_T:
            tstack.append(pos)
        elif ch == CLOSE_T:
            timex.append((tstack.pop(), pos))
        elif ch == SENT:
            bounds.append(pos)
        else:
            out.append(ch)
    assert not qstack and not tstack, "unbalanced markers"
    raw = "".join(out)
    quotes.sort(key=lambda q: (q[0], -q[1]))
    timex.sort()
    # paragraphs: line 1 title, then blocks separated by blank lines
    paras = []
    for m in re.finditer(r"[^\n]+", raw):
        paras.append((m.start(), m.end()))
    title, body = paras[0], paras[1:]
    sents = []
    for ps, pe in body:
        cuts = [ps] + [b for b in bounds if ps < b < pe] + [pe]
        for a, b in zip(cuts, cuts[1:]):
            seg = raw[a:b]
            lead = len(seg) - len(seg.lstrip())
            trail = len(seg) - len(seg.rstrip())
            sents.append((a + lead, b - trail))
    return raw, title, body, sents, quotes, timex
