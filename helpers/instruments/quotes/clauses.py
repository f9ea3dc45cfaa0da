"""Which noun phrase is the reporting clause's own subject: structural tests on the words around
a quotation (round 16), kept apart from ``cues.py`` so that each file keeps one job.

- a noun that a possessive name owns (``Perkins's remarks``) is no reporting verb;
- a capitalised participle or adverb opening a sentence (``Facing criticism, …``,
  ``Hastily politicizing …``) is no name, nor is a dateline (``WASHINGTON —``);
- a given name that is also a sentence word opens a name before a surname (``Will Doyle``).
"""

from __future__ import annotations

from helpers.core.lazy_patterns import lazy_compile
from helpers.instruments.quotes.lexicon import _NOT_NAME, ALL_VERBS, _first_names, opens_name

#: a dateline opening a story (``WASHINGTON —``, ``NEW YORK (AP) –``): a place in capitals and
#: a dash, never the subject of the sentence it opens (an optional regex piece)
#: (round 45) a place in mixed case is a dateline too when a news agency in capitals follows it
#: in brackets (``Washington (AFP) –``)
DATELINE = (r"(?:[A-Z][A-Z.’'\-]+(?:[ ,]+[A-Z][A-Z.’'\-]+)*(?:\s*\([^()\x01]{1,20}\))?\s*[—–]\s*"
            r"|[A-Z][a-z]+(?:[ ,]+[A-Z][a-z.]+){0,3}\s*\([A-Z]{2,10}\)\s*[—–-]\s*)?")
_POSSESSIVE_END_RX = lazy_compile(r"(?:[’']s|s[’'])$")
_INTRO_WORD_RX = lazy_compile(r"(?P<w>[A-Z][a-z]+(?:ing|ed|ly))\s+(?P<next>[a-z][\w’'\-]*)")
#: words after a capitalised ``-ing``/``-ed``/``-ly`` word that show it is a subject (``Manning
#: will``, ``Fleming also``): auxiliaries and adverbs of a finite clause
_FINITE_NEXT = frozenset(
    "is was are were has had have will would can could shall should may might must did does "
    "do also then still now never once later again".split())


def possessed_noun(np_text: str, verb_word: str) -> bool:
    """True when the reporting "verb" after ``np_text`` is the noun that a possessive name
    owns (``Perkins's remarks "…"``, ``Lowe's claim``, ``X's warning``): a base, ``-s`` or
    ``-ing`` form after ``X's`` is a noun; a past form is still read as a verb.

    Why (round 16): ``The councillor, who …, said Perkins's remarks "…"`` gave the quotation
    to Perkins with the cue ``remark``; the subject of the reporting clause was elsewhere."""
    if not _POSSESSIVE_END_RX.search(np_text.rstrip()):
        return False
    word = verb_word.lower()
    return word == ALL_VERBS.get(word, "") or word.endswith(("s", "ing"))


def intro_participle(text: str, pos: int) -> bool:
    """True when the capitalised word at ``pos`` opens an introductory participle or adverb
    phrase (``Facing criticism from both parties, X …``, ``Based on the statement, …``,
    ``Hastily politicizing …``) rather than naming the subject: an ``-ing``, ``-ed`` or ``-ly``
    word that is no given name, followed by a lower-case word that is no verb of a finite
    clause (``Manning said``, ``Fleming will``, ``Manning argues`` stay names).

    Why (round 16): the participle after the main clause (``…, insisting that``) took its
    subject from the sentence start, and the opening participle was read as a name."""
    m = _INTRO_WORD_RX.match(text, pos)
    if m is None or m.group("w") in _first_names():
        return False
    nxt = m.group("next")
    return nxt not in ALL_VERBS and nxt not in _FINITE_NEXT and not nxt.endswith(("ed", "s"))


def given_name_first(tokens: list[str]) -> bool:
    """``Will Doyle``: a given name that is also a sentence word (the modal ``Will``) opens a
    name when a capitalised surname follows it (round 16; before, ``said Will Doyle`` had no
    speaker and the quotation went to the person named before)."""
    return len(tokens) >= 2 and opens_name(tokens) and tokens[1][:1].isupper() and \
        tokens[1] not in _NOT_NAME
