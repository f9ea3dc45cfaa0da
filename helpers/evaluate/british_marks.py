"""PolNeAR written in British quotation marks: a mechanical transform applied at load time.

Why (issue 13). New Statesman pages quote with single marks (``‘…’``, the closing ``’`` being
the same character as the apostrophe), nest double marks inside (``“…”``) and sometimes write
straight marks (``'…'`` / ``"…"``). PolNeAR, the project's real-news development data, is US
news quoted with double marks, so the single-mark path of the quote instrument had never been
scored on real text. This module rewrites each article the British way and maps the gold
offsets onto the new text, so the same gold scores the instrument on single marks. Nothing is
written to disk: the shared text stays where it is.

The transform (one paragraph at a time; paragraphs end at blank lines):

* Double marks (``"``, ``“``, ``”`` and the typewriter pair ``''`` of the New York Times
  files, which is two characters) are paired into quotations. Curly marks say their side; a
  straight one opens after a space, bracket, dash or the paragraph start when a word follows,
  closes after a non-space before a space, punctuation or the end, and otherwise opens when
  no quotation is open. Three apostrophes are a double and a single mark (``'''`` closing: the
  single first).
* Single marks (``'``, ``‘``, ``’``) are paired inside each region: the interior of a double
  quotation (nested marks) and the rest of the paragraph (top-level single marks, as US
  headlines write them). An opener is ``‘`` or a ``'`` after a boundary before a non-space; a
  closer is a mark after a non-space before a non-letter; the first closer after an opener
  closes it, unless it ends a plural possessive (``s’`` + a word) and another closer follows
  in the region. A single mark in no pair is an apostrophe (``don't``, ``’80s``, ``voters'``).
* Output: double pairs become single marks, nested single pairs become double marks, top-level
  single pairs stay single. ``british-curly``: ``‘ ’`` / ``“ ”``, every apostrophe ``’``;
  ``british-straight``: ``'`` / ``"``, every apostrophe ``'``.

Shared with core (:mod:`helpers.core.quotation_marks`): the paragraph split and the context
rule of a straight mark (where it opens, where it closes). The pairing itself stays this
module's, on purpose: the transform writes the test text that the instrument's pairing (core's)
then reads, so sharing it would write core's pairing errors into the text and read them back
as right. Core's pairing would also rewrite about a tenth of the train articles differently
(tidy round, 2026-12-04: a scratch rewrite through ``find_quote_spans`` changed 79 of 840).

Offsets: the text only loses characters (``''`` -> one mark), so :func:`british_text` returns
for every old offset ``i`` (``0..len``) its new offset; a gold span ``(s, e)`` becomes
``(offsets[s], offsets[e])`` and holds the same words (``tests/test_british_marks.py``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

import pandas as pd

from helpers.core.quotation_marks import closes_between, opens_between, paragraph_ranges
from helpers.evaluate.polnear import PolnearSplit

__all__ = ["MARK_VARIANTS", "BritishText", "british_split", "british_text"]

#: the variants: name -> (double open, double close, single open, single close, apostrophe)
_GLYPHS = {"british-curly": ("‘", "’", "“", "”", "’"),
           "british-straight": ("'", "'", '"', '"', "'")}
MARK_VARIANTS = tuple(_GLYPHS)
_TOKEN_RE = re.compile("'''|''|[\"“”'‘’]")
_DECADE_RE = re.compile(r"\d\d?s\b|\d\d\b")


class BritishText(NamedTuple):
    """A transformed text and the new offset of every old offset (``len(old) + 1`` entries)."""

    text: str
    offsets: list[int]


class _Mark(NamedTuple):
    pos: int  # offset of the mark in the old text
    length: int  # 2 for the typewriter pair ''
    double: bool


def _tokens(text: str, lo: int, hi: int) -> list[_Mark]:
    """The marks of ``text[lo:hi]``; ``'''`` split into its double and single parts."""
    out: list[_Mark] = []
    for m in _TOKEN_RE.finditer(text, lo, hi):
        i, tok = m.start(), m.group(0)
        if tok == "'''":
            if _opens(text, i, 3, lo, hi):
                out += [_Mark(i, 2, True), _Mark(i + 2, 1, False)]
            else:
                out += [_Mark(i, 1, False), _Mark(i + 1, 2, True)]
        elif tok == "''":
            before = text[i - 1] if i > lo else " "
            after = text[i + 2] if i + 2 < hi else " "
            if not (before.isalnum() and after.isalnum()):
                out.append(_Mark(i, 2, True))
        else:
            out.append(_Mark(i, 1, tok in "\"“”"))
    return out


