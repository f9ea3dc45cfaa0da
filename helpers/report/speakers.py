"""Speakers counted over a whole corpus: one person, one row.

The quotes instrument gives one canonical speaker per person *per article* (``Trump`` and
``Donald Trump`` within one article are one speaker). Across articles an article that only
ever says ``Trump`` and one that says ``Donald Trump`` give two canonicals, and a corpus-wide
chart drew two bars for one person. :func:`join_surnames` joins a surname-only name to the one
full name of the corpus with that surname, and leaves it alone when there are none or several
(``Ed Miliband`` and ``David Miliband``: ``Miliband`` alone cannot be placed).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd

__all__ = ["framing_by_person", "join_surnames", "network_by_person", "surname_map"]

#: A capitalised word of a name (``Trump``, ``O'Neill``, ``Rees-Mogg``).
_NAME_WORD = re.compile(r"^[A-Z][\w'’-]*$")


def _is_name(words: list[str]) -> bool:
    """Every word capitalised, as in a proper name (not ``a Labour MP``, ``(unattributed)``)."""
    return bool(words) and all(_NAME_WORD.match(w) for w in words)


def surname_map(names: Iterable[str]) -> dict[str, str]:
    """Surname-only name -> the one full name among ``names`` whose last word it is.

    A surname-only name is one capitalised word; a full name is two or more capitalised words.
    A surname shared by two or more full names maps to nothing (two people stay apart), and a
    name that is not a proper name (a description, ``narrator``) is never joined.
    """
    distinct = {str(n).strip() for n in names if isinstance(n, str) and n.strip()}
    full: dict[str, set[str]] = {}
    for name in distinct:
        words = name.split()
        if len(words) >= 2 and _is_name(words):
            full.setdefault(words[-1], set()).add(name)
    return {name: next(iter(full[name])) for name in distinct
            if len(name.split()) == 1 and _is_name([name]) and len(full.get(name, ())) == 1}


def join_surnames(speakers: pd.Series, others: Iterable[str] = ()) -> pd.Series:
    """``speakers`` with each surname-only name replaced by its full name (:func:`surname_map`
    over ``speakers`` and ``others``, e.g. the people mentioned in a mention network).

    For tables that count speakers over the corpus (framing per speaker, who mentions whom,
    a theme's voices); per-article tables keep the instrument's canonicals.
    """
    mapping = surname_map([*speakers.dropna(), *others])
    return speakers.map(lambda s: mapping.get(s, s) if isinstance(s, str) else s)


def framing_by_person(framing: pd.DataFrame) -> pd.DataFrame:
    """The framing table of ``helpers.instruments.quotes.verb_framing`` (``speaker``,
    ``framing``, ``cues``, ``verbs``) with surname-only speakers joined (:func:`join_surnames`)
    and their rows added up: ``cues`` summed, ``verbs`` the sorted union."""
    if framing.empty:
        return framing
    joined = framing.assign(speaker=join_surnames(framing["speaker"]))
    return (joined.groupby(["speaker", "framing"], as_index=False, sort=True)
            .agg(cues=("cues", "sum"),
                 verbs=("verbs", lambda v: ";".join(sorted({x for s in v for x in
                                                            str(s).split(";") if x})))))


def network_by_person(net: pd.DataFrame) -> pd.DataFrame:
    """The mention network (``speaker``, ``mentioned``, ...) with surname-only speakers and
    mentioned people joined over both columns; a speaker who now "mentions" themself (``Mara
    Quill`` naming ``Quill``) is dropped, as the instrument drops a speaker's own name."""
    if net.empty:
        return net
    people = [*net["speaker"], *net["mentioned"]]
    joined = net.assign(speaker=join_surnames(net["speaker"], people),
                        mentioned=join_surnames(net["mentioned"], people))
    return joined[joined["speaker"] != joined["mentioned"]].reset_index(drop=True)
