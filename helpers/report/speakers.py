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


#: A middle initial (``J.``, ``J``).
_INITIAL = re.compile(r"^[A-Z]\.?$")


def _without_middle_initials(name: str) -> str:
    """``Donald J. Trump`` -> ``Donald Trump``: the first and last word kept, initials between
    them dropped (``name`` itself when it has none)."""
    words = name.split()
    if len(words) < 3:
        return name
    return " ".join([words[0], *[w for w in words[1:-1] if not _INITIAL.match(w)], words[-1]])


def surname_map(names: Iterable[str]) -> dict[str, str]:
    """Surname-only name -> the one full name among ``names`` whose last word it is; and a full
    name with middle initials -> the same name without them, when that name is among ``names``.

    A surname-only name is one capitalised word; a full name is two or more capitalised words
    (a middle initial may carry a dot). A surname shared by two or more full names maps to
    nothing (two people stay apart), and a name that is not a proper name (a description,
    ``narrator``) is never joined. Why the initials: on a US archive ``Donald J. Trump`` was a
    bar of its own beside ``Donald Trump``, and ``Trump`` joined neither. Two initialled forms
    of one name (``George H. W. Bush``, ``George W. Bush``) join nothing; one initialled form
    joins the plain one, which may still be wrong where the plain name is someone else's.

    Not :func:`helpers.core.person_names.same_person_name`: that rule holds inside one article
    (middle words ignored, pet forms joined), where one ``George Bush`` is one person. These
    tables join names across a whole corpus, where ``George H. W. Bush`` and ``George W. Bush``
    (or ``Bill`` and ``William`` of one surname) may well be two people, so only the joins above
    are made.
    """
    distinct = {str(n).strip() for n in names if isinstance(n, str) and n.strip()}
    variants: dict[str, set[str]] = {}
    for name in distinct:
        plain = _without_middle_initials(name)
        if plain != name and plain in distinct and _is_name(
                [w.rstrip(".") for w in name.split()]):
            variants.setdefault(plain, set()).add(name)
    # two initialled forms of one plain name are two people (George H. W. / George W. Bush)
    initials = {next(iter(v)): plain for plain, v in variants.items() if len(v) == 1}
    full: dict[str, set[str]] = {}
    for name in distinct - set(initials):
        words = name.split()
        # a dotted middle initial counts (the docstring): else `Bray` joined `Hal Bray` beside
        # `Hal W. Bray` and `Hal G. W. Bray`, one of three people
        bare = [words[0], *[w.rstrip(".") if _INITIAL.match(w) else w for w in words[1:-1]],
                words[-1]] if len(words) >= 2 else words
        if len(words) >= 2 and _is_name(bare):
            full.setdefault(words[-1], set()).add(name)
    return {**initials, **{name: next(iter(full[name])) for name in distinct
                           if len(name.split()) == 1 and _is_name([name])
                           and len(full.get(name, ())) == 1}}


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
