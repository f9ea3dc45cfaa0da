"""Structural helpers for build_annotations.py (own code; no project instrument used)."""
import re, os

DATA = os.path.join(os.path.dirname(__file__), "..", "..", "uk_dev5")

def read(name):
    return open(os.path.join(DATA, name), encoding="utf-8").read()

def blocks(raw):
    """Return list of (start, end, kind) for non-empty lines-as-blocks.
    kind: title (first line), heading (a short line ending in '?' in the Q&A piece), body."""
    out = []
    pos = 0
    first = True
    for line in raw.split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        if not line.strip():
            continue
        if first:
            out.append((s, e, "title")); first = False; continue
        if line.endswith("?") and len(line) < 60:
            out.append((s, e, "heading")); continue
        out.append((s, e, "body"))
    return out

CLOSERS = "\"”’')]"
OPENERS = "\"“‘'(["
# sentence end: . ? ! followed by closers, then whitespace, then an opener or capital/digit
END_RE = re.compile(r"[.?!]+[" + re.escape(CLOSERS) + r"]*(?=\s+[" + re.escape(OPENERS) + r"]*[A-Z0-9])")

def auto_sentences(raw, s, e):
    text = raw[s:e]
    spans = []
    cur = 0
    for m in END_RE.finditer(text):
        spans.append((cur, m.end()))
        nxt = m.end()
        while nxt < len(text) and text[nxt].isspace():
            nxt += 1
        cur = nxt
    spans.append((cur, len(text.rstrip())))
    return [(s + a, s + b) for a, b in spans if b > a]

def quote_spans(raw, s, e):
    """List every span in quotation marks inside a block: (start, end, depth, mark)."""
    text = raw[s:e]
    out = []
    # straight double quotes: pair in order
    pos = [i for i, c in enumerate(text) if c == '"']
    assert len(pos) % 2 == 0, (text[:60], len(pos))
    for a, b in zip(pos[0::2], pos[1::2]):
        out.append((s + a + 1, s + b, '"'))
    stack = []
    for i, c in enumerate(text):
        if c == "“":
            stack.append(i)
        elif c == "”":
            a = stack.pop(); out.append((s + a + 1, s + i, "“”"))
    if stack:  # unclosed paragraph
        for a in stack:
            out.append((s + a + 1, e, "“(unclosed)"))
    # single curly: opening ‘ ; closing ’ not followed by a letter
    i = 0
    while True:
        a = text.find("‘", i)
        if a < 0: break
        b = a + 1
        while True:
            b = text.find("’", b)
            assert b >= 0
            if b + 1 < len(text) and text[b + 1].isalpha():
                b += 1; continue
            break
        out.append((s + a + 1, s + b, "‘’"))
        i = b + 1
    out.sort(key=lambda t: (t[0], -t[1]))
    return out
