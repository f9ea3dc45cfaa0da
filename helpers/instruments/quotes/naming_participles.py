"""An indefinite description named by ``called`` / ``named`` is the named person (quotes round 77).

``One of them, a bus driver called Ann Lee, is now delivering leaflets. "…," she said.`` and
``Its candidate, a former police sergeant called Tom Reed, is telling voters that he will
"…"``. English introduces a person of the story with an indefinite description and a naming
participle (``called``, ``named``); the name after it is the person, and the clause's verb
comes after the name. Two readers went wrong on it: the sentence-cue reader took ``called`` as
a framing verb (``Lee called the plan "a farce"``) with the description as its subject, and
the mention reader saw the description as the clause's subject but not the name, so a later
``he`` / ``she`` went to someone named earlier. Here: :func:`is_naming_verb` tells the
sentence-cue reader that such a ``called`` is no cue, and :func:`named_description` gives the
mention reader the name's span, so that the name is the subject mention.

The construction: ``a`` / ``an``, up to four words, ``called`` / ``named``
(``data/lexicons/naming_participles.txt``), one to three capitalised words, then a comma or a
lower-case word that opens no object (not a determiner or ``as``: ``a voter called Reed a liar``
is the framing verb) — never a quotation (``a minister called Reed "a liar"``), nor a
possessive name, which opens the framing verb's object (``a minister called Reed's plan "a
fantasy"``, review 27a).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from helpers.core.lazy_patterns import lazy_compile
from helpers.core.lexicons import load_words
from helpers.instruments.quotes.lexicon import (
    DOCUMENT_NOUNS,
    ORG_NOUNS,
    _alt,
    _first_names,
    is_person_noun,
)
from helpers.instruments.quotes.mention_type import Mention

#: a lower-case word right after the name that makes ``called`` a framing verb: an object
#: complement opens (``called Reed a liar``, ``named Lee as chair``)
_OBJECT_LEADS = ("a", "an", "the", "his", "her", "their", "its", "my", "our", "as", "to")


class NamedDescription(NamedTuple):
    """A description named by a participle: offsets (into the text searched) of the
    description, the participle and the name."""

    start: int
    verb_start: int
    verb_end: int
    name_start: int
    name_end: int


_WORD_RE = lazy_compile(r"[a-z]+")


@lru_cache(maxsize=1)
def _participles() -> frozenset[str]:
    """The naming participles (``naming_participles.txt``)."""
    return frozenset(load_words("naming_participles.txt"))


@lru_cache(maxsize=1)
def _naming_re() -> re.Pattern:
    """The construction (see the module docstring); groups ``verb`` and ``name``."""
    verbs = _alt(set(_participles()))
    leads = "|".join(_OBJECT_LEADS)
    return re.compile(
        r"(?<![\w’'])[Aa]n?(?:\s+[a-z][\w’'\-]*){1,4}?"
        rf"\s+(?P<verb>{verbs})\s+"
        r"(?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2})(?<![’']s)"
        rf"(?=\s*,|\s+(?!(?:{leads})(?![\w’'\-]))[a-z])")


def named_descriptions(text: str) -> list[NamedDescription]:
    """Every description named by a participle in ``text``, in text order."""
    return [NamedDescription(m.start(), m.start("verb"), m.end("verb"), m.start("name"),
                             m.end("name")) for m in _naming_re().finditer(text)]


def is_naming_verb(text: str, verb_start: int) -> bool:
    """Whether the word at ``verb_start`` of ``text`` is the naming participle of such a
    description (``a bus driver called Ann Lee, is …``): no verb of saying. Read in a window
    of 80 characters either side (four words of description, three of name)."""
    word = _WORD_RE.match(text, verb_start)
    if word is None or word.group(0) not in _participles():
        return False
    lo = max(0, verb_start - 80)
    return any(d.verb_start + lo == verb_start
               for d in named_descriptions(text[lo:verb_start + 80]))


def _names_a_person(head: str, name: str) -> bool:
    """Whether a description headed by ``head`` (lower case) and named ``name`` is a person:
    a person noun heads it (``a pensioner called Ashby``), or the name has a person's shape —
    a listed given name first (``a volunteer called Amy``), or two or three capitalised words
    not opening with ``The`` (``a taxi driver called Baz Corr``). Why (review 27a): the
    construction names things as often as people (``a pub called The Crown``, ``a village
    called Ashby``, ``a think-tank called Onward``, ``a program called …``); only a person
    may become the clause's subject mention that a later ``he`` / ``she`` takes."""
    if is_person_noun(head):
        return True
    words = name.split()
    return words[0] in _first_names() or (len(words) > 1 and words[0] != "The")


