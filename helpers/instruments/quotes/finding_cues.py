"""``The inquiry found that the plan had been "…"``: a quotation inside the ``that``-clause of a
verb of finding takes that verb as its cue (round 63, issue 13).

Why: ``find`` is no reporting verb (``police found the car``), so a quotation an inquiry, a
court or a report *found* had no cue at all, though the speaker (the clause's subject, reached
by context) was right: the guideline annotates the verb that introduces the quoted words
(``data/annotations/guidelines/quotes.md``), and the finding is such a verb when it takes a
``that``-clause. Recurs in three British writers' sets (rounds 59, 61 and 63: an inquiry's
findings, a judge's, a select committee's), each time with a second quotation in a further
``and that …`` clause of the same sentence. The pass runs after the speaker pass and gives a
cue only to a top-level speech piece that has none; its speaker is left as it is.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from helpers.core.lazy_patterns import lazy_compile
from helpers.core.lexicons import load_records, load_words
from helpers.instruments.quotes.quoterow import QuoteRow

#: how far back (characters) the verb of finding may stand from the quotation it frames
_REACH = 400


@lru_cache(maxsize=1)
def _finding_forms() -> dict[str, str]:
    """Written form -> lemma, from ``data/lexicons/finding_verbs.csv``."""
    return {r["form"]: r["lemma"] for r in load_records("finding_verbs.csv")}


@lru_cache(maxsize=1)
def _finding_re() -> re.Pattern:
    """A form of a verb of finding followed by ``that`` (its clause)."""
    forms = "|".join(sorted(map(re.escape, _finding_forms()), key=len, reverse=True))
    return re.compile(rf"(?<![\w’'-])(?P<verb>{forms})\s+that\b")


#: a sentence end, a clause break or a paragraph break, outside quotation marks; and (review
#: 24a) a second main clause after a comma and a coordinating conjunction
#: (``data/lexicons/coordinating_conjunctions.txt``) that opens no further ``that``-clause of
#: the finding (``The inquiry found that …, but campaigners remain "…"``: the campaigners'
#: words, not the finding's; ``… and that …`` stays inside it)
_CONJUNCTIONS = "|".join(sorted(load_words("coordinating_conjunctions.txt"), key=len,
                                reverse=True))
_BREAK_RE = lazy_compile(rf"[.!?;](?=[\s\x01]|$)|\n|,\s*(?:{_CONJUNCTIONS})\s+(?!that\b)")


class TopSpans(NamedTuple):
    """The top-level quotations of an article's rows as (start, end) character ranges (marks
    included), sorted by start, with the running maximum of their ends: what :func:`_masked`
    reads to visit only the quotations that reach into its window (throughput round 14)."""

    starts: list[int]
    ends: list[int]
    max_ends: list[int]


def top_spans(rows: Sequence[QuoteRow]) -> TopSpans:
    """The :class:`TopSpans` of ``rows`` (every top-level quotation, as :func:`_masked`
    masks it)."""
    spans = sorted((r.span.open_pos, (r.span.close_pos + 1) if r.span.close_pos >= 0
                    else r.span.end) for r in rows if not r.span.level)
    max_ends: list[int] = []
    top = -1
    for _, b in spans:
        top = max(top, b)
        max_ends.append(top)
    return TopSpans([a for a, _ in spans], [b for _, b in spans], max_ends)


def _masked(text: str, lo: int, hi: int, rows: Sequence[QuoteRow],
            tops: TopSpans | None = None) -> str:
    """``text[lo:hi]`` with every top-level quotation (marks included) replaced by ``\\x01``:
    the full stops inside quoted words end no sentence of the narration.

    ``tops``: :func:`top_spans` of ``rows``, read instead of every row (speed, throughput
    round 14: the finding pass masked each cue-less row's window with every row of the
    article). Only a quotation that starts before ``hi`` and ends after ``lo`` changes the
    window; each one writes the same ``\\x01`` wherever it overlaps another, so the order
    of the writes does not matter and the result is the same string."""
    chars = list(text[lo:hi])
    if tops is None:
        tops = top_spans(rows)
    # the quotations before the first whose running end passes lo end by lo
    first = bisect_right(tops.max_ends, lo)
    last = bisect_left(tops.starts, hi)
    for start, end in zip(tops.starts[first:last], tops.ends[first:last]):
        a, b = max(start, lo), min(end, hi)
        if a < b:
            chars[a - lo:b - lo] = "\x01" * (b - a)
    return "".join(chars)


def finding_cues(rows: Sequence[QuoteRow], text: str) -> None:
    """Give each cue-less top-level speech piece whose sentence, before it, holds ``<verb of
    finding> that`` (no sentence or clause break between) that verb as its cue (in place;
    module docstring)."""
    rx = _finding_re()
    forms = _finding_forms()
    tops = top_spans(rows)
    for row in rows:
        if row.span.level or row.kind != "speech" or row.cue:
            continue
        hi = row.span.open_pos
        lo = max(0, hi - _REACH)
        window = _masked(text, lo, hi, rows, tops)
        verb = None
        for m in rx.finditer(window):
            verb = m  # the latest verb of finding before the quotation
        if verb is None or _BREAK_RE.search(window, verb.end()):
            continue
        row.cue = forms[verb.group("verb").lower()]
        row.cue_start, row.cue_end = lo + verb.start("verb"), lo + verb.end("verb")
