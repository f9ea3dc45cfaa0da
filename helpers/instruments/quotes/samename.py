"""Two small tests used when names are joined to persons and pronouns to names.

Why (round 6 of issue 13, PolNeAR train audit): two general causes of wrong speakers.

1. People who share a surname were merged: ``Mrs. Clinton said`` was expanded to the latest
   full name with that surname (``Bill Clinton``), in the speaker and in the canonical
   speaker alike. A gendered title (``Mrs.``, ``Mr.``) or a given name of known gender must
   agree with the full name chosen.
2. A ``he``/``she`` after ``White House spokesman Josh Earnest said Obama has …`` went to the
   subject of the complement clause (``Obama``): the main-clause subject, led by a role
   (``White House spokesman``), was not seen as opening its clause; and after ``Rep. Lee Hart
   …, said … the speaker …`` the reporter of the sentence
   (``Hart``), not a subject inside what he reported (``the speaker``), is the next ``he said``.
"""

from __future__ import annotations

from helpers.core.lazy_patterns import lazy_compile
from helpers.instruments.quotes.lexicon import (
    _NOT_NAME,
    PERSON_NOUNS,
    REPORTING_VERBS,
    TITLE_WORDS,
    _first_names,
    opens_name,
)
from helpers.instruments.quotes.mentions import _SUBJECT_VERBISH_RE, SUBJECT_VERB_NEAREST_RE

_WORD_RE = lazy_compile(r"[\w’'.\-]+")


def given_gender(full_name: str) -> str:
    """Gender of the given name that opens ``full_name`` (``Bill Clinton`` -> ``m``), or ``u``."""
    words = full_name.split()
    return _first_names()[words[0]] if len(words) >= 2 and opens_name(words) else "u"


def gender_clash(gender: str, full_name: str) -> bool:
    """Whether a mention of known ``gender`` (``m``/``f``) cannot be the person ``full_name``
    because that name's given name has the other gender."""
    if gender not in ("m", "f"):
        return False
    g = given_gender(full_name)
    return g in ("m", "f") and g != gender


_ROLE_MODIFIERS = frozenset("the a an former then acting deputy senior chief".split())


def role_led(text: str, start: int, pos: int) -> bool:
    """Whether the words between a sentence start ``start`` and a subject at ``pos`` are only a
    role before a name (``White House spokesman``, ``Former Gov.``, ``The party chairman``):
    capitalised words that are not sentence-opening function words (``After``, ``When``),
    ``the``/``former``-like modifiers, person nouns and titles, with a person noun or a title
    last. Such a subject opens the main clause of its sentence."""
    lead = text[start:pos].strip()
    if not lead or any(c in lead for c in ",;:\"“”()"):
        return False
    words = _WORD_RE.findall(lead)

    def role(w: str) -> bool:
        low = w.lower().rstrip(".")
        return low in PERSON_NOUNS or low in TITLE_WORDS

    if not words or len(words) > 6 or not role(words[-1]):
        return False
    return all(role(w) or w.lower() in _ROLE_MODIFIERS or
               (w[:1].isupper() and w.rstrip(".") not in _NOT_NAME) for w in words)


def opens_sentence(text: str, start: int, pos: int) -> bool:
    """Whether a subject at ``pos`` is the first thing in its sentence (from ``start``), or
    only a role stands before it."""
    return not text[start:pos].strip(" \t\"“”‘’'—–-") or role_led(text, start, pos)


def reports(text: str, end: int) -> bool:
    """Whether the mention ending at ``end`` is the subject of a reporting verb (``said``,
    ``argued``), after optional appositives (``Lee Hart of Ohio, a party loyalist, said``)."""
    after = text[end:end + 400]
    m = _SUBJECT_VERBISH_RE.match(after)
    if m is not None and m.group("v") in REPORTING_VERBS:
        return True
    # the greedy reading may run over the verb into the reported clause's commas (``X, a host
    # …, recalled in 2019 that before the vote, Y wasn't …, who``): the nearest verb (round 45)
    m = SUBJECT_VERB_NEAREST_RE.match(after)
    return bool(m) and m.group("v") in REPORTING_VERBS
