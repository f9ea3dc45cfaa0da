"""Quotation marks, for every instrument: classify each mark (opener, closer, apostrophe) and
pair them, one paragraph at a time, into :class:`QuoteSpan` records.

Why in core: the quote instrument (quotations and their speakers) and the timeline (the day a
quotation was spoken) both need to know where a quotation begins and ends, with double and
single (British) marks, apostrophes, nesting and paragraph carry-over. One pairing keeps them
from drifting apart; what counts as speech stays in each instrument. The marks themselves
(which characters, their kind, direction and style) are read from
``data/lexicons/quotation_marks.csv``.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field

from helpers.core.lexicons import load_records

__all__ = ["QuoteSpan", "closes_between", "find_quote_spans", "markup_tags", "opens_between",
           "paragraph_ranges", "typewriter_to_double"]


def _marks(kind: str, roles: tuple[str, ...], styles: tuple[str, ...] | None = None) -> str:
    """The characters of ``quotation_marks.csv`` of ``kind`` with a role in ``roles`` (and a
    style in ``styles`` when given), in file order."""
    return "".join(unicodedata.lookup(r["name"]) for r in load_records("quotation_marks.csv")
                   if r["kind"] == kind and r["role"] in roles
                   and (styles is None or r["style"] in styles))


_OPEN_D, _CLOSE_D, _AMB_D, _OPEN_S, _CLOSE_S, _AMB_S, _ELIDE_S = range(7)
_DOUBLE_OPEN = _marks("double", ("open",))  # “„«
_DOUBLE_CLOSE = _marks("double", ("close",))  # ”»
_DOUBLE_STRAIGHT = _marks("double", ("either",))  # "
_CURLY_DOUBLE_OPEN = _marks("double", ("open",), ("curly", "low"))  # “„ (no guillemet)
#: the left curly mark, which also closes (German ``„…“``; a closer typed with the wrong mark)
_LEFT_CURLY_DOUBLE = _marks("double", ("open",), ("curly",))  # “
_SINGLE_OPEN = _marks("single", ("open",))  # ‘‚
_SINGLE_CLOSE = _marks("single", ("close",))  # ’
_SINGLE_STRAIGHT = _marks("single", ("either",))  # '
#: single marks that open a quotation at a paragraph start (the low mark is no such opener)
_SINGLE_OPENERS = _marks("single", ("open", "either"), ("curly", "straight"))  # ‘'
_ALL_MARKS = (_DOUBLE_OPEN + _DOUBLE_CLOSE + _DOUBLE_STRAIGHT + _SINGLE_OPEN + _SINGLE_CLOSE
              + _SINGLE_STRAIGHT)
_MARK_RE = re.compile(f"[{re.escape(_ALL_MARKS)}]")
_BOUNDARY_BEFORE = set(" \t\n\r([{—–-/\u00a0") | set(
    _marks("double", ("open", "either"), ("curly", "straight"))) | set(_SINGLE_OPENERS)
_DECADE_RE = re.compile(r"\d\d?s\b|\d\d(?=[\s,.;:!?)\-–—]|$)")
_TYPEWRITER_RE = re.compile(r"(?<!['`])(?:'{2,3}|``)(?!['`])")
#: an HTML/XML tag (a letter or ``/`` after ``<``, no line break before ``>``)
_TAG_RE = re.compile(r"<[A-Za-z/][^<>\n]*>")
_OPENER_BEFORE = set(" \t\n\r([{—–-/\u00a0")
_ELIDED_LETTER_RE = re.compile(
    f"\\s[{re.escape(_SINGLE_STRAIGHT + _SINGLE_CLOSE + _marks('single', ('open',), ('curly',)))}]"
    f"[a-z][{re.escape(_SINGLE_STRAIGHT + _SINGLE_CLOSE)}](?=\\s)")


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


def opens_between(before: str, after: str) -> bool:
    """Whether a straight mark between the characters ``before`` and ``after`` stands where a
    quotation opens: after a space, bracket, dash, slash or another opening mark (a paragraph
    start counts as a space), before a non-space.

    Why public: the British-marks transform of the evaluation layer reads the straight marks of
    US news with the same context rule (its pairing stays its own, see its module)."""
    return before in _BOUNDARY_BEFORE and not after.isspace()


def closes_between(before: str, after: str) -> bool:
    """Whether a mark between ``before`` and ``after`` stands where a quotation closes: after a
    non-space, before a character that is no letter or digit (a space, punctuation, the end)."""
    return not before.isspace() and not after.isalnum()


def _classify_mark(text: str, i: int, lo: int, hi: int) -> int | None:
    """Role of the mark at ``text[i]``: opener, closer, ambiguous, or None for an apostrophe."""
    c = text[i]
    p = text[i - 1] if i > lo else " "
    n = text[i + 1] if i + 1 < hi else " "
    if c in _DOUBLE_OPEN:
        if c in _LEFT_CURLY_DOUBLE and not opens_between(p, n) and (
                closes_between(p, n) or not text[i + 1 : hi].strip()):
            # ``„Ja“,``, ``unusual,“ said``, a mark at the paragraph end: where no quotation
            # opens, it closes an open one (and else opens, as before)
            return _AMB_D
        return _OPEN_D
    if c in _DOUBLE_CLOSE:
        return _CLOSE_D
    if c in _DOUBLE_STRAIGHT:
        if opens_between(p, n):
            return _OPEN_D
        if closes_between(p, n):
            return _CLOSE_D
        return _AMB_D
    # single marks and apostrophes
    if p.isalnum() and n.isalnum():
        return None  # arm's, Labour’s, don't
    if _ELIDED_LETTER_RE.match(text, max(lo, i - 3), min(hi, i + 4)) or \
            _ELIDED_LETTER_RE.match(text, max(lo, i - 1), min(hi, i + 4)):
        return None  # rock ’n’ roll: one lower-case letter between two marks is elided
    if c in _SINGLE_OPEN:
        if _DECADE_RE.match(text, i + 1, hi) and text[i + 1 : i + 4].rstrip(" ,.;:").endswith("s"):
            return None  # ‘80s written with a left mark
        return _OPEN_S
    # ’ or '
    if p in _BOUNDARY_BEFORE or p.isspace():
        if c in _SINGLE_STRAIGHT and n.isalnum():
            if _DECADE_RE.match(text, i + 1, hi):
                # '80s; '08 inside an open single quotation (no single nests in a single)
                return None if "s" in text[i + 1 : i + 4] else _ELIDE_S
            return _OPEN_S
        if n.isalnum():
            return None  # ’80s, ’tis, rock ’n’ roll
        # after a space or dash, before a space or punctuation: ’ closes an open single
        # quotation only (``mean? ’ Clinton asked``, ``s---’ moment``, ``“two-step” ’``);
        # a straight ' closes one or else opens (``'.@name …'``, ``' … and handily.'``)
        return _AMB_S if c in _SINGLE_STRAIGHT else _CLOSE_S
    return _CLOSE_S


#: a blank line: a paragraph break
_BLANK_LINE_RE = re.compile(r"\n[ \t\u00a0]*\n")


def paragraph_ranges(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` at blank lines (paragraph breaks): the unit of pairing, which
    the British-marks transform of the evaluation layer shares. (``start`` >= 0; the pattern
    is searched between ``start`` and ``end`` in place, not in a copy of the slice: it looks
    at no character around its match, so the matches are the same; speed, issue 13.)"""
    end = len(text) if end is None else end
    out = []
    pos = start
    for m in _BLANK_LINE_RE.finditer(text, start, end):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, end))
    return out


