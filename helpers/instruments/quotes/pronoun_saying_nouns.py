"""``… after her March comment that, "…"``: a noun of saying whose possessor is a pronoun
(round 64, issue 13).

Round 37 (:func:`.governing.possessed_saying_noun`) gives a quotation that completes a noun
of saying (``data/lexicons/saying_nouns.txt``) to the noun's possessor when the possessor is a
name (``X called Jo Reed's assertion of a "…"``). With a possessive pronoun there (``her
comment that``, ``his argument in favor of``) the sentence's subject or the latest speaker
took the words, while the text gives them to the person the pronoun stands for: PolNeAR's
Source is the pronoun (``her``, ``his``), its referent the speaker. The rule reads the same
shape with ``his``/``her``/``their`` as the possessor and hands the pronoun on to the usual
resolution; a short prepositional phrase may stand between the noun and its complement
(``her comments before a House committee that "…"``). Round 64's count (train A-C): A 1, C 2.
When that phrase holds a noun of saying of its own (``her comment on his claim that "…"``), the
complement is the nearer noun's, so the reading moves on to it (``his claim that``; review 24c).
"""

from __future__ import annotations

import re
from functools import lru_cache

from helpers.core.lazy_patterns import lazy_compile
from helpers.core.lexicons import load_words
from helpers.instruments.quotes.lexicon import REPORTING_VERBS

#: the quotation opens the noun's complement: ``argument in favor of "…"``, ``claim of a "…"``
_COMPLEMENT_OPENS_RX = lazy_compile(r"\s+(?:(?:a|an|the|some|any)\s+)?(?:[a-z][\w\-]*\s+)?")
#: what may follow ``that`` before the quotation: a comma, or a short clause opening
_THAT_OPENS_RX = lazy_compile(r"\s*,?\s*(?:[\w’'\-]+\s+){0,6}")


@lru_cache(maxsize=1)
def _pronoun_saying_re() -> re.Pattern:
    """A possessive pronoun, an optional modifier, a noun of saying, an optional short
    prepositional phrase and the complement's opener, ending the text before the quotation."""
    nouns = "|".join(load_words("saying_nouns.txt"))
    return re.compile(
        rf"(?<![\w’'])(?P<np>[Hh]is|[Hh]er|[Tt]heir)\s+(?:[A-Za-z][\w\-]*\s+)?"
        rf"(?P<noun>(?:{nouns})s?)"
        r"(?:\s+(?:before|at|to|in|on|during)\s+(?P<pp>[^,\x01;:!?\"“”]{1,60}?))?"
        r"\s+(?P<prep>that|of|about|on|over|in\s+favou?r\s+of)\b(?P<rest>[^\x01;:!?]{0,80})$")


def pronoun_saying_noun(pre: str) -> re.Match | None:
    """``… her March comment that, "``: the match of the possessive pronoun (group ``np``) and
    the noun of saying (``noun``) whose complement holds the quotation; ``pre`` is the
    sentence up to the opening mark. None otherwise, and when a verb of saying stands in the
    complement or in the 120 characters before (the outer reporter's, round 26)."""
    if "his " not in pre[-160:].lower() and "her " not in pre[-160:].lower():
        return None
    rx, pos = _pronoun_saying_re(), max(0, len(pre) - 160)
    m = rx.search(pre, pos)
    while m is not None and m.group("pp") and _holds_saying_noun(m.group("pp")):
        m = rx.search(pre, m.start() + 1)  # "her comment on his claim that": his claim
    if m is None:
        return None
    rest = m.group("rest")
    opens = _THAT_OPENS_RX if m.group("prep") == "that" else _COMPLEMENT_OPENS_RX
    if not opens.fullmatch(rest):
        return None
    if any(w in REPORTING_VERBS for w in rest.split()) or any(
            w in REPORTING_VERBS for w in pre[max(0, m.start() - 120):m.start()].split()):
        return None
    return m


@lru_cache(maxsize=1)
def _saying_nouns() -> frozenset[str]:
    """The nouns of saying (``data/lexicons/saying_nouns.txt``), as a set."""
    return frozenset(load_words("saying_nouns.txt"))


def _holds_saying_noun(phrase: str) -> bool:
    """Whether ``phrase`` (the prepositional phrase after the noun) holds a noun of saying."""
    nouns = _saying_nouns()
    return any(w in nouns or w.removesuffix("s") in nouns for w in phrase.lower().split())


#: the subject form of a possessive pronoun, as the pronoun resolution reads it
_SUBJECT_FORMS = {"his": "he", "her": "she", "their": "they"}


def subject_form(np_text: str) -> str:
    """``her`` -> ``she``, ``His`` -> ``he``, ``their`` -> ``they``: the possessor pronoun of
    :func:`pronoun_saying_noun` in the form the pronoun resolution reads; any other speaker
    phrase (a name of round 37's rule) unchanged."""
    return _SUBJECT_FORMS.get(np_text.lower(), np_text)
