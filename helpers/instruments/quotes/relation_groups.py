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

from helpers.core.lexicons import load_words
from helpers.instruments.quotes.descriptions import capitalised_office
from helpers.instruments.quotes.lexicon import _alt

#: where a clause opens: the text's start, after a sentence end (a closing quotation mark may
#: follow it), ``;`` or ``:``, or a line break
_OPEN = r"(?:\A|(?<=[.!?;:])\s+|(?<=[.!?][\"”’'])\s+|(?<=\n)\s*)"
_OPEN_END_RE = re.compile(rf"{_OPEN}\Z")


class RelationGroup(NamedTuple):
    """The speaker read from a group of relation: its text and offsets, its type."""

    speaker: str
    speaker_type: str
    start: int
    end: int


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """The (plural nouns, prepositions) of ``relation_group_words.txt``."""
    nouns: set[str] = set()
    preps: set[str] = set()
    for entry in load_words("relation_group_words.txt"):
        kind, _, word = entry.partition(":")
        (nouns if kind == "noun" else preps).add(word.strip().lower())
    return frozenset(nouns), frozenset(preps)


def _alternations() -> tuple[str, str]:
    """Regex alternations of the plural nouns (lower case or capitalised at a sentence's
    start) and of the prepositions (a two-word one with any space between its words)."""
    nouns, preps = _words()
    noun = _alt({w for n in nouns for w in (n, n[:1].upper() + n[1:])})
    prep = "|".join(re.escape(p).replace(r"\ ", r"\s+")
                    for p in sorted(preps, key=len, reverse=True))
    return noun, prep


@lru_cache(maxsize=1)
def _group_re() -> re.Pattern[str]:
    """A clause-opening plural of relation and its preposition, then either the end of the
    searched text (the speaker phrase is the complement) or a complement of up to 60
    characters and a comma (the speaker phrase is a name apposed to it)."""
    noun, prep = _alternations()
    return re.compile(
        rf"{_OPEN}(?P<group>(?:{noun})\s+(?:{prep})(?P<at>\s+)(?:[Tt]he\s+)?"
        rf"(?:(?P<comp>[^\s,.;:!?\"“”‘’\x01][^,.;:!?\"“”‘’\x01\n]{{0,59}}?),\s*)?)\Z")


@lru_cache(maxsize=1)
def _lead_re() -> re.Pattern[str]:
    """A speaker phrase that itself opens with the plural of relation and its preposition."""
    noun, prep = _alternations()
    return re.compile(rf"(?:{noun})\s+(?:{prep})\s+\S")


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
    if lead and _OPEN_END_RE.search(text[:np_start], max(0, np_start - 8)):
        # the phrase is the whole group already ("Allies of the Chancellor dismiss …")
        return _group(text, np_start, end, lead.end() - 1)
    m = _group_re().search(text[:np_start], max(0, np_start - 120))
    if m is None:
        return None
    return _group(text, m.start("group"), m.end("comp") if m.group("comp") else end,
                  m.end("at"))


#: a proper name opened by ``the`` (``the Earth``, ``the Lake District``): with a capitalised
#: plural before it, the name of a body (``Friends of the Earth``), not a group of people
_THE_PROPER_RE = re.compile(r"[Tt]he\s+[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*\s*\Z")


def _group(text: str, start: int, end: int, comp_start: int) -> RelationGroup:
    """The group from ``start`` to ``end`` (its complement from ``comp_start``): a description
    of people, or a group (a body) when a capitalised plural opens a ``the`` + proper name
    that is no office (``Friends of the Earth``; ``Allies of the Chancellor`` stays people)."""
    comp = " ".join(text[comp_start:end].split())
    body = text[start:start + 1].isupper() and bool(_THE_PROPER_RE.match(comp)) and \
        not capitalised_office(comp)
    return RelationGroup(" ".join(text[start:end].split()), "group" if body else "description",
                         start, end)
