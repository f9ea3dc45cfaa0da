"""Quotation marks: classify each mark (opener, closer, apostrophe) and pair them, one
paragraph at a time, into :class:`QuoteSpan` records."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_OPEN_D, _CLOSE_D, _AMB_D, _OPEN_S, _CLOSE_S, _AMB_S = range(6)
_DOUBLE_OPEN = "“„«"
_DOUBLE_CLOSE = "”»"
_MARK_RE = re.compile("[\"“”„«»'‘’‚]")
_BOUNDARY_BEFORE = set(" \t\n\r([{—–-/\u00a0") | set("“‘\"'")
_DECADE_RE = re.compile(r"\d\d?s\b|\d\d(?=[\s,.;:!?)\-–—]|$)")
_TYPEWRITER_RE = re.compile(r"(?<!['`])(?:'{2,3}|``)(?!['`])")
_OPENER_BEFORE = set(" \t\n\r([{—–-/\u00a0")


def typewriter_to_double(text: str) -> str:
    """``text`` with typewriter double marks (`````` ``…'' `````` or ``''…''``, as in wire and
    newspaper archives) written as one straight ``"`` plus a space, offsets unchanged.

    Why: two apostrophes are otherwise read as two single marks, so the quotation becomes a
    ``single`` span whose narration keeps a stray ``'`` and no cue is found around it. An
    opener (after a space, bracket, dash or the text start, before a non-space; or ``````)
    becomes `` "``, a closer ``" ``; a pair between two letters is left alone. Three marks
    are a double and a single one: the double comes first when opening, last when closing.
    """
    if "''" not in text and "``" not in text:
        return text
    out = list(text)
    for m in _TYPEWRITER_RE.finditer(text):
        i, j = m.start(), m.end()
        before = text[i - 1] if i > 0 else " "
        after = text[j] if j < len(text) else " "
        if before.isalnum() and after.isalnum():
            continue
        opener = m.group(0) == "``" or (before in _OPENER_BEFORE and not after.isspace())
        if j - i == 3:  # three marks: '' + ' (opening) or ' + '' (closing a nested single)
            if opener:
                j = i + 2
            else:
                i = j - 2
        out[i:j] = [" ", '"'] if opener else ['"', " "]
    return "".join(out)


@dataclass
class QuoteSpan:
    """A span in quotation marks; ``start``/``end`` are the words inside the marks."""

    start: int
    end: int
    open_pos: int
    close_pos: int  # -1 when the span runs to the end of its paragraph (no closing mark)
    mark: str  # "double" | "single"
    level: int = 0
    parent: int = -1  # index of the enclosing span in the returned list, -1 if none
    closed: bool = True
    children: list[int] = field(default_factory=list)


def _classify_mark(text: str, i: int, lo: int, hi: int) -> int | None:
    """Role of the mark at ``text[i]``: opener, closer, ambiguous, or None for an apostrophe."""
    c = text[i]
    p = text[i - 1] if i > lo else " "
    n = text[i + 1] if i + 1 < hi else " "
    if c in _DOUBLE_OPEN:
        return _OPEN_D
    if c in _DOUBLE_CLOSE:
        return _CLOSE_D
    if c == '"':
        if p in _BOUNDARY_BEFORE and not n.isspace():
            return _OPEN_D
        if not p.isspace() and (n.isspace() or not n.isalnum()):
            return _CLOSE_D
        return _AMB_D
    # single marks and apostrophes
    if p.isalnum() and n.isalnum():
        return None  # arm's, Labour’s, don't
    if c in "‘‚":
        if _DECADE_RE.match(text, i + 1, hi) and text[i + 1 : i + 4].rstrip(" ,.;:").endswith("s"):
            return None  # ‘80s written with a left mark
        return _OPEN_S
    # ’ or '
    if p in _BOUNDARY_BEFORE:
        if c == "'" and not n.isspace():
            if _DECADE_RE.match(text, i + 1, hi) and "s" in text[i + 1 : i + 4]:
                return None  # '80s
            return _OPEN_S
        return None  # ’80s, ’tis
    if p.isspace():
        return None
    return _CLOSE_S


def _paragraph_ranges(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` at blank lines (paragraph breaks)."""
    out = []
    pos = start
    for m in re.finditer(r"\n[ \t\u00a0]*\n", text[start:end]):
        out.append((pos, start + m.start()))
        pos = start + m.end()
    out.append((pos, end))
    return out


