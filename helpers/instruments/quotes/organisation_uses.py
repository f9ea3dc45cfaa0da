"""A lone capitalised word the article writes as an organisation is no person (quotes round
66 of issue 13).

Round 64's lone-surname rule (:mod:`.lone_surname_subjects`) makes a lone word opening a
clause before a past-tense verb a person when the article writes it elsewhere right before a
reporting verb (``Reed defied the vote …`` with ``…," Reed said``). Companies speak too
(``Tesco closed the depot in March.`` … ``"…," Tesco said.``), and a ``he``/``she`` after the
first sentence then took the company (review 24c). The word alone cannot tell a company from
a surname; the article can, where it writes the word with what only a body has: a neuter
possessive or relative (``Tesco closed its depot``, ``Tesco, which owns …``, ``Tesco and its
suppliers``) or a possession no person holds (``Tesco's shares``, ``Halifax's branches``:
``data/lexicons/organisation_possessions.txt``). ``said in a statement`` and ``said it`` are
no such evidence: people issue statements and report about things (``Reed said it was …``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from helpers.core.lexicons import load_words

#: nouns a person does not possess (``Tesco's shares``)
POSSESSIONS = tuple(load_words("organisation_possessions.txt"))

#: how far (characters, either side) the article is read for the word as an organisation
_WINDOW = 6000


@lru_cache(maxsize=512)
def _organisation_re(word: str) -> re.Pattern:
    """``word`` standing alone with a body's marks: ``, which``; ``and its``; one or two
    lower-case words (a verb, an adverb) then ``its``; ``'s`` and a possession of a body."""
    own = "|".join(re.escape(p).replace(r"\ ", r"\s+")
                   for p in sorted(POSSESSIONS, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w’'-]){re.escape(word)}"
        rf"(?:,\s+which\b|\s+and\s+its\b|(?:\s+[a-z]+){{1,2}}\s+its\b"
        rf"|['’]s\s+(?:[a-z]+\s+)?(?:{own})\b)")


def written_as_organisation(word: str, text: str, at: int) -> bool:
    """Whether the article ``text`` writes ``word`` (a lone capitalised word at offset ``at``)
    anywhere within :data:`_WINDOW` characters as an organisation (module docstring)."""
    if not text or at < 0 or not word[:1].isupper():
        return False
    lo, hi = max(0, at - _WINDOW), min(len(text), at + _WINDOW)
    return _organisation_re(word).search(text, lo, hi) is not None