def named_description(text: str, start: int) -> NamedDescription | None:
    """The construction opening at ``start`` (an indefinite article at a clause lead), if any;
    none when its head noun is an organisation's or a document's (``a company called Acme``),
    or when the named thing is no person (:func:`_names_a_person`: ``a pub called The
    Crown``)."""
    m = _naming_re().match(text, start)
    if m is None:
        return None
    head = text[start:m.start("verb")].split()[-1].lower()
    if head in ORG_NOUNS or head in DOCUMENT_NOUNS or \
            not _names_a_person(head, m.group("name")):
        return None
    return NamedDescription(m.start(), m.start("verb"), m.end("verb"), m.start("name"),
                            m.end("name"))


def name_the_description(mentions: list[Mention], narr: str, lo: int, start: int,
                         gender: Callable[[str], str]) -> bool:
    """For the mention reader: when a description opening a clause at ``narr[start]`` is
    named by a participle (:func:`named_description`), make the name the subject mention —
    the one ``mentions`` already holds at the name's place, else a new named mention (a name
    the person lexicons do not list: ``a bus driver called Kev Lumb``) of gender
    ``gender(name)``. Returns whether it did (the description is then no mention of its own).
    ``lo``: ``narr``'s offset in the text."""
    named = named_description(narr, start)
    if named is None:
        return False
    for x in mentions:
        if x.kind == "named" and x.start == lo + named.name_start:
            x.subject = True
            return True
    name = narr[named.name_start:named.name_end]
    mentions.append(Mention(lo + named.name_start, lo + named.name_end, name, "named", True,
                            gender(name)))
    return True


#: the naming participles (``called``, ``named``): for :func:`.subjects.main_lead`'s test
NAMING_PARTICIPLES = _participles()


def named_at_lead(text: str, pos: int, opens_clause: Callable[[str, int], bool]) -> bool:
    """Whether the name at ``pos`` (after a naming participle) names a description that opens
    a main clause by ``opens_clause`` (:func:`.subjects.main_lead`): ``One of them, a bus
    driver called Ann Lee, is …`` — the name, not the description, is that clause's subject;
    only a person's name (:func:`named_description`: not ``a think-tank called Onward, which
    …, said``, review 27a)."""
    lo = max(0, pos - 80)
    return any(d.name_start + lo == pos and opens_clause(text, d.start + lo) and
               named_description(text, d.start + lo) is not None
               for d in named_descriptions(text[lo:pos + 80]))


#: a name as a speaker phrase: the ``np`` group the cue readers take (:func:`named_subject`)
_NAME_NP_RE = lazy_compile(r"(?P<np>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2})")


def named_subject(text: str, subject: re.Match) -> re.Match | None:
    """The name of a clause subject (group ``np``) that a naming participle names (``a former
    sergeant called Tom Reed, is telling …``), as a match with the same ``np`` group over the
    name; None when the subject is no such description."""
    named = named_description(text, subject.start("np"))
    if named is None or text[subject.end("np"):named.verb_start].strip():
        return None
    m = _NAME_NP_RE.match(text, named.name_start, named.name_end)
    return m if m is not None and m.end("np") == named.name_end else None
