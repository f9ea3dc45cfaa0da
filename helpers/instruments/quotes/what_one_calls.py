"""``what one (of them) calls "…"``: the elliptic ``one`` as the subject of a relative ``what``
clause (round 82, issue 13).

Why: British political prose reports an unnamed member of a group through an object relative,
``to discuss what one of those present called "…"``, ``what one calls "…"`` after ``Several
frontbenchers …``, ``in what one of them called "…"`` after ``two people who know him``.
The sentence-cue reader reads ``one of them`` before a verb of saying (round 79,
:func:`.elliptic_one.one_of_them_before`) but not after ``what`` (``which one of them said``
is a question, and that reader refuses every determiner-like word before ``one``), and it reads
no bare ``one`` and no ``one of those present``; so the verb had no subject and the quotation
went to someone named before, or to nobody.

Here: right before a verb of saying or framing, ``what`` followed by ``one``, ``one of them``,
``one of those`` or ``one of those`` + a word of presence (``present``, ``involved``:
``data/lexicons/those_present_words.txt``) is the verb's subject phrase (the group ``np`` of
the match, ``what`` excluded). A bare ``one`` is then resolved as any other (the reader of
``one`` after a plural person noun); ``one of them`` by :mod:`.elliptic_one` with ``what``
blanked (:func:`what_one_group`); ``one of those present`` is ``one of the people who were
present``. Bounded: the searches read the 40 characters before the verb and the paragraph
(at most its last 2,000 characters).
"""

from __future__ import annotations

import re

from helpers.core.lexicons import load_words
from helpers.instruments.quotes.elliptic_one import OneOfGroup, elliptic_one
from helpers.instruments.quotes.lexicon import ORG_NOUNS, PERSON_NOUNS

#: ``what one`` / ``what one of them`` / ``what one of those present`` ending the text before
#: the verb (an adverb in ``-ly`` may stand between: ``what one privately calls``; a noun in
#: ``-ly`` may not: ``what one family calls``)
_PRESENT_ALT = "|".join(map(re.escape, load_words("those_present_words.txt")))
_WHAT_ONE_RX = re.compile(
    r"(?<![\w’'\-])[Ww]hat\s+(?P<np>one(?:\s+of\s+(?:them|those"
    rf"(?:\s+(?:{_PRESENT_ALT}))?))?)\s+(?:(?P<adv>[a-z]+ly)\s+)?\Z")
#: nouns in ``-ly`` (``family``, ``ally``): ``what one family calls`` is a described one, not
#: the elliptic ``one`` and an adverb (review 29b; ``data/lexicons/ly_nouns.txt``)
_LY_NOUNS = frozenset(load_words("ly_nouns.txt")) | frozenset(
    w for w in PERSON_NOUNS | ORG_NOUNS if w.endswith("ly"))


def what_one_before(before: str) -> re.Match[str] | None:
    """The subject ``one`` / ``one of them`` / ``one of those present`` of a ``what`` clause
    ending ``before`` (the text up to a verb of saying), as a match with the group ``np``, or
    None (module docstring)."""
    m = _WHAT_ONE_RX.search(before, max(0, len(before) - 40))
    if m is not None and m.group("adv") in _LY_NOUNS:  # ``what one family calls`` (review 29b)
        return None
    return m


#: how far back the paragraph of a ``what one of them`` is read
_REACH = 2000
#: ``what`` and spaces right before a speaker phrase
_WHAT_BEFORE_RX = re.compile(r"(?<![\w’'\-])[Ww]hat\s+\Z")
#: ``one of those`` + a word of presence (``present``, ``involved``:
#: ``data/lexicons/those_present_words.txt``): the people who were present
_ONE_OF_THOSE_RX = re.compile(rf"one\s+of\s+those\s+(?P<word>{_PRESENT_ALT})\Z")


def what_one_group(text: str, np_start: int | None, np_end: int | None
                   ) -> OneOfGroup | None:
    """The speaker of a ``what one of them`` / ``what one of those present`` phrase at
    ``np_start``-``np_end`` of ``text``, or None when no ``what`` stands before it.

    ``one of those present`` is ``one of the people who were present``; ``one of them`` /
    ``one of those`` is read by :func:`.elliptic_one.elliptic_one` on the paragraph with
    ``what`` blanked (that reader refuses a word such as ``what`` before ``one``, which asks a
    question: ``which one of them said``)."""
    if np_start is None or np_end is None or np_end <= np_start or \
            not _WHAT_BEFORE_RX.search(text, max(0, np_start - 8), np_start):
        return None
    phrase = text[np_start:np_end]
    if m := _ONE_OF_THOSE_RX.match(phrase):
        # ``those present``: the people who were present (a description whose head is a
        # person noun, as the speaker check asks: ``present`` is none)
        return OneOfGroup(f"one of the people who were {m.group('word')}", "description",
                          np_start, np_end)
    # the paragraph, or its last 2,000 characters (a long source may hold no line break)
    para = text.rfind("\n", max(0, np_start - _REACH), np_start) + 1 or \
        max(0, np_start - _REACH)
    what = _WHAT_BEFORE_RX.search(text, max(para, np_start - 8), np_start)
    if what is None:
        return None
    window = text[para:what.start()] + " " * (np_start - what.start()) + phrase
    one = elliptic_one(window, np_start - para, np_end - para)
    if one is None:
        return None
    return OneOfGroup(one.speaker, one.speaker_type, one.start + para, one.end + para)
