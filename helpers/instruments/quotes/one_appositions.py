"""``One, a retired MP now in his nineties, told me …``: a speaker written as ``one`` /
``another`` (``One veteran of those wars, a former NEC member who asked not to be named,
said``) is named by the indefinite person description apposed to it (round 63, issue 13).

Why: ``one`` and ``another`` pick a person out of a group by counting (``one founder``, ``one
veteran``); the apposition right after says who the person is, and the guideline's speaker is
that description (``data/annotations/guidelines/quotes.md``: the most specific description the
text gives). The speaker readers took the counted phrase, and an elliptic ``One`` was
completed from an earlier plural (``one founder``), which the scorer cannot match with the
description the text gives. Recurs in two British writers' sets (round 63's count: a letter's
surviving signatory, three pieces; a party veteran, one). The pass runs after the speaker
pass, on every top-level speech piece whose speaker phrase is such a ``one`` / ``another``
phrase, whichever reader or the chooser gave it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from helpers.core.lazy_patterns import lazy_compile
from helpers.core.lexicons import load_words
from helpers.instruments.quotes.description_text import _PERSON_NOUN_RE
from helpers.instruments.quotes.lexicon import PERSON_NOUNS
from helpers.instruments.quotes.quoterow import QuoteRow

#: a counted speaker phrase: ``One``, ``Another``, ``one veteran of those wars``
_COUNTED_RX = lazy_compile(r"(?:[Oo]ne|[Aa]nother)\b[^,;:\x01“”\"‘’]{0,60}")
#: words that cannot stand between the article and the head noun of one description
#: (``data/lexicons/apposition_head_stops.txt``): after a determiner or a preposition the
#: person noun heads a second noun phrase, not the description (review 24a)
_NOT_MODIFIER = "(?:" + "|".join(sorted(map(re.escape, load_words("apposition_head_stops.txt")),
                                        key=len, reverse=True)) + ")"
#: the apposition: a comma, an indefinite description up to its person noun, then the rest of
#: the apposition (no quotation, no clause break) closed by a comma
_APPOSED_RX = lazy_compile(
    rf",\s+(?P<app>an?\s+(?:(?!{_NOT_MODIFIER}\s)[\w’'\-]+\s+){{0,3}}?"
    rf"(?P<head>{_PERSON_NOUN_RE}))(?![\w’'\-])"
    r"[^,;:!?.\x01“”\"‘’]{0,80},")


def _plural(noun: str) -> bool:
    """Whether ``noun`` is the plural of a person noun (``passengers``): after ``a`` / ``an``
    it is no head of the description but part of a clause inside it (review 24a)."""
    low = noun.lower()
    return low.endswith("s") and low[:-1] in PERSON_NOUNS


def apposed_one_speakers(rows: Sequence[QuoteRow], text: str) -> None:
    """Give each top-level speech piece whose speaker phrase (``speaker_start`` …
    ``speaker_end``) is a counted ``one`` / ``another`` phrase followed by an apposed
    indefinite person description the description as its speaker (in place; module
    docstring)."""
    for row in rows:
        if row.span.level or row.kind != "speech" or row.speaker_start is None or \
                row.speaker_end is None:
            continue
        phrase = text[row.speaker_start:row.speaker_end]
        if not _COUNTED_RX.fullmatch(phrase):
            continue
        m = _APPOSED_RX.match(text, row.speaker_end)
        if m is None or _plural(m.group("head")):
            continue
        row.speaker = m.group("app")
        row.speaker_start, row.speaker_end = m.start("app"), m.end("app")
        row.speaker_type = "description"
        row.speaker_mention = m.group("app")