def find_quote_spans(text: str, start: int = 0, end: int | None = None) -> list[QuoteSpan]:
    """Pair the quotation marks of ``text[start:end]`` and return the quoted spans in order.

    Pairing is done paragraph by paragraph (blank lines separate paragraphs) with a small stack,
    so a stray or unbalanced mark only affects its own paragraph. Rules: curly marks have a
    direction; a straight ``"`` is an opener after a space/bracket/dash and before a non-space,
    otherwise a closer; a single mark between two letters or before a decade (``’80s``) is an
    apostrophe; a right single mark closes only an open single quotation (so plural possessives
    outside single quotes are ignored), also after a space or dash (``mean? ’``); a straight
    ``'`` before a space or punctuation closes an open single quotation or else opens one; an
    elided year (``'08``) inside a single quotation is an apostrophe (single marks do not nest
    in single marks). A new double opener while a double quotation is open
    discards the earlier, unclosed opener (a stray). A double quotation still open at the end of
    the paragraph yields a span to the paragraph end (``closed=False``); an unclosed single
    quotation does so only when the next paragraph goes on with it (opens with a single mark,
    the British convention for a quotation over paragraphs, or closes one on its first line),
    and otherwise yields nothing. Spans exclude the marks and surrounding whitespace; empty spans
    are dropped. The result is sorted by ``start``; nested spans have ``level`` 1 and ``parent``.
    """
    end = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    spans: list[QuoteSpan] = []
    for lo, hi in paragraph_ranges(text, start, end):
        _pair_paragraph(text, lo, hi, spans)
    spans.sort(key=lambda s: (s.start, -s.end))
    # parents: the innermost span that strictly contains the marks of another. Only spans
    # still open at ``s.start`` can contain ``s`` or any later span (sorted by start), so they
    # are kept on a stack and the rest dropped: a scan of every earlier span was quadratic
    # (18 s for 25,000 quotations of one 100k-character paragraph)
    open_spans: list[int] = []
    for i, s in enumerate(spans):
        while open_spans and spans[open_spans[-1]].end <= s.start:
            open_spans.pop()
        s_end = s.close_pos if s.close_pos >= 0 else s.end
        for j in reversed(open_spans):
            o = spans[j]
            if o.open_pos < s.open_pos and s_end <= o.end:
                s.parent = j
                s.level = o.level + 1
                o.children.append(i)
                break
        open_spans.append(i)
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


