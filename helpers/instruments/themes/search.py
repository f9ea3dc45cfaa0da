"""The regex search of one theme in one span of text: its terms and patterns (overlaps
resolved), its ``exclude`` spans, its ``context`` words, and the groups of a co-occurrence rule.

Why apart: these are the primitives that :mod:`.matches` and :mod:`.article_terms` both run;
each goes through the literal prefilter (:mod:`.prefilter`) and drops surname cues written as
another person's name (:mod:`.namesakes`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from helpers.instruments.themes.codebook import Theme
from helpers.instruments.themes.namesakes import Namesakes
from helpers.instruments.themes.prefilter import LiteralGate

__all__ = [
    "Candidate",
    "context_in_view",
    "excluded_spans",
    "find_all",
    "group_hits",
    "theme_matches",
]


class Candidate(NamedTuple):
    """A term or pattern match of one theme before overlaps are resolved."""

    term: str
    kind: str
    weight: float
    start: int
    end: int


def find_all(gate: LiteralGate, rx: re.Pattern[str], text: str, start: int, end: int,
              names: Namesakes, sliced: bool = True) -> list[re.Match[str]]:
    """``gate.finditer`` without the matches that are a surname cue written as another
    person's name ("Jerry Brown" for the cue ``Brown`` meant for Gordon Brown; :mod:`.namesakes`).
    """
    found = gate.finditer(rx, text, start, end, sliced)
    if not found or not names:  # most calls find nothing: ``names`` is not asked then
        return found
    base = start if sliced else 0
    return [m for m in found if not names.other_person(text, m.start() + base, m.end() + base)]


def theme_matches(theme: Theme, folded: str, start: int, end: int,
                   gate: LiteralGate, names: Namesakes) -> list[Candidate]:
    """One theme's term/pattern matches in a span, overlaps resolved.

    ``folded`` is the whole source text with curly quotes folded (same offsets); ``gate``
    (of ``folded``) skips the regexes that cannot match in the span; ``names`` drops surname
    cues written as another person's name.
    """
    cands: list[Candidate] = []
    if theme.term_regex is not None:
        for m in find_all(gate, theme.term_regex, folded, start, end, names):
            term, kind, weight = theme.group_info[int(m.lastgroup[1:])]
            cands.append(Candidate(term, kind, weight, m.start(), m.end()))
    rules = theme.pattern_rules or ("",) * len(theme.patterns)
    for src, rule, rx in zip(theme.patterns, rules, theme.pattern_regexes):
        # a named pattern's term is "rule:NAME" (its evidence names the class, not the regex)
        term = f"rule:{rule}" if rule else src
        for m in find_all(gate, rx, folded, start, end, names):
            if m.end() > m.start():
                cands.append(Candidate(term, "pattern", 1.0, m.start(), m.end()))
    if not cands:
        return []
    excluded = excluded_spans(theme, folded, start, end, gate)
    cands.sort(key=lambda c: (-c.weight, -(c.end - c.start), c.start))
    kept: list[Candidate] = []
    for c in cands:
        if any(c.start < e and s < c.end for s, e in excluded):
            continue
        if any(c.start < k.end and k.start < c.end for k in kept):
            continue
        kept.append(c)
    return [c._replace(start=c.start + start, end=c.end + start) for c in kept]


def excluded_spans(theme: Theme, folded: str, start: int, end: int, gate: LiteralGate,
              sliced: bool = True) -> list[tuple[int, int]]:
    """Spans of the theme's ``exclude`` regexes in ``folded[start:end]``.

    ``sliced``: searched in the slice (offsets relative to ``start``, the slice's edges are
    the text's); else searched in ``folded`` between ``start`` and ``end`` (absolute offsets,
    look-behinds see the text before ``start``). Regexes the gate rules out are not run.
    """
    return [(m.start(), m.end()) for rx in theme.exclude_regexes
            for m in gate.finditer(rx, folded, start, end, sliced)]


def context_in_view(theme: Theme, folded: str, start: int, end: int,
                     gate: LiteralGate, names: Namesakes) -> bool:
    """Whether a ``context`` term of ``theme`` occurs in ``folded[start:end]`` outside the
    theme's ``exclude`` spans.

    Why: an exclusion marks words that are not the theme ("post-Iraq" as a date, "American
    football"); like a co-occurrence group, such a span must not put the theme in view either.
    """
    found = find_all(gate, theme.context_regex, folded, start, end, names, sliced=False)
    if not found:
        return False
    excluded = excluded_spans(theme, folded, start, end, gate, sliced=False)
    return any(not any(m.start() < e and s < m.end() for s, e in excluded) for m in found)


def group_hits(regs: tuple[re.Pattern[str], ...], ftext: str, start: int, end: int,
                gate: LiteralGate, names: Namesakes) -> list[list[tuple[int, int]]] | None:
    """``(start, end)`` of every match of each regex in ``ftext[start:end]``; None as soon as
    one regex has no match (a co-occurrence rule needs all its groups)."""
    out = []
    for rx in regs:
        hits = [(m.start(), m.end()) for m in find_all(gate, rx, ftext, start, end, names, False)]
        if not hits:
            return None
        out.append(hits)
    return out
