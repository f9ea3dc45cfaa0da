"""What the readers of a cue-less quotation's speaker share (issue 13, rounds 39 and 42; review
14): where the quotation opens in its paragraph's narration, the clause before it, and the
resolution of a noun phrase found there as a cue's subject would be resolved.

Each reader (:mod:`.continuations`, :mod:`.written_subjects`, :mod:`.context_relays`,
:mod:`.dash_labels`, :mod:`.headlines`, :mod:`.bylines`) looks for one shape of source near the
quotation; before review 14 each copied the same few lines that find the quotation in the
narration, and the later ones imported the private resolver and guards of round 39's module.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from helpers.core.lazy_patterns import lazy_compile
from helpers.instruments.quotes.attribution import ArticleState, _attribute_np
from helpers.instruments.quotes.paragraphs import narration_of
from helpers.instruments.quotes.quoterow import QuoteRow, _clause_start, _set_np

#: an abbreviation's full stop (``the U.S. Embassy``) that the sentence finder took for an end
_ABBREV_END_RE = lazy_compile(r"(?:\b[A-Z]\.)+\s*$|\b(?:St|Mt|Ft|Jr|Sr|Dr|Mr|Mrs|Ms)\.\s*$")
#: a label that names the source right before a colon (``… - Pew Research: "…"``): left to
#: the readers of labels (:mod:`.dash_labels`)
_DASH_LABEL_RE = lazy_compile(r"[-\u2013\u2014]\s*[A-Z][^\s:]*(?:\s+[A-Z][^\s:]*){0,4}:\s*$")
#: a relay in the sentence (``according to the poll``): its source, not the subject, speaks
_RELAY_RE = lazy_compile(r"(?i)\baccording\s+to\b")
#: the fewest words of narration before the quotation in its sentence
_MIN_WORDS_BEFORE = 3


class Opening(NamedTuple):
    """Where a quotation opens in its paragraph's narration: ``narr`` starts at ``lo`` in the
    article's text and the opening mark stands at ``open_at`` in ``narr``."""

    lo: int
    narr: str
    open_at: int


class Clause(NamedTuple):
    """The narration of a quotation's clause before its opening mark: ``before`` starts at
    ``base`` in the article's text (``cs`` in ``narr``)."""

    base: int
    cs: int
    narr: str
    before: str


def quotation_opening(row: QuoteRow, art: ArticleState, pi: int) -> Opening | None:
    """Where ``row`` (in paragraph ``pi``) opens in its paragraph's narration, or None when the
    paragraph has no narration or the opening mark lies outside it."""
    found = narration_of(art.paragraph_mentions, pi)
    if found is None:
        return None
    lo, narr = found
    open_at = row.span.open_pos - lo
    if not 0 < open_at <= len(narr):
        return None
    return Opening(lo, narr, open_at)


def clause_before(row: QuoteRow, art: ArticleState, pi: int) -> Clause | None:
    """The narration of ``row``'s clause before its opening mark (from the clause start that
    :func:`.quoterow._clause_start` finds), or None as :func:`quotation_opening`."""
    op = quotation_opening(row, art, pi)
    if op is None:
        return None
    cs = _clause_start(op.narr, op.open_at, 0)
    return Clause(op.lo + cs, cs, op.narr, op.narr[cs:op.open_at])


def subject_clause(row: QuoteRow, art: ArticleState, pi: int) -> Clause | None:
    """:func:`clause_before` when its subject may be the quotation's speaker: None when it has
    fewer than three words, another quotation of the sentence comes first (its cue governs
    this one too), the sentence start is unsure (an abbreviation's full stop), or the sentence
    names its source in another way (a dash label, ``according to``). Rounds 39 and 42 read
    the subject of such a clause."""
    cl = clause_before(row, art, pi)
    if cl is None:
        return None
    before = cl.before
    if len(before.split()) < _MIN_WORDS_BEFORE or "\x01" in before or \
            _ABBREV_END_RE.search(cl.narr, 0, cl.cs) or _DASH_LABEL_RE.search(before) or \
            _RELAY_RE.search(before):
        return None
    return cl


def speaker_from_np(row: QuoteRow, m: re.Match, base: int, art: ArticleState, pi: int,
                    interview: bool) -> bool:
    """Resolve the noun phrase ``m`` (its group ``np``; offsets from ``base``) as ``row``'s cue
    subject would be and keep it when it gives a speaker (a resolved pronoun counts as named);
    otherwise put ``row`` back as it was and return False, so that the next reader may try."""
    saved = (row.np, row.np_start, row.np_end, row.speaker, row.speaker_type,
             row.speaker_start, row.speaker_end, row.speaker_mention)
    _set_np(row, m, base)
    _attribute_np(row, art, pi, interview)
    if not row.speaker:
        (row.np, row.np_start, row.np_end, row.speaker, row.speaker_type,
         row.speaker_start, row.speaker_end, row.speaker_mention) = saved
        return False
    if row.speaker_type == "pronoun-resolved":
        row.speaker_type = "named"
    return True
