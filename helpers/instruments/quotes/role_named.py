"""A name right after a lower-case person noun is a person's name, whatever its given name.

News copy writes a person's role as a bare premodifier of the name: ``Republican pollster Whit
Ayres``, ``the network's news anchor Ilia Calderón``, ``"Orange is the New Black" star Selenis
Leyva``. The name reader takes a capitalised run for a person when the given-name list knows its
first word (``Anna Morrow``), or from its place (an apposition, a reporting verb after it, a
clause-opening pair before a past-tense verb). A given name the list lacks (``Whit``, ``Ilia``,
``Selenis``, ``Dahlys``) in the premodifier position was no mention at all, so a later ``she
said`` could not reach the person (round 73, issue 13). The person noun itself is the evidence:
lower case (``pollster``, not the title-case heading word ``Star``), one of
``data/lexicons/person_nouns.txt``, with nothing but white space before the name (a comma is
an apposition, read elsewhere). The name is two or three title-case words (hyphened or with an
apostrophe inside: ``Eva-Maria``, ``O'Hara``), none an organisation, place, nationality or
not-a-name word (``star Fox News`` stays no person)."""

from __future__ import annotations

from helpers.instruments.quotes.lexicon import (
    _NOT_NAME,
    _ORG_WORDS,
    _PLACE_WORDS,
    DEMONYMS,
    PERSON_NOUNS,
)


def _name_word(token: str) -> bool:
    """A title-case word of letters (any alphabet), its parts joined by a hyphen or an
    apostrophe each title case (``Eva-Maria``, ``O'Hara``; not ``McCain``'s inner capital
    alone, which is allowed: only the first letter of each part must be upper case)."""
    parts = token.replace("’", "-").replace("'", "-").split("-")
    return all(len(p) >= 2 and p.isalpha() and p[0].isupper() and not p.isupper()
               for p in parts)


def _noun_before(narr: str, start: int) -> str:
    """The lower-case word right before ``start``, separated from it by spaces only ("" when
    a comma, a quotation mask or anything else stands between)."""
    j = start
    while j > 0 and narr[j - 1] in " \t":
        j -= 1
    if j == start:
        return ""
    k = j
    while k > 0 and (narr[k - 1].isalpha() or narr[k - 1] == "-"):
        k -= 1
    word = narr[k:j]
    return word if word.islower() else ""


def named_after_role(narr: str, s: int, e: int) -> bool:
    """Whether the capitalised run ``narr[s:e]`` is a person's name because a lower-case person
    noun stands right before it (``pollster Whit Ayres``)."""
    tokens = narr[s:e].split()
    if not 2 <= len(tokens) <= 3 or not all(_name_word(t) for t in tokens):
        return False
    if any(t in _NOT_NAME or t in _ORG_WORDS or t in _PLACE_WORDS or t.lower() in DEMONYMS
           for t in tokens):
        return False
    return _noun_before(narr, s) in PERSON_NOUNS
