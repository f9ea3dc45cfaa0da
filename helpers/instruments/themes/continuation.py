"""Continuation: a paragraph coded by reference to the paragraph before it (themes version 39).

Guideline rule 1 lets article context resolve a reference ("this", "he") and decide a
borderline paragraph. Two forms of reference to the previous paragraph are read here, each
switched on per theme by the codebook's ``continuation`` field:

* ``reply``: the previous paragraph ends on a question and this one opens as its answer (a
  quotation, a ``Name:`` label of a question-and-answer piece, or a reply verb among its first
  words: ``data/lexicons/theme_reply_verbs.txt``);
* ``anaphora``: this paragraph opens on a demonstrative that refers back ("That last demand is
  where ...": ``theme_anaphoric_openings.txt``; not a time, ``theme_anaphoric_stops.txt``).

Either codes the paragraph only when the previous body paragraph of the same article is coded
on its own evidence (not on article context or on another continuation) and the article is
anchored in the theme. Evidence: ``rule:continuation_<form>@start-end`` (the opening words).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import NamedTuple

import numpy as np

from helpers.core.lexicons import load_words

__all__ = ["CONTINUATION_FORMS", "Continuation", "continuations"]

#: the forms a theme's ``continuation`` field may name
CONTINUATION_FORMS = ("reply", "anaphora")

_OPEN_QUOTE = "\"“‘'"
_CLOSERS = "\"”’'»)] \t\n"
_LABEL = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}:\s")
_WORD = re.compile(r"[\w'’-]+")
#: how many words may come before the reply verb ("Mr Ashworth said", "The Prime Minister,
#: rising slowly, replied")
_REPLY_REACH = 8


class Continuation(NamedTuple):
    """Per unit: whether a continuation form codes it, and its evidence entry ("" if not)."""

    coded: np.ndarray
    evidence: list[str]


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    return (frozenset(load_words("theme_reply_verbs.txt")),
            frozenset(load_words("theme_anaphoric_openings.txt")),
            frozenset(load_words("theme_anaphoric_stops.txt")))


def _ends_on_question(text: str) -> bool:
    return text.rstrip(_CLOSERS).endswith("?")


def _first_sentence(text: str) -> str:
    m = re.search(r"[.!?][\"”’')\]]*\s", text)
    return text[: m.start() + 1] if m else text


def _reply(text: str) -> int:
    """Length of the reply opening of ``text`` (0: none)."""
    text = text.lstrip()
    if not text:
        return 0
    if text[0] in _OPEN_QUOTE:
        return len(_first_sentence(text))
    if m := _LABEL.match(text):
        return m.end()
    verbs = _words()[0]
    for i, w in enumerate(_WORD.finditer(_first_sentence(text))):
        if i >= _REPLY_REACH:
            break
        if w.group().lower() in verbs:
            return w.end()
    return 0


def _anaphora(text: str) -> int:
    """Length of the anaphoric opening of ``text`` (0: none)."""
    words = list(_WORD.finditer(text.lstrip()[:80]))
    _, openings, stops = _words()
    if not words or words[0].group().lower() not in openings:
        return 0
    if len(words) > 1 and words[1].group().lower() in stops:
        return 0
    return words[1].end() if len(words) > 1 else words[0].end()


def continuations(forms: Sequence[str], articles: Sequence[tuple], starts: Sequence[int],
                  texts: Mapping[str, str], ends: Sequence[int], coded_own: np.ndarray,
                  anchored: np.ndarray) -> Continuation:
    """Which units a continuation ``forms`` codes (see the module docstring).

    ``articles`` (each unit's ``(source, article_id)``), ``starts`` / ``ends`` (offsets into
    ``texts[source]``), ``coded_own`` (coded on the unit's own evidence) and ``anchored`` are
    per unit, in any order: the previous unit is the one of the same article that ends last
    before this one starts.
    """
    n = len(starts)
    coded = np.zeros(n, dtype=bool)
    evidence = [""] * n
    if not forms or not n:
        return Continuation(coded, evidence)
    order = sorted(range(n), key=lambda i: (articles[i], starts[i]))
    for prev, i in zip(order, order[1:]):
        if articles[prev] != articles[i] or not coded_own[prev] or not anchored[i] \
                or coded_own[i]:
            continue
        source = articles[i][0]
        text = texts[source][starts[i]:ends[i]]
        offset = starts[i] + len(text) - len(text.lstrip())
        for form in forms:
            if form == "reply":
                if not _ends_on_question(texts[source][starts[prev]:ends[prev]]):
                    continue
                length = _reply(text)
            else:
                length = _anaphora(text)
            if length:
                coded[i] = True
                evidence[i] = f"rule:continuation_{form}@{offset}-{offset + length}"
                break
    return Continuation(coded, evidence)
