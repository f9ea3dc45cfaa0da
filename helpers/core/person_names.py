"""One person, one key: whether two written full names are one person's name, and a per-article
key that every spelling of one person shares.

Why (issue 13, branch wt-names30): an article may write one person ``Sandy Paradis`` and
``Sandra Paradis``, ``François Hollande`` and ``Francois Hollande``, ``Harry Reid`` and ``Harry
M. Reid``. The canonical speaker (:mod:`helpers.instruments.quotes.speakers`) already joined
such names; mention counts, the speaker chooser's previous-speaker features and the pronoun
rules compared the strings as written and counted one person twice. This module holds the one
rule they all use, built on :mod:`helpers.core.given_names` (pet forms) and
:mod:`helpers.core.name_forms` (accents); it knows no lexicon of its own.

Rule (:func:`same_person_name`): two names of two words or more, titles already dropped, are one
person's name when their last words are equal and their first words are equal or variants of
one another (``Chuck``/``Charles``), each word compared with accents and case folded. Words in
between are not compared (``Harry Reid``/``Harry M. Reid``), as in the canonical speaker.
A one-word name (a bare surname) is left to the caller, which knows the article's people.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from helpers.core.given_names import same_given_name
from helpers.core.name_forms import fold_name
from helpers.core.paths import LEXICONS

__all__ = ["PersonKeys", "same_person_name"]


def same_person_name(a: Sequence[str], b: Sequence[str], folder: Path = LEXICONS) -> bool:
    """Whether the names with words ``a`` and ``b`` (two or more each, titles dropped) are one
    person's name written two ways (module docstring): same last word, first words equal or
    given-name variants, accents and case folded. ``Bill Quill``/``William Quill``,
    ``Rénald``/``Renald Vasseur`` yes; ``Kate Burnham``/``Andy Burnham`` no."""
    if len(a) < 2 or len(b) < 2 or fold_name(a[-1]) != fold_name(b[-1]):
        return False
    fa, fb = fold_name(a[0]), fold_name(b[0])
    return fa == fb or same_given_name(fa, fb, folder)


class PersonKeys:
    """The key that every spelling of one person shares, within one article.

    :meth:`key` gives a name the folded form (accents and case) of the first name it was asked
    about that :func:`same_person_name` joins to it: ``Sandra Paradis`` asked first, then
    ``Sandy Paradis``, both get ``sandra paradis``. Why a register rather than a fixed key:
    variants are no equivalence (``Ted`` stands for ``Edward`` and for ``Theodore``), so only the
    names the article writes can say which spelling stands for which; the first one seen keeps
    the key, as the canonical speaker keeps the form first seen. Names with ``merge`` False
    (descriptions, groups: ``the Democratic Party`` is not ``the Democratic Unionist Party``)
    get their folded form only and are never joined."""

    def __init__(self, folder: Path = LEXICONS) -> None:
        self._folder = folder
        self._by_last: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        self._memo: dict[tuple[str, ...], str] = {}

    def key(self, words: Sequence[str], merge: bool = True) -> str:
        """The person key of the name with words ``words`` (titles dropped); ``merge`` False:
        the folded words joined, never another name's key."""
        folded = tuple(fold_name(w) for w in words)
        if not merge or len(folded) < 2:
            return " ".join(folded)
        got = self._memo.get(folded)
        if got is not None:
            return got
        same = self._by_last.setdefault(folded[-1], [])
        key = next((k for other, k in same if same_person_name(folded, other, self._folder)),
                   " ".join(folded))
        same.append((folded, key))
        self._memo[folded] = key
        return key