def find_quote_spans(text: str, start: int = 0, end: int | None = None) -> list[QuoteSpan]:
    """Pair the quotation marks of ``text[start:end]`` and return the quoted spans in order.

    Pairing is done paragraph by paragraph (blank lines separate paragraphs) with a small stack,
    so a stray or unbalanced mark only affects its own paragraph. Rules: curly marks have a
    direction; a straight ``"`` is an opener after a space/bracket/dash and before a non-space,
    otherwise a closer; a single mark between two letters or before a decade (``’80s``) is an
    apostrophe; a right single mark closes only an open single quotation (so plural possessives
    outside single quotes are ignored). A new double opener while a double quotation is open
    discards the earlier, unclosed opener (a stray). A double quotation still open at the end of
    the paragraph yields a span to the paragraph end (``closed=False``); an unclosed single
    quotation yields nothing. Spans exclude the marks and surrounding whitespace; empty spans
    are dropped. The result is sorted by ``start``; nested spans have ``level`` 1 and ``parent``.
    """
    end = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    spans: list[QuoteSpan] = []
    for lo, hi in _paragraph_ranges(text, start, end):
        _pair_paragraph(text, lo, hi, spans)
    spans.sort(key=lambda s: (s.start, -s.end))
    # parents: the innermost span that strictly contains the marks of another
    for i, s in enumerate(spans):
        for j in range(i - 1, -1, -1):
            o = spans[j]
            if o.open_pos < s.open_pos and (s.close_pos if s.close_pos >= 0 else s.end) <= o.end:
                s.parent = j
                s.level = o.level + 1
                o.children.append(i)
                break
    return spans


def _emit(text: str, spans: list[QuoteSpan], open_pos: int, close_pos: int, hi: int,
          mark: str) -> None:
    inner_s = open_pos + 1
    inner_e = close_pos if close_pos >= 0 else hi
    while inner_s < inner_e and text[inner_s].isspace():
        inner_s += 1
    while inner_e > inner_s and text[inner_e - 1].isspace():
        inner_e -= 1
    if inner_e > inner_s:
        spans.append(QuoteSpan(inner_s, inner_e, open_pos, close_pos, mark,
                               closed=close_pos >= 0))


def _pair_paragraph(text: str, lo: int, hi: int, spans: list[QuoteSpan]) -> None:
    marks = []
    for m in _MARK_RE.finditer(text, lo, hi):
        role = _classify_mark(text, m.start(), lo, hi)
        if role is not None:
            marks.append((m.start(), role))
    stack: list[tuple[str, int]] = []  # ("d"|"s", position)

    def has(kind: str) -> bool:
        return any(k == kind for k, _ in stack)

    def pop_to(kind: str) -> int:
        while stack:
            k, pos = stack.pop()
            if k == kind:
                return pos
        return -1

    for idx, (pos, role) in enumerate(marks):
        if role == _AMB_D:
            role = _CLOSE_D if has("d") else _OPEN_D
        if role == _OPEN_D:
            if has("d"):
                if text[pos] == '"' and stack[-1][0] == "d" and text[stack[-1][1]] in "“„":
                    # a straight mark inside a curly quotation: treat as its closer
                    _emit(text, spans, pop_to("d"), pos, hi, "double")
                    continue
                pop_to("d")  # the earlier opener was a stray: drop it
            stack.append(("d", pos))
        elif role == _CLOSE_D:
            if has("d"):
                _emit(text, spans, pop_to("d"), pos, hi, "double")
        elif role == _OPEN_S:
            if stack and stack[-1][0] == "s":
                # a second single opener: if the earlier one has no closer ahead, drop it
                stack.pop()
            stack.append(("s", pos))
        elif role == _CLOSE_S:
            if stack and stack[-1][0] == "s":
                if _plural_possessive(text, pos, marks, idx, hi):
                    continue
                _emit(text, spans, stack.pop()[1], pos, hi, "single")
    # an unclosed double quotation runs to the end of the paragraph
    for kind, pos in stack:
        if kind == "d":
            _emit(text, spans, pos, -1, hi, "double")
            break


def _plural_possessive(text: str, pos: int, marks: list, idx: int, hi: int) -> bool:
    """``workers’ rights`` inside a single quotation: an ``s’`` + space with a later closer."""
    if text[pos - 1] not in "sS" or pos + 1 >= hi or not text[pos + 1].isspace():
        return False
    for _, role in marks[idx + 1:]:
        if role in (_OPEN_S, _OPEN_D, _CLOSE_D, _AMB_D):
            return False
        if role == _CLOSE_S:
            return True
    return False
