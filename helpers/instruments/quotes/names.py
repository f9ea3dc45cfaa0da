"""Name keys: canonical form of a name (titles, case, dots folded), the register alias index,
and whether two speaker strings name the same speaker."""

from __future__ import annotations

import re
from functools import lru_cache

from helpers.core.name_forms import fold_accents
from helpers.core.people import load_people
from helpers.core.person_names import same_person_name
from helpers.instruments.quotes.lexicon import (
    _TITLE_KEYS,
)


@lru_cache(maxsize=4)
def _alias_index(path: str | None = None) -> dict[str, str]:
    """Case-folded alias or name -> register name (aliases shared by two people are dropped)."""
    people = load_people(path)
    index: dict[str, str] = {}
    clash: set[str] = set()
    for name, aliases in zip(people["name"], people["aliases"]):
        for alias in [name, *str(aliases).split(";")]:
            key = canonical_key(alias)
            if not key:
                continue
            if key in index and index[key] != name:
                clash.add(key)
            index[key] = name
    for key in clash:
        del index[key]
    return index


@lru_cache(maxsize=65536)
def canonical_key(name: str) -> str:
    """Fold case, quote marks, dots, titles and spacing: the key names are compared on."""
    s = name.replace("’", "'").replace(".", " ").strip().lower()
    if s.endswith("'s"):
        s = s[:-2]
    tokens = s.split()
    titles = _TITLE_KEYS
    while len(tokens) > 1 and tokens[0] in titles:
        tokens.pop(0)
    return " ".join(tokens)



def _content_nouns(desc: str) -> set[str]:
    stop = {"a", "an", "the", "one", "another", "some", "this", "that", "of", "from", "in",
            "his", "her", "their", "our", "my",
            "who", "at", "with", "young", "old", "unnamed", "anonymous", "senior", "former"}
    return {w for w in re.findall(r"[a-z’'\-]+", desc.lower()) if w not in stop and len(w) > 1}


def same_speaker(pred: str, gold: str, people: str | None = None, fold: bool = True) -> bool:
    """Whether two speaker strings name the same speaker.

    Equal after folding case, spacing and titles; or one is the other's surname (``Manning`` ~
    ``David Manning``); or one person's full name written two ways (``Chuck Grassley`` ~
    ``Charles Grassley``, ``Harry Reid`` ~ ``Harry M. Reid``:
    :func:`helpers.core.person_names.same_person_name`, the rule the canonical speaker, mention
    counts and the chooser share); or both map to one register entry through
    ``data/people.csv`` aliases; or, for descriptions, they share a content noun (``a woman`` ~
    ``a woman in the front row``). Two empty strings match. ``fold``: accents are folded first
    (``Müller`` ~ ``Muller``, issue 13, wt-names30); the scorer passes its ``FOLD_ACCENTS``
    switch here, so that switch still gives the earlier rule when off.
    """
    if fold:
        pred, gold = fold_accents(pred or ""), fold_accents(gold or "")
    a, b = canonical_key(pred or ""), canonical_key(gold or "")
    if a == b:
        return True
    if not a or not b:
        return False
    alias = _alias_index(people)
    if alias.get(a) and alias.get(a) == alias.get(b):
        return True
    ta, tb = a.split(), b.split()
    if ta[-1] == tb[-1] and (len(ta) == 1 or len(tb) == 1) and ta[0][:1].isalpha():
        return True
    if same_person_name(ta, tb):
        return True  # one surname, given names equal or variants (``Chuck`` ~ ``Charles``)
    return bool(_content_nouns(a) & _content_nouns(b))
