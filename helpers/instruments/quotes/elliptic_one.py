"""An elliptic ``one`` / ``one of them`` as a speaker is one of the group named before it
(quotes round 79).

``Allies of the minister tell a different story. "…," one said.``, ``A group of Labour MPs
meet on Tuesdays. … '…,' one of them told me.``, ``Several of the MPs around him have not
ruled out a challenge, and one of them described …``. English news gives an unnamed member of
a group named just before by ``one`` (a noun left out) or ``one of them``; the cue readers
read the phrase, but nothing resolved it, so the row had no speaker or took another
description with ``one`` in it (``one source`` from an earlier ``A No 10 source``).

:func:`elliptic_one` reads the phrase (``one``, ``one of them``, ``one of those``; never after
``no``, ``any``, ``every``, ``the`` …: ``no one said``, ``the one who``) and finds the last
plural person noun before it in its paragraph, outside quotations (``allies``, ``MPs``,
``whips``; a singular person noun of ``person_nouns.txt`` with ``-s``): the speaker is ``one
of the <noun>``, with a capitalised modifier right before the noun kept (``one of the Labour
MPs``). With no such noun the phrase is left to the other readers.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from helpers.core.lazy_patterns import lazy_compile
from helpers.instruments.quotes.lexicon import (
    ACRONYM_PERSON_NOUNS,
    IRREGULAR_PLURALS,
    PERSON_NOUNS,
    is_person_noun,
)


class OneOfGroup(NamedTuple):
    """The speaker read from an elliptic ``one``: its text, type and the phrase's offsets."""

    speaker: str
    speaker_type: str
    start: int
    end: int


#: the elliptic phrase itself
_ONE_RE = lazy_compile(r"\s*[Oo]ne\s+of\s+(?:them|those)(?![\w’'\-])")
#: a word right before ``one`` that makes it no elliptic subject (``no one``, ``the one
#: who``, ``every one``, ``which one``; a negation, ``Not one of them said``, ``Neither one of
#: them said``: nobody said it, review 28a)
_NOT_AFTER_RE = lazy_compile(
    r"(?<![\w’'])(?:no|any|every|each|some|the|this|that|which|what|no-|just|only|not|neither"
    r"|nor)\s*\Z",
    re.IGNORECASE)
#: a quotation inside a paragraph (double marks; single marks opened after a space or a line
#: start and closed before punctuation or a space): its words are no antecedent
_QUOTATION_RE = lazy_compile(r"[\"“][^\"“”]*[\"”]|(?<![\w’'])‘[^‘]*?’(?![\w])")
_WORD_RE = lazy_compile(r"[A-Za-z][\w’'\-]*")


def _plural_person(word: str) -> bool:
    """Whether ``word`` is a plural person noun (``allies``, ``MPs``, ``ministers``,
    ``people``)."""
    low = word.lower()
    if word in ACRONYM_PERSON_NOUNS:
        return word.endswith("s")
    if low in IRREGULAR_PLURALS:
        return True
    return low.endswith("s") and not low.endswith("ss") and (
        low in PERSON_NOUNS or is_person_noun(low[:-1]))


_OF_DETERMINERS = frozenset({"the", "his", "her", "their", "its", "our", "those", "these"})


def _of_head(words: list[re.Match[str]], k: int) -> int:
    """The index of the group's head for the plural person noun ``words[k]``: the plural
    person noun before an ``of`` (and a determiner) that takes ``words[k]`` as its complement
    (``the parents of the children`` → ``parents``, ``allies of the ministers`` → ``allies``:
    review 28a; before, ``one of them`` was one of the children), else ``k``."""
    j = k - 1
    if j >= 0 and words[j].group().lower() in _OF_DETERMINERS:
        j -= 1
    if j >= 1 and words[j].group().lower() == "of" and _plural_person(words[j - 1].group()):
        return j - 1
    return k


def elliptic_one(text: str, np_start: int | None, np_end: int | None) -> OneOfGroup | None:
    """``one of the <group>`` for the elliptic speaker phrase at ``np_start``-``np_end`` of
    ``text`` (module docstring), or None."""
    if np_start is None or np_end is None or np_end <= np_start:
        return None
    one = _ONE_RE.match(text, np_start, min(len(text), np_start + 20))
    if one is None or one.end() < np_end or \
            _NOT_AFTER_RE.search(text, max(0, np_start - 12), np_start):
        return None
    para = text.rfind("\n", 0, np_start) + 1
    before = _QUOTATION_RE.sub(lambda m: " " * len(m.group()), text[para:np_start])
    words = list(_WORD_RE.finditer(before))
    for k in range(len(words) - 1, -1, -1):
        head = words[k].group()
        if not _plural_person(head):
            continue
        k = _of_head(words, k)
        head = words[k].group()
        if head[:1].isupper() and head[1:].islower():
            head = head.lower()  # "Allies of the minister …": the capital of a sentence start
        mod = words[k - 1].group() if k > 0 else ""
        gap = before[words[k - 1].end():words[k].start()] if k > 0 else ""
        keep = mod[:1].isupper() and gap == " " and words[k - 1].start() > 0 and \
            not re.search(r"[.!?]\s*\Z", before[:words[k - 1].start()])
        phrase = f"one of the {mod} {head}" if keep else f"one of the {head}"
        return OneOfGroup(phrase, "description", np_start, one.end())
    return None


#: ``one of them`` / ``one of those`` ending the text before a verb of saying (``…, and one of
#: them told me``), not after ``no`` / ``the`` … (``_NOT_AFTER_RE``)
_ONE_BEFORE_VERB_RE = lazy_compile(
    r"(?<![\w’'\-])(?P<np>[Oo]ne\s+of\s+(?:them|those))\s+(?:[a-z]+ly\s+)?\Z")


def one_of_them_before(before: str) -> re.Match[str] | None:
    """The subject ``one of them`` right before a verb of saying (``before`` is the text up to
    the verb), as a match with the group ``np``; None otherwise.

    Why: the sentence-cue reader's noun-phrase patterns read no ``one of them``, so ``At least
    30 MPs will rebel, and one of them told me: "…"`` had no cue and no speaker."""
    m = _ONE_BEFORE_VERB_RE.search(before, max(0, len(before) - 40))
    if m is None or _NOT_AFTER_RE.search(before, max(0, m.start() - 12), m.start()):
        return None
    return m