def _around(text: str, i: int, length: int, lo: int, hi: int) -> tuple[str, str]:
    """The characters before and after a mark of ``length`` at ``i`` (a space at an edge)."""
    return (text[i - 1] if i > lo else " ", text[i + length] if i + length < hi else " ")


def _opens(text: str, i: int, length: int, lo: int, hi: int) -> bool:
    """Whether a straight mark at ``i`` stands where an opening mark stands (core's rule)."""
    return opens_between(*_around(text, i, length, lo, hi))


def _closes(text: str, i: int, length: int, lo: int, hi: int) -> bool:
    """Whether a mark at ``i`` stands where a closing mark stands (core's rule)."""
    return closes_between(*_around(text, i, length, lo, hi))


def _pair_doubles(text: str, marks: list[_Mark], lo: int, hi: int
                  ) -> tuple[dict[int, str], list[tuple[int, int]]]:
    """Sides of the double marks (pos -> ``open``/``close``) and the interiors of the double
    quotations of one paragraph (an unclosed one runs to the paragraph end)."""
    side: dict[int, str] = {}
    regions: list[tuple[int, int]] = []
    open_at: _Mark | None = None
    for mk in marks:
        c = text[mk.pos]
        if c == "“":
            opening = True
        elif c == "”":
            opening = False
        elif _opens(text, mk.pos, mk.length, lo, hi):
            opening = True
        elif _closes(text, mk.pos, mk.length, lo, hi):
            opening = False
        else:
            opening = open_at is None
        if opening:
            if open_at is not None:
                regions.append((open_at.pos + open_at.length, mk.pos))
            open_at = mk
            side[mk.pos] = "open"
        else:
            side[mk.pos] = "close"
            if open_at is not None:
                regions.append((open_at.pos + open_at.length, mk.pos))
                open_at = None
    if open_at is not None:
        regions.append((open_at.pos + open_at.length, hi))
    return side, regions


def _single_opener(text: str, i: int, lo: int, hi: int) -> bool:
    if _DECADE_RE.match(text, i + 1, hi):
        return False  # ’80s, '90
    return text[i] == "‘" or (text[i] == "'" and _opens(text, i, 1, lo, hi))


def _pair_singles(text: str, marks: list[_Mark], lo: int, hi: int) -> dict[int, str]:
    """Sides of the single marks of one region that form pairs (pos -> ``open``/``close``)."""
    side: dict[int, str] = {}
    open_at: int | None = None
    for k, mk in enumerate(marks):
        i = mk.pos
        if open_at is not None and text[i] != "‘" and _closes(text, i, 1, lo, hi):
            if _possessive(text, i, hi) and any(
                    _closes(text, m.pos, 1, lo, hi) for m in marks[k + 1:]):
                continue
            side[open_at], side[i] = "open", "close"
            open_at = None
        elif _single_opener(text, i, lo, hi):
            open_at = i
    return side


def _possessive(text: str, i: int, hi: int) -> bool:
    """``voters’ choice``: a mark after ``s`` followed by a space and a word."""
    return text[i - 1] in "sS" and i + 2 < hi and text[i + 1] == " " and text[i + 2].isalpha()


