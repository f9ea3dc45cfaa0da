"""Which noun phrase is the reporting clause's own subject: structural tests on the words around
a quotation (round 16), kept apart from ``cues.py`` so that each file keeps one job.

- a noun that a possessive name owns (``Perkins's remarks``) is no reporting verb.
"""

from __future__ import annotations

import re

from helpers.instruments.quotes.lexicon import ALL_VERBS

_POSSESSIVE_END_RX = re.compile(r"(?:[’']s|s[’'])$")


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
