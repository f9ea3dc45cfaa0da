"""A place is never a speaker (issue 13): a speaker that is only a place name, with its
titles (``Wisconsin Gov``, ``the Ostland``, ``Ostland``), is a cue's subject phrase cut short.

Why: ``said former Ostland Gov. Ada Brell`` cut at the title's full stop gave the speaker
``Ostland Gov``; ``said Ostland delegate Ada Brell`` gave ``Ostland``; ``Ada Brell of Ostland
said`` gave ``Ostland``; ``the Ostland Board of Elections`` gave ``the Ostland``. Counted as
speakers, the places took the quotations of the people and bodies they qualify. The phrase the
place stands in is read to its end: the person named in it (a name after the place and its role
words, or before ``of <place>``) or the organisation it opens becomes the speaker; when the
phrase names none, the speaker is left empty with the reason ``not_a_speaker:place`` (no
guess from elsewhere in the article).
"""

from __future__ import annotations

from typing import NamedTuple

from helpers.core.lazy_patterns import lazy_compile
from helpers.core.lexicons import load_words
from helpers.instruments.quotes.lexicon import (
    _NOT_NAME,
    ORG_NOUNS,
    PERSON_NOUNS,
    TITLE_WORDS,
    _first_names,
    opens_name,
)

PLACE_NAMES = frozenset(load_words("place_names.txt"))
#: words a place speaker may carry besides the place: an article, a title, ``former``
_QUALIFIERS = frozenset(("the", "former", "then", "state"))

#: a word of a speaker string (compiled once; speed)
_WORD_RE = lazy_compile(r"[\w’'\-]+")
_TOKEN = r"(?:[A-Z]\.|[A-Z][\w’'\-]*[\w’']\.?)"  # a capitalised word, an initial, ``Gov.``
#: after the place: a title's full stop, up to three lower-case role words, a name run
_NAME_AFTER_RE = lazy_compile(
    rf"\.?[ \t]+(?:[a-z][\w’'\-]*[ \t]+){{0,3}}({_TOKEN}(?:[ \t]+{_TOKEN})+)")
#: before the place: a name run, ``of``, an optional ``<Town>,`` (``X of Town, State``)
_NAME_BEFORE_RE = lazy_compile(
    rf"({_TOKEN}(?:[ \t]+{_TOKEN})*)[ \t]+of[ \t]+(?:[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+)*,"
    rf"[ \t]+)?$")
#: an organisation name run right after the place (``the Ostland Board of Elections``)
_ORG_AFTER_RE = lazy_compile(
    r"[ \t]+((?:[A-Z][\w’'\-]+)(?:[ \t]+(?:(?:of|for|and|on)[ \t]+)?[A-Z][\w’'\-]+)*)")


class PlaceRepair(NamedTuple):
    """The speaker read from the whole phrase a place speaker stands in, with its offsets in
    the article text and its type (``named`` or ``group``)."""

    speaker: str
    start: int
    end: int
    speaker_type: str


def is_place_speaker(speaker: str) -> bool:
    """Whether ``speaker`` is a place name of ``place_names.txt`` with at most an article,
    titles and ``former`` around it (``Ostland``, ``the Ostland``, ``Ostland Gov``)."""
    words = _WORD_RE.findall(speaker)
    # a title counts only as written before a name (``Gov``, ``Sen``): ``the Ostland senator``
    # is a description of a person, not a place
    core = [w for w in words if not (w.lower() in TITLE_WORDS and w[:1].isupper())
            and w.lower() not in _QUALIFIERS]
    return bool(core) and " ".join(core) in PLACE_NAMES


def lone_given_name(speaker: str) -> bool:
    """Whether a place speaker is the place's name alone and also a listed given name
    (``Georgia``, ``Virginia``: ``first_names.txt``).

    Why (review 8): ``"...," Virginia said`` in a reportage names a woman by her given name;
    when nothing in the phrase reads as a place's person or organisation, dropping the speaker
    lost her quotation. Such a speaker is kept as the cue gave it, as before the place rule
    (``Washington`` is left out of ``place_names.txt`` for the same reason, as a surname)."""
    return speaker in _first_names()


def _person_in_run(run: str) -> str:
    """The person's name in a capitalised run: from its first listed given name to its end
    (``Democratic Committee Chairman Ada Brell`` -> ``Ada Brell``); a run of two or three
    words none of which is a title, role, organisation or sentence-start word is a name as it
    stands; else ""."""
    tokens: list[str] = []
    for t in run.split():
        if t.endswith(".") and len(t) > 2 and t.lower().rstrip(".") not in TITLE_WORDS:
            tokens.append(t[:-1])  # a sentence's full stop after the surname ends the run
            break
        tokens.append(t)
    for i in range(len(tokens) - 1):
        if opens_name(tokens, i):
            return " ".join(tokens[i:])
    while tokens and tokens[0].lower().rstrip(".") in TITLE_WORDS:
        tokens = tokens[1:]  # "Gov. Ada Brell": the title is not part of the name
    if 2 <= len(tokens) <= 3 and not any(
            t.lower().rstrip(".") in TITLE_WORDS or t.lower() in PERSON_NOUNS
            or t.lower() in ORG_NOUNS or t in _NOT_NAME or t in PLACE_NAMES for t in tokens):
        return " ".join(tokens)
    return ""


def repair_place(text: str, start: int, end: int) -> PlaceRepair | None:
    """The speaker of the phrase whose place ``text[start:end]`` a cue took as speaker: the
    organisation the place opens, the person named after the place's role words, or the
    person before ``of <place>``; None when the phrase names none."""
    after = text[end:end + 160]
    if (m := _ORG_AFTER_RE.match(after)) and any(
            w.lower() in ORG_NOUNS for w in m.group(1).split()):
        stop = end + m.end(1)
        return PlaceRepair(text[start:stop], start, stop, "group")
    if (m := _NAME_AFTER_RE.match(after)) and (name := _person_in_run(m.group(1))):
        return _named(text, end + m.start(1), m.group(1), name)
    before = text[max(0, start - 160):start]
    if (m := _NAME_BEFORE_RE.search(before)) and (name := _person_in_run(m.group(1))):
        return _named(text, start - len(before) + m.start(1), m.group(1), name)
    return None


def _named(text: str, run_start: int, run: str, name: str) -> PlaceRepair | None:
    """The repair naming ``name``, found in ``run`` written at ``run_start``; None when the
    name is not written as it stands there (offsets must point at the name itself)."""
    s = run_start + run.index(name.split()[0])
    return PlaceRepair(name, s, s + len(name), "named") if text[s:s + len(name)] == name \
        else None
