"""A possessive name opening a person description as a clause subject: ``Ollie Brack’s deputy
spoke first``, ``Tamsin Orrell’s ally – he was at her side for a decade – said``.

Why (round 49): the mention reader kept only the possessive name (not a subject), so a later
``he`` of the paragraph resolved to the possessor (``Ollie Brack``), who is not the one who
acts; the description, the clause's subject, was no antecedent at all. General signal: right
after the ``’s`` of a name, up to three modifiers and a singular person noun (a he or a she),
then (after an optional dash aside) the clause's verb, which the caller tests as it tests any
subject's verb.
"""

from __future__ import annotations

from helpers.core.lazy_patterns import lazy_compile
from helpers.instruments.quotes.lexicon import (
    ACRONYM_PERSON_NOUNS,
    AGE_NOUN_RE,
    DESC_MODIFIER,
    IRREGULAR_PLURALS,
    PERSON_NOUNS,
    _alt,
)

_HEAD_RE = lazy_compile(
    rf"(?:\s+{DESC_MODIFIER}){{0,3}}?\s+(?P<head>(?:{_alt(PERSON_NOUNS | ACRONYM_PERSON_NOUNS)}"
    rf"|{AGE_NOUN_RE}))(?![\w’'\-])")
#: a dash aside between the subject and its verb (``– he was at her side for a decade –``)
_DASH_ASIDE_RE = lazy_compile(r"\s+[–—]\s+[^–—\x01.;:!?]{1,100}?\s+[–—]")


def _plural(head: str) -> bool:
    """Whether a person noun is plural (``allies``, ``aides``, ``MPs``, ``people``)."""
    low = head.lower()
    return low in IRREGULAR_PLURALS or (
        low.endswith("s") and not low.endswith("ss"))


def possessed_person(narr: str, poss_end: int) -> tuple[int, int] | None:
    """For a possessive name ending at ``narr[poss_end]`` (after its ``’s``): the end of the
    person description it opens (``’s deputy``) and where the clause's verb should start
    (after a dash aside, if one follows), else None."""
    m = _HEAD_RE.match(narr, poss_end)
    if m is None or _plural(m.group("head")):
        return None  # (a plural, ``Trump's congressional allies``, is no he or she)
    aside = _DASH_ASIDE_RE.match(narr, m.end())
    return m.end(), aside.end() if aside else m.end()
