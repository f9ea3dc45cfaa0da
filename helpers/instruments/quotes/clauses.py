"""Which noun phrase is the reporting clause's own subject: structural tests on the words around
a quotation (round 16), kept apart from ``cues.py`` so that each file keeps one job.

- a noun that a possessive name owns (``Perkins's remarks``) is no reporting verb;
- a capitalised participle or adverb opening a sentence (``Facing criticism, …``,
  ``Hastily politicizing …``) is no name.
"""

from __future__ import annotations

import re

from helpers.instruments.quotes.lexicon import ALL_VERBS, _first_names

_POSSESSIVE_END_RX = re.compile(r"(?:[’']s|s[’'])$")
_INTRO_WORD_RX = re.compile(r"(?P<w>[A-Z][a-z]+(?:ing|ed|ly))\s+(?P<next>[a-z][\w’'\-]*)")
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
