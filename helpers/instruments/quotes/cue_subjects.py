"""The shape of a cue's subject (issue 13, round 34): the subject of a sentence cue (or of a
pre-/post-cue) must be a noun phrase that can speak. Text-only tests on the cue's noun phrase
and the text around it:

- the agent of ``X released a statement saying "…"`` is ``X``, not the statement it issued
  (:func:`issuer_verb_start`);
- ``Supporters of X would argue`` is the group ``Supporters of X`` (its head ``Supporters``),
  not the name in its ``of`` phrase cut loose (:func:`headed_plural`);
- ``One early supporter, Representative X, …`` is ``X``, the name in apposition to a
  quantifier or article head (:func:`apposed_name`).

Why (round 33's count): of the train pieces whose rules' own cue settles the speaker wrongly,
about half had the subject read as a fragment or a non-person word."""

from __future__ import annotations

import re
from typing import NamedTuple

from helpers.core.lazy_patterns import lazy_compile
from helpers.core.lexicons import load_words
from helpers.instruments.quotes.lexicon import (
    _TITLED_NAME,
    DOCUMENT_NOUNS,
    PERSON_NOUNS,
)

#: verbs by which a person or body puts out a written text (``released``, ``issued``)
ISSUE_VERBS = frozenset(load_words("document_issue_verbs.txt"))
_ISSUE_ALT = "|".join(sorted((re.escape(v).replace(r"\ ", r"\s+") for v in ISSUE_VERBS),
                             key=len, reverse=True))
#: ``… released a statement `` / ``… issued a brief written statement `` at the end of the
#: text before a participle: the issuing verb, an article or possessive, up to two modifiers
#: and a document noun
_ISSUED_DOC_END_RX = lazy_compile(
    rf"(?<![\w’'])(?P<verb>{_ISSUE_ALT})\s+(?:a|an|the|its|his|her|their|this|that)\s+"
    rf"(?:[\w’'\-]+\s+){{0,2}}?(?P<noun>[a-z]+)\s*$")


def issuer_verb_start(before: str) -> int | None:
    """Offset in ``before`` of the issuing verb when ``before`` (the text up to a participle
    such as ``saying``) ends with ``<issuing verb> <article> … <document noun>``
    (``X released a statement``); None otherwise. The subject before that verb issued the
    text and speaks its words."""
    m = _ISSUED_DOC_END_RX.search(before, max(0, len(before) - 80))
    if m is None:
        return None
    noun = m.group("noun")
    if noun not in DOCUMENT_NOUNS and not (noun.endswith("s") and noun[:-1] in DOCUMENT_NOUNS):
        return None
    return m.start("verb")


#: prepositions after which a capitalised plural person noun keeps its post-modifier
_HEAD_PREPS = frozenset({"of", "for", "to", "at", "from", "in", "on", "with"})


def headed_plural(np_text: str) -> bool:
    """Whether ``np_text`` is a bare plural person noun, capitalised at the start of its
    sentence, with a prepositional post-modifier (``Supporters of Ann Lowe``, ``Aides to the
    governor``, ``Critics of the plan``): a group whose head is the plural noun. The name
    inside the ``of`` phrase is its complement, not the speaker."""
    words = np_text.split()
    if len(words) < 3 or not words[0][:1].isupper() or words[1] not in _HEAD_PREPS:
        return False
    low = words[0].lower()
    return low.endswith("s") and low in PERSON_NOUNS and low[:-1] in PERSON_NOUNS


#: quantifier or article heads that a name in apposition specifies (``One early supporter,
#: Representative X,``; ``A spokeswoman, Jo Reed,``)
_QUANT_HEAD_RX = lazy_compile(
    r"(?:One|Another|A|An|one|another|a|an)(?:\s+[a-z][\w\-]*){0,3}\s+(?P<head>[a-z][\w\-]*)"
    r"(?=\s*,)")
_APPOSED_NAME_RX = lazy_compile(rf"\s*,\s*(?P<name>{_TITLED_NAME})\s*,")


class ApposedName(NamedTuple):
    """A name in apposition to a quantifier head, with its offsets in the text."""

    name: str
    start: int
    end: int


def apposed_name(text: str, np_start: int | None) -> ApposedName | None:
    """The name set in apposition (between commas) to a quantifier or indefinite description
    that opens at ``np_start`` (``One early supporter, Representative Lee Ames, Democrat of
    Ohio, said`` → ``Representative Lee Ames``), when the description's head is a person noun;
    None otherwise. The name is the speaker the description introduces."""
    if np_start is None or np_start < 0:
        return None
    q = _QUANT_HEAD_RX.match(text, np_start)
    if q is None or q.group("head") not in PERSON_NOUNS:
        return None
    a = _APPOSED_NAME_RX.match(text, q.end())
    if a is None:
        return None
    return ApposedName(a.group("name"), a.start("name"), a.end("name"))


#: a dash aside that closes an introductory phrase (``Hastily X-ing … ― as he did … ― Y cast``)
_DASH_ASIDE_RX = lazy_compile(r"\s[―—–]\s[^―—–\x01]{1,160}?\s[―—–]\s+")


def aside_ends(before: str, reach: int = 260) -> list[int]:
    """Offsets in ``before`` (within ``reach`` of its start) right after a closed dash aside:
    where the main clause may start once an introductory participle or adverb phrase (which
    has no comma of its own) and its aside are over."""
    return [m.end() for m in _DASH_ASIDE_RX.finditer(before, 0, min(len(before), reach))][:2]
