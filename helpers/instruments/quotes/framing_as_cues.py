"""``… described the fares as "…"``: a framing verb with ``as`` right before the quotation is
its cue, over a verb earlier in the sentence (round 61, issue 13).

Why: the cue readers take the sentence's reporting verb, so a quotation that a later framing
verb of the same sentence introduces (``Tom Reed has said he would "…", and has twice
described the fares as "…"``; ``He spent the autumn writing reports that he now describes as
"…"``) got the earlier verb (``say``, ``write``) as its cue. The verb that frames the quoted
words is the one the guideline annotates (``data/annotations/guidelines/quotes.md``, the cue
is the verb that introduces the quotation). Recurs in two British writers' sets (round 59's
count). The pass runs after the speaker pass and changes only the cue of a piece that already
has one (the speaker is the sentence's subject either way); a cue-less piece is left alone
(``described as "…"`` with no cue is as often a term).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from helpers.core.lazy_patterns import lazy_compile
from helpers.instruments.quotes.lexicon import _PRE_VERB, FRAMING_VERBS
from helpers.instruments.quotes.quoterow import QuoteRow


@lru_cache(maxsize=1)
def _framing_as_re() -> re.Pattern:
    """A framing verb form, up to eight words of its object (no punctuation or quotation
    mark) and ``as`` ending the text right before the quotation. No word of the object is
    ``as``: the last ``as`` of ``as soon as``, ``as well as`` or ``as recently as`` closes a
    comparison or a time, not the frame (``he would call the board as soon as "…"``; review
    24a)."""
    forms = "|".join(sorted((re.escape(f) for f in FRAMING_VERBS if " " not in f),
                            key=len, reverse=True))
    return re.compile(rf"(?<![\w’'-])(?P<verb>{forms})(?:\s+(?!as\s)[^\s.!?;:,\x01“”\"‘’]+){{0,8}}?"
                      r"\s+as\s*$")


#: a sentence end or a clause break that no cue reaches over
_BREAK_RE = lazy_compile(r"[.!?;]")
#: a form of ``be`` (and up to two adverbs) right before the verb: a passive (``the plan was
#: described as``, ``had long been dismissed as``) frames words of an agent who is not the
#: sentence's subject, so the subject's own verb stays the cue (review 24a)
_PASSIVE_BEFORE_RE = lazy_compile(
    rf"(?<![\w’'-])(?:is|are|was|were|be|been|being)\s+"
    rf"(?:(?:{_PRE_VERB}|long|often|not|never|since|already)\s+){{0,2}}$")


def framing_as_cues(rows: Sequence[QuoteRow], text: str) -> None:
    """Give each top-level speech piece with a cue whose narration ends in ``<framing verb>
    … as`` (same sentence, after the cue) that verb as its cue (in place; module docstring);
    a passive framing verb (``was described as``) is not the subject's act and gives none."""
    rx = _framing_as_re()
    for row in rows:
        if (row.span.level or row.kind != "speech" or not row.cue or row.cue_end is None
                or row.cue_start is None):
            continue
        if row.cue_end > row.span.open_pos:
            continue  # a post-cue: the verb after the quotation is its own
        m = rx.search(text, row.cue_start, row.span.open_pos)
        if m is not None and m.start("verb") == row.cue_start:
            continue  # the cue frames it itself: `describes calls for X as "…"` (`calls`: a noun)
        if m is None or _BREAK_RE.search(text, row.cue_end, m.start("verb")):
            continue
        verb = m.group("verb")
        if not verb.endswith("ing") and _PASSIVE_BEFORE_RE.search(
                text, max(row.cue_end, m.start("verb") - 40), m.start("verb")):
            continue  # a passive: the describer is not the subject (review 24a)
        lemma = FRAMING_VERBS[verb]
        if lemma == row.cue:
            continue
        row.cue, row.cue_start, row.cue_end = lemma, m.start("verb"), m.end("verb")
