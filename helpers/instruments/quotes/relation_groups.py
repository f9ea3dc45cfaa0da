"""A group named by its relation to someone is the speaker, not that someone (quotes round 79).

``Allies of the prime minister describe the rebels as "…"``, ``Friends of the chancellor, Ann
Lee, say she has "…"``, ``…; aides to the mayor dismiss them as "…"``. English news names an
unnamed group of speakers by a plural noun of relation (``allies``, ``aides``, ``friends``,
``critics``; ``people close to``) and the person it stands in relation to. The cue readers
find the noun phrase nearest the verb — the person after the preposition, or a name apposed
to it — and the row went to that person, whom the sentence reports about, not from.

:func:`relation_group` reads, right before a speaker phrase, a clause-opening plural of
relation and its preposition (``data/lexicons/relation_group_words.txt``): the phrase is then
the complement (``Allies of`` + ``the prime minister``) or a name apposed to the complement
(``Allies of the health secretary,`` + ``Sian Pollard``), and the speaker is the group, up to
the end of the complement. The plural must open its clause (the text's start, a sentence end,
``;`` or ``:``), so an object (``she thanked the friends of Tom Reed``) is never read.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from helpers.core.lazy_patterns import lazy_compile
from helpers.core.lexicons import load_words
from helpers.instruments.quotes.descriptions import capitalised_office
from helpers.instruments.quotes.lexicon import _alt

#: where a clause opens: the text's start, after a sentence end (a closing quotation mark may
#: follow it), ``;`` or ``:``, or a line break
_OPEN = r"(?:\A|(?<=[.!?;:])\s+|(?<=[.!?][\"”’'])\s+|(?<=\n)\s*)"
_OPEN_END_RE = lazy_compile(rf"{_OPEN}\Z")


class RelationGroup(NamedTuple):
    """The speaker read from a group of relation: its text and offsets, its type."""

    speaker: str
    speaker_type: str
    start: int
    end: int


class _Words(NamedTuple):
    """The kinds of ``relation_group_words.txt``: plural nouns of relation (``noun:``), plurals
    that are a group of relation only with a preposition of nearness (``close:``), the
    prepositions of any relation (``prep:``) and of nearness (``near:``)."""

    nouns: frozenset[str]
    close: frozenset[str]
    preps: frozenset[str]
    near: frozenset[str]


@lru_cache(maxsize=1)
def _words() -> _Words:
    """The words of ``relation_group_words.txt`` by kind."""
    kinds: dict[str, set[str]] = {"noun": set(), "close": set(), "prep": set(), "near": set()}
    for entry in load_words("relation_group_words.txt"):
        kind, _, word = entry.partition(":")
        kinds.setdefault(kind.strip(), set()).add(word.strip().lower())
    return _Words(*(frozenset(kinds[k]) for k in ("noun", "close", "prep", "near")))


def _alt_words(words: frozenset[str]) -> str:
    """A regex alternation of plural nouns, lower case or capitalised at a sentence's start."""
    return _alt({w for n in words for w in (n, n[:1].upper() + n[1:])})


