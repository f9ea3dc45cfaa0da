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

import re

from helpers.core.lexicons import load_records

#: lower-cased person noun -> (``m`` / ``f``, whether the word tells the sex for sure)
GENDERED_PERSON_NOUNS: dict[str, tuple[str, bool]] = {
    r["word"].lower(): (r["gender"], r["sure"] == "yes")
    for r in load_records("gendered_person_nouns.csv")}

#: the last word before a name, with an optional comma between them
_LAST_WORD_RX = re.compile(r"(?<![\w’'\-])([A-Za-z]+),?\s+$")


def noun_before(narr: str, start: int) -> tuple[str, bool] | None:
    """(gender, sure) of the gendered person noun right before ``narr[start]`` (a comma
    between them allowed: ``his brother, Alastair Reed``), else None."""
    m = _LAST_WORD_RX.search(narr, max(0, start - 40), start)
    return None if m is None else GENDERED_PERSON_NOUNS.get(m.group(1).lower())


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