def markup_tags(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """``[start, end)`` of each HTML/XML tag in ``text[lo:hi]`` (``<tweet tweet-date="…">``,
    ``<tweet/>``): the marks around its attribute values quote no words (issue 13)."""
    if text.find("<", lo, hi) < 0:
        return []
    return [(m.start(), m.end()) for m in _TAG_RE.finditer(text, lo, hi)]


def _pair_paragraph(text: str, lo: int, hi: int, spans: list[QuoteSpan]) -> None:
    marks = []
    tags = markup_tags(text, lo, hi)
    tag_starts = [a for a, _ in tags]  # tags do not overlap: bisect, not a scan of all
    for m in _MARK_RE.finditer(text, lo, hi):
        k = bisect_right(tag_starts, m.start()) - 1
        if k >= 0 and tags[k][0] < m.start() < tags[k][1]:
            continue  # an attribute value of a markup tag: page metadata, not a quotation
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
                if text[pos] in _DOUBLE_STRAIGHT and stack[-1][0] == "d" \
                        and text[stack[-1][1]] in _CURLY_DOUBLE_OPEN:
                    # a straight mark inside a curly quotation: treat as its closer
                    _emit(text, spans, pop_to("d"), pos, hi, "double")
                    continue
                if _nests(text, marks, idx, stack[-1][1] if stack[-1][0] == "d" else -1):
                    stack.append(("d", pos))  # ``“… “inner” …”``: a nested quotation
                    continue
                pop_to("d")  # the earlier opener was a stray: drop it
            stack.append(("d", pos))
        elif role == _CLOSE_D:
            if has("d"):
                _emit(text, spans, pop_to("d"), pos, hi, "double")
        if role == _AMB_S:
            role = _CLOSE_S if stack and stack[-1][0] == "s" else _OPEN_S
        elif role == _ELIDE_S:
            if stack and stack[-1][0] == "s":
                continue  # '08 inside a single quotation: an elided year
            role = _OPEN_S
        if role == _OPEN_S:
            if stack and stack[-1][0] == "s":
                # a second single opener: if the earlier one has no closer ahead, drop it
                stack.pop()
            stack.append(("s", pos))
        elif role == _CLOSE_S:
            if stack and stack[-1][0] == "s":
                if _plural_possessive(text, pos, marks, idx, hi, has("d")):
                    continue
                _emit(text, spans, stack.pop()[1], pos, hi, "single")
    # an unclosed double quotation runs to the end of the paragraph; so does an unclosed
    # single one when the next paragraph opens with a single mark (a quotation running over
    # paragraphs: each opens, only the last closes)
    for kind, pos in stack:
        if kind == "d" or _continued(text, hi):
            _emit(text, spans, pos, -1, hi, "double" if kind == "d" else "single")
            break


def _nests(text: str, marks: list, idx: int, outer: int) -> bool:
    """Whether the double opener ``marks[idx]``, met while the double quotation opened at
    ``outer`` is open, nests in it rather than replacing it: its own closing mark comes next
    and another closing mark follows (the outer one) before any other double opener, and
    some words stand between the two openers (``"“You win,”`` is one doubled opener).

    Why: texts that use the same mark at both levels (``“… when “your team” is wrong.”``)
    otherwise lose the outer quotation's first words to narration (issue 14, PolNeAR train:
    9 of 10 such cases nest). One closing mark alone (``“yes. Later “no,”``) stays a stray."""
    if outer < 0 or not text[outer + 1 : marks[idx][0]].strip():
        return False
    closers = 0
    for _, role in marks[idx + 1:]:
        if role in (_CLOSE_D, _AMB_D):
            closers += 1
            if closers == 2:
                return True
        elif role == _OPEN_D:
            return False
    return False


def _continued(text: str, hi: int) -> bool:
    """Whether the paragraph after ``hi`` goes on with an open single quotation: it opens
    with a single mark (the convention of a quotation over paragraphs), or its line holds a
    single closing mark before any other quotation mark (a quotation broken by a line end)."""
    j = hi
    while j < len(text) and text[j].isspace():
        j += 1
    if j == hi or j + 1 >= len(text):
        return False
    line_end = text.find("\n", j)
    line_end = len(text) if line_end < 0 else line_end
    if text[j] in _SINGLE_OPENERS:
        # an opener, not the apostrophe of a decade (``'80s``, ``‘80s``)
        return not text[j + 1].isspace() and _classify_mark(text, j, j, line_end) == _OPEN_S
    for m in _MARK_RE.finditer(text, j, line_end):
        role = _classify_mark(text, m.start(), j, line_end)
        if role is not None:
            return role == _CLOSE_S
    return False


def _plural_possessive(text: str, pos: int, marks: list, idx: int, hi: int,
                       in_double: bool) -> bool:
    """``workers’ rights`` inside a single quotation: an ``s’`` + space with a later closer.
    Double marks on the way end the search when the single quotation sits inside a double
    one (US style: the double closes first); when it is the outer quotation (British style:
    ``‘the Tories’ policy is a “disgrace”’``) they are nested in it and are passed over."""
    if text[pos - 1] not in "sS" or pos + 1 >= hi or not text[pos + 1].isspace():
        return False
    for _, role in marks[idx + 1:]:
        if role == _OPEN_S or (in_double and role in (_OPEN_D, _CLOSE_D, _AMB_D)):
            return False
        if role in (_CLOSE_S, _AMB_S):
            return True
    return False
