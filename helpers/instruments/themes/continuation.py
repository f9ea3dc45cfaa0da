"""Continuation: a paragraph coded by reference to the paragraph before it (themes version 39).

Guideline rule 1 lets article context resolve a reference ("this", "he") and decide a
borderline paragraph. Two forms of reference to the previous paragraph are read here, each
switched on per theme by the codebook's ``continuation`` field:

* ``reply``: the previous paragraph ends on a question and this one opens as its answer (a
  quotation, a ``Name:`` label of a question-and-answer piece, or a reply verb among its first
  words: ``data/lexicons/theme_reply_verbs.txt``). Review 26b: the question must be put to
  someone (closed inside a quotation, or an interviewer's labelled turn) and carry the
  previous paragraph's own evidence; a label is no answer when it is the asker's own or a
  label of the page (``theme_page_labels.txt``);
* ``anaphora``: this paragraph opens on a demonstrative that refers back ("That last demand is
  where ...": ``theme_anaphoric_openings.txt``; not a time, ``theme_anaphoric_stops.txt``,
  also after ``theme_anaphoric_modifiers.txt``: review 27b; version 41: the writer's opening,
  not a quotation's, and ``those`` before a preposition of
  ``theme_anaphoric_group_prepositions.txt`` a generic group: ``Those in the room``; a
  contracted ``That's`` is NOT read as ``That``: tried in version 41, it coded a newsletter's
  sign-off, ``That's all for today``, in the first unread writer it met).

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
#: a quotation's closing marks (the question before one was put by a speaker)
_CLOSE_QUOTES = "\"”’'»"
_LABEL = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}:\s")
_WORD = re.compile(r"[\w'’-]+")
#: a quotation's opening mark: at the start or after a space, a bracket, a dash or a colon
_OPENING_QUOTE = re.compile(r"(?:^|(?<=[\s(\[—–:]))[\"“‘']")
#: the end of a sentence (its mark, closing quotes or brackets, then a space)
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s")
#: an evidence entry of the unit's own (not ``article:``): kind, then its span
_OWN_ENTRY = re.compile(r"^(?:term|weak|pattern|rule):.*@(\d+)-(\d+)$")
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


@lru_cache(maxsize=1)
def _page_labels() -> frozenset[str]:
    return frozenset(load_words("theme_page_labels.txt"))


def _ends_on_question(text: str) -> bool:
    """Whether ``text`` ends on a question put to someone (review 26b).

    The question must close inside a quotation (``... asked: "Will you stand?"``) or the
    paragraph must open on a ``Name:`` label (the interviewer's turn of a question-and-answer
    piece). A question of the writer's own (``But is anyone still listening?``, a heading such
    as ``What next for the rebels?``) is put to no one, and the next paragraph is no reply.
    """
    body = text.rstrip()
    stripped = body.rstrip(_CLOSERS)
    if not stripped.endswith("?"):
        return False
    return any(c in _CLOSE_QUOTES for c in body[len(stripped):]) \
        or bool(_LABEL.match(text.lstrip()))


def _first_sentence(text: str) -> str:
    """The first sentence of ``text``, with its closing quotes or brackets (review 26b: the
    evidence span of ``"More than he'd like!" shouted ...`` ends on the closing mark)."""
    m = _SENTENCE_END.search(text)
    return text[: m.end()].rstrip() if m else text


def _label(text: str) -> str:
    """The ``Name`` of a ``Name:`` label that ``text`` opens on ("" if none)."""
    m = _LABEL.match(text.lstrip())
    return m.group().rstrip()[:-1] if m else ""


def _question_on_theme(text: str, start: int, evidence: str) -> bool:
    """Whether the question ``text`` ends on carries its own evidence (review 26b).

    ``start`` is the offset of ``text`` in its source, ``evidence`` the unit's evidence string.
    The question is the sentence of the paragraph's last quotation (from the start of the
    sentence that quotation opens in) when the paragraph ends inside one, else (an
    interviewer's labelled turn) the whole paragraph. A paragraph coded on its first words that
    ends by asking something else (``... Then he asked me, "Are you coming to the pub?"``) has
    no reply on the theme.
    """
    body = text.rstrip()
    closing = body[len(body.rstrip(_CLOSERS)):]
    begin = 0
    if any(c in _CLOSE_QUOTES for c in closing):
        opens = [m.start() for m in _OPENING_QUOTE.finditer(body[: len(body) - len(closing)])]
        quote = opens[-1] if opens else 0
        # from the start of the sentence the quotation stands in (its frame: ``Asked whether
        # there would be a leadership challenge, she said: "Why would there be?"``)
        bounds = list(_SENTENCE_END.finditer(body[:quote]))
        begin = bounds[-1].end() if bounds else 0
    for entry in evidence.split("; "):
        m = _OWN_ENTRY.match(entry.strip())
        if m and int(m.group(2)) > start + begin:
            return True
    return False


def _reply(text: str, asked: str) -> int:
    """Length of the reply opening of ``text`` (0: none) to the question paragraph ``asked``.

    A ``Name:`` label is no answer when it is the asker's own (review 26b: the interviewer's
    second turn, ``NS: Let me put it another way``) or a label of the page (``Read more:``,
    ``Update:``: ``theme_page_labels.txt``); the span ends on the label's colon.
    """
    text = text.lstrip()
    if not text:
        return 0
    if text[0] in _OPEN_QUOTE:
        return len(_first_sentence(text))
    if name := _label(text):
        if name == _label(asked) or name.lower() in _page_labels():
            return 0
        return len(name) + 1
    verbs = _words()[0]
    for i, w in enumerate(_WORD.finditer(_first_sentence(text))):
        if i >= _REPLY_REACH:
            break
        if w.group().lower() in verbs:
            return w.end()
    return 0


@lru_cache(maxsize=1)
def _group_prepositions() -> frozenset[str]:
    return frozenset(load_words("theme_anaphoric_group_prepositions.txt"))


@lru_cache(maxsize=1)
def _modifiers() -> frozenset[str]:
    return frozenset(load_words("theme_anaphoric_modifiers.txt"))


def _bare(word: str) -> str:
    """``word`` lower-cased without a possessive ``'s`` (review 27b: ``This year's``)."""
    word = word.lower()
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _anaphora(text: str) -> int:
    """Length of the anaphoric opening of ``text`` (0: none).

    Review 27b: a time is read through a possessive (``This year's harvest``) and after words
    of ``theme_anaphoric_modifiers.txt`` (``That same afternoon``, ``Those two days``); the
    stops also hold a concessive marker (``That said, ...``). Version 41: the opening must be
    the writer's, so a paragraph that opens inside a quotation (``"This is a good day," the
    minister said``) has none (the demonstrative is the speaker's, referring to the speaker's
    matter).
    """
    body = text.lstrip()
    if not body or body[0] in _OPEN_QUOTE:
        return 0
    words = list(_WORD.finditer(body[:80]))
    _, openings, stops = _words()
    if not words or words[0].group().lower() not in openings:
        return 0
    rest = [_bare(w.group()) for w in words[1:5]]
    if words[0].group().lower() == "those" and rest and rest[0] in _group_prepositions():
        return 0
    modifiers = _modifiers()
    for word in rest:
        if word in stops:
            return 0
        if word not in modifiers:
            break
    return words[1].end() if len(words) > 1 else words[0].end()


def continuations(forms: Sequence[str], articles: Sequence[tuple], starts: Sequence[int],
                  texts: Mapping[str, str], ends: Sequence[int], coded_own: np.ndarray,
                  anchored: np.ndarray, own_evidence: Sequence[str] | None = None
                  ) -> Continuation:
    """Which units a continuation ``forms`` codes (see the module docstring).

    ``articles`` (each unit's ``(source, article_id)``), ``starts`` / ``ends`` (offsets into
    ``texts[source]``), ``coded_own`` (coded on the unit's own evidence) and ``anchored`` are
    per unit, in any order: the previous unit is the one of the same article that ends last
    before this one starts. ``own_evidence`` (per unit, its evidence string; review 26b): when
    given, a ``reply`` needs the question itself to carry evidence of the previous unit's own.
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
                asked = texts[source][starts[prev]:ends[prev]]
                if not _ends_on_question(asked) or (own_evidence is not None and not (
                        _question_on_theme(asked, starts[prev], own_evidence[prev]))):
                    continue
                length = _reply(text, asked)
            else:
                length = _anaphora(text)
            if length:
                coded[i] = True
                evidence[i] = f"rule:continuation_{form}@{offset}-{offset + length}"
                break
    return Continuation(coded, evidence)
