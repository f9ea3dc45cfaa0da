"""The sex of a named person as told by the person noun written right before the name.

``Harbour Ministry spokesman Lu Varden restated …. "…," he told reporters``: the
given-name lexicon reads ``Lu`` as a woman's name, so the ``he`` passed the spokesman over for
a person named before (round 40). A person noun right before a name
(``data/lexicons/gendered_person_nouns.csv``) is what the article itself writes: a sure one
(``his brother``, ``her husband,``, ``spokeswoman``) tells the sex; an unsure one
(``spokesman``, ``chairman``: news copy also writes them of women, ``the mayor's spokesman
Hope Tamsin``) only cancels a given-name reading that clashes with it (the sex is then unknown, so
a pronoun of either sex may take the person). A title (``Mr.``, ``Ms.``) still comes first."""

from __future__ import annotations

import string

from helpers.core.lazy_patterns import lazy_compile
from helpers.core.lexicons import load_records

#: lower-cased person noun -> (``m`` / ``f``, whether the word tells the sex for sure)
GENDERED_PERSON_NOUNS: dict[str, tuple[str, bool]] = {
    r["word"].lower(): (r["gender"], r["sure"] == "yes")
    for r in load_records("gendered_person_nouns.csv")}

#: the last word before a name, with an optional comma between them (the reference form of
#: :func:`last_word`)
_LAST_WORD_RX = lazy_compile(r"(?<![\w’'\-])([A-Za-z]+),?\s+$")


_ASCII_LETTERS = frozenset(string.ascii_letters)
#: besides ``str.isalnum`` (``\w`` is ``isalnum`` or ``_``), what the look-behind refuses
_WORD_JOINERS = "_’'-"


def last_word(narr: str, start: int) -> str | None:
    r"""The word :data:`_LAST_WORD_RX` finds before ``start`` (its group 1), read backwards.

    Why (throughput round 7, speed): the pattern ends on the name, but ``re`` can only search
    forwards, so it was tried at each of the 40 places before it (22 ms for the 9,880 calls of
    a quarter of the benchmark corpus; this walk: 8 ms). Exact: a match is white space up to
    ``start``, before it an optional comma, before that ASCII letters whose first one follows
    no word character, apostrophe or hyphen, all at or after ``start - 40``; so only the
    longest such letter run (cut at ``start - 40``) can match, and the look-behind, like the
    test here, reads the character before it even when that lies before ``start - 40``
    (``str.isspace`` and ``\s`` are the same characters)."""
    lo = max(0, start - 40)
    j = start
    while j > lo and narr[j - 1].isspace():
        j -= 1
    if j == start:
        return None
    if j > lo and narr[j - 1] == ",":
        j -= 1
    k = j
    while k > lo and narr[k - 1] in _ASCII_LETTERS:
        k -= 1
    if k == j or (k > 0 and (narr[k - 1].isalnum() or narr[k - 1] in _WORD_JOINERS)):
        return None
    return narr[k:j]


def noun_before(narr: str, start: int) -> tuple[str, bool] | None:
    """(gender, sure) of the gendered person noun right before ``narr[start]`` (a comma
    between them allowed: ``his brother, Alastair Reed``), else None."""
    word = last_word(narr, start)
    return None if word is None else GENDERED_PERSON_NOUNS.get(word.lower())


def name_gender(narr: str, start: int, lexicon_gender: str) -> str:
    """The gender of the name at ``narr[start]`` whose title / given-name reading is
    ``lexicon_gender`` (``m``/``f``/``u``): a sure noun before it decides; an unsure noun that
    clashes with the reading makes it ``u``; otherwise the reading stands."""
    noun = noun_before(narr, start)
    if noun is None:
        return lexicon_gender
    gender, sure = noun
    if sure:
        return gender
    return "u" if lexicon_gender not in ("u", gender) else lexicon_gender