def _alt_preps(preps: frozenset[str]) -> str:
    """A regex alternation of prepositions (a two-word one with any space between its words)."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+")
                    for p in sorted(preps, key=len, reverse=True))


def _relation() -> str:
    """A regex of a plural of relation and its preposition: a ``noun:`` plural with any
    preposition, a ``close:`` plural with one of nearness only (``People close to``, never
    ``People of Hull`` nor ``Those of us``: review 28a)."""
    w = _words()
    return (rf"(?:(?:{_alt_words(w.nouns)})\s+(?:{_alt_preps(w.preps | w.near)})"
            rf"|(?:{_alt_words(w.close)})\s+(?:{_alt_preps(w.near)}))")


@lru_cache(maxsize=1)
def _group_re() -> re.Pattern[str]:
    """A clause-opening plural of relation and its preposition, then either the end of the
    searched text (the speaker phrase is the complement) or a complement of up to 60
    characters and a comma (the speaker phrase is a name apposed to it)."""
    return re.compile(
        rf"{_OPEN}(?P<group>{_relation()}(?P<at>\s+)(?:[Tt]he\s+)?"
        rf"(?:(?P<comp>[^\s,.;:!?\"“”‘’\x01][^,.;:!?\"“”‘’\x01\n]{{0,59}}?),\s*)?)\Z")


@lru_cache(maxsize=1)
def _lead_re() -> re.Pattern[str]:
    """A speaker phrase that itself opens with the plural of relation and its preposition."""
    return re.compile(rf"{_relation()}\s+\S")


@lru_cache(maxsize=1)
def _literals() -> tuple[str, ...]:
    """Lower-case words one of which every match of :func:`_group_re` holds: the first word of
    each ``noun:`` plural (the ``noun:`` branch holds one, lower case or capitalised) and of
    each preposition of nearness (the ``close:`` branch holds one as written)."""
    w = _words()
    return tuple(sorted({p.split()[0].lower() for p in w.nouns | w.near}))


def may_hold_group(window: str) -> bool:
    """Whether ``window`` holds one of :func:`_literals` (case folded): False means no match of
    :func:`_group_re` lies in it, so the search is skipped (speed, throughput round 16: the
    search tried the clause-opening alternation at each of 120 places before most of 20,020
    speaker phrases a benchmark quarter attributes, 3 % of a pure run; 6 % of the windows
    hold a literal)."""
    low = window.lower()
    return any(w in low for w in _literals())


def relation_group(text: str, np_start: int | None, np_end: int | None) -> RelationGroup | None:
    """The group of relation whose complement (or the name apposed to it) is the speaker
    phrase at ``np_start``-``np_end`` of ``text``; None when no such group stands before it.

    ``Allies of the prime minister describe`` with the phrase ``the prime minister`` →
    ``Allies of the prime minister``; ``Allies of the health secretary, Sian Pollard, say``
    with the phrase ``Sian Pollard`` → ``Allies of the health secretary``."""
    if np_start is None or np_end is None or np_start <= 0 or np_end <= np_start:
        return None
    comma = text.find(",", np_start, np_end)
    end = comma if comma > np_start else np_end  # "the Earth, the campaign group": to the comma
    lead = _lead_re().match(text, np_start, end)
    if lead and _OPEN_END_RE.search(text, max(0, np_start - 8), np_start):
        # the phrase is the whole group already ("Allies of the Chancellor dismiss …")
        return _group(text, np_start, end, lead.end() - 1)
    window = max(0, np_start - 120)
    if not may_hold_group(text[window:np_start]):
        return None  # no word of relation in the window: the search below cannot match
    m = _group_re().search(text, window, np_start)  # endpos: no copy
    if m is None or m.group("comp") and not _apposed_name(text, np_start, np_end):
        return None
    return _group(text, m.start("group"), m.end("comp") if m.group("comp") else end,
                  m.end("at"))


#: a personal pronoun or a determiner opening the speaker phrase: no name in apposition
_NOT_APPOSED_RE = lazy_compile(
    r"(?:he|she|they|we|I|it|you|the|a|an|his|her|their|its|our|my|this|that)(?![\w’'\-])",
    re.IGNORECASE)


def _apposed_name(text: str, np_start: int, np_end: int) -> bool:
    """Whether the speaker phrase at ``np_start``-``np_end`` can be a name apposed to the
    complement (``Friends of the chancellor, Ann Lee, say``): capitalised, no pronoun or
    description, and closed by a comma. Otherwise the phrase is the subject of a parenthetical
    tag (``Critics of the plan, Ann Lee said, "have …"``, ``Those of us who were there, she
    said, "…"``) and speaks itself (review 28a)."""
    phrase = text[np_start:np_end]
    return phrase[:1].isupper() and not _NOT_APPOSED_RE.match(phrase) and \
        text[np_end:np_end + 1] == ","


#: a proper name opened by ``the`` (``the Earth``, ``the Lake District``): with a capitalised
#: plural before it, the name of a body (``Friends of the Earth``), not a group of people
_THE_PROPER_RE = lazy_compile(r"[Tt]he\s+[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*\s*\Z")


def _group(text: str, start: int, end: int, comp_start: int) -> RelationGroup:
    """The group from ``start`` to ``end`` (its complement from ``comp_start``): a description
    of people, or a group (a body) when a capitalised plural opens a ``the`` + proper name
    that is no office (``Friends of the Earth``; ``Allies of the Chancellor`` stays people)."""
    comp = " ".join(text[comp_start:end].split())
    body = text[start:start + 1].isupper() and bool(_THE_PROPER_RE.match(comp)) and \
        not capitalised_office(comp)
    return RelationGroup(" ".join(text[start:end].split()), "group" if body else "description",
                         start, end)
