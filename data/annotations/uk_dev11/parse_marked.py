"""Strip the hand-placed markers of a marked article and return its spans.

Markers: ``¦`` between two sentences of a paragraph, ``« »`` just inside the
quotation marks of every quotation span (may nest), ``⟨ ⟩`` around every
temporal expression. Offsets are Python str offsets into the stripped text.
"""

SENT, QOPEN, QCLOSE, TOPEN, TCLOSE = "¦", "«", "»", "⟨", "⟩"


def parse(marked):
    out = []
    breaks, quotes, timex = [], [], []
    qstack, tstart = [], None
    for ch in marked:
        pos = len(out)
        if ch == SENT:
            breaks.append(pos)
        elif ch == QOPEN:
            qstack.append(pos)
        elif ch == QCLOSE:
            quotes.append((qstack.pop(), pos))
        elif ch == TOPEN:
            assert tstart is None, "nested timex"
            tstart = pos
        elif ch == TCLOSE:
            timex.append((tstart, pos))
            tstart = None
        else:
            out.append(ch)
    assert not qstack and tstart is None, "unbalanced markers"
    raw = "".join(out)
    # paragraphs: blocks separated by a blank line; the first is the title
    paras = []
    i = 0
    for block in raw.split("\n\n"):
        s = i + (len(block) - len(block.lstrip()))
        e = i + len(block.rstrip())
        if e > s:
            paras.append((s, e))
        i += len(block) + 2
    sentences = []
    for ps, pe in paras[1:]:
        cuts = [ps] + [b for b in breaks if ps < b < pe] + [pe]
        for a, b in zip(cuts, cuts[1:]):
            seg = raw[a:b]
            s = a + (len(seg) - len(seg.lstrip()))
            e = a + len(seg.rstrip())
            assert e > s, ("empty sentence", a, b)
            sentences.append((s, e))
    for b in breaks:
        assert any(ps < b < pe for ps, pe in paras[1:]), ("break outside a body paragraph", b)
    quotes.sort()
    return raw, paras, sentences, quotes, sorted(timex)