def british_text(text: str, variant: str) -> BritishText:
    """``text`` written with British quotation marks (``variant`` of :data:`MARK_VARIANTS`)
    and the offset map; see the module docstring for the rules."""
    d_open, d_close, s_open, s_close, apos = _GLYPHS[variant]
    glyph: dict[int, tuple[int, str]] = {}  # old pos -> (length, new mark)
    for lo, hi in paragraph_ranges(text):
        marks = _tokens(text, lo, hi)
        doubles = [m for m in marks if m.double]
        singles = [m for m in marks if not m.double]
        side, regions = _pair_doubles(text, doubles, lo, hi)
        for mk in doubles:
            glyph[mk.pos] = (mk.length, d_open if side[mk.pos] == "open" else d_close)
        nested: dict[int, str] = {}
        for s, e in regions:
            nested.update(_pair_singles(text, [m for m in singles if s <= m.pos < e], s, e))
        top = [m for m in singles if not any(s <= m.pos < e for s, e in regions)]
        flat = _pair_singles(text, top, lo, hi)
        for mk in singles:
            if mk.pos in nested:
                glyph[mk.pos] = (1, s_open if nested[mk.pos] == "open" else s_close)
            elif mk.pos in flat:
                glyph[mk.pos] = (1, d_open if flat[mk.pos] == "open" else d_close)
            else:
                glyph[mk.pos] = (1, apos)
    out: list[str] = []
    offsets = [0] * (len(text) + 1)
    i = 0
    while i < len(text):
        offsets[i] = len(out)
        if i in glyph:
            length, new = glyph[i]
            out.append(new)
            for j in range(i + 1, i + length):
                offsets[j] = len(out)
            i += length
        else:
            out.append(text[i])
            i += 1
    offsets[len(text)] = len(out)
    return BritishText("".join(out), offsets)


def _swap_apostrophes(s: str, variant: str) -> str:
    """A gold string (a Source, a referent name) with the variant's apostrophe."""
    return s.replace("'", "’") if variant == "british-curly" else s.replace("’", "'")


def british_split(split: PolnearSplit, variant: str) -> PolnearSplit:
    """``split`` with every text transformed (:func:`british_text`) and the gold mapped onto
    it: piece and Source offsets through the offset map, ``text`` re-read from the new text,
    the Source (when it is one fragment) re-read too, other name strings with the variant's
    apostrophe. Cue columns are unchanged (the cue is scored by its words)."""
    if variant not in _GLYPHS:
        raise ValueError(f"unknown marks variant {variant!r}; one of {MARK_VARIANTS}")
    texts: dict[str, str] = {}
    maps: dict[str, list[int]] = {}
    for source, text in split.texts.items():
        texts[source], maps[source] = british_text(text, variant)
    g = split.gold.copy()
    rows = []
    for r in g.itertuples(index=False):
        row = r._asdict()
        old, new, off = split.texts[r.source], texts[r.source], maps[r.source]
        row["start"], row["end"] = off[int(r.start)], off[int(r.end)]
        row["text"] = new[row["start"]:row["end"]]
        ss, se = int(r.speaker_start), int(r.speaker_end)
        if ss >= 0 and old[ss:se] == r.speaker:
            row["speaker"] = new[off[ss]:off[se]]
        else:
            row["speaker"] = _swap_apostrophes(str(r.speaker), variant)
        if ss >= 0:
            row["speaker_start"], row["speaker_end"] = off[ss], off[se]
        row["speaker_antecedent"] = _swap_apostrophes(str(r.speaker_antecedent), variant)
        if "speaker_referent" in row:
            row["speaker_referent"] = _swap_apostrophes(str(row["speaker_referent"]), variant)
        if "referent_mentions" in row:
            row["referent_mentions"] = tuple(_swap_apostrophes(m, variant)
                                             for m in row["referent_mentions"])
        rows.append(row)
    gold = pd.DataFrame(rows, columns=g.columns)
    return replace(split, texts=texts, gold=gold)
