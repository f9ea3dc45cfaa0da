"""``the union said`` after ``Fairwork, the largest retail union``: a group speaker written as
the description a named body was given in apposition is that body (round 72, issue 13).

Why: a report names a body once and then calls it by its kind (``Unison, the largest
public-sector union, …. the union said``), or names it and sets the kind beside it right where
it speaks (``a pamphlet written by the Harbour Circle, a group of free-market councillors,
accused …``). The speaker readers keep the description (``the union``, ``a group``), which the
guideline's speaker, the body's name (``data/annotations/guidelines/quotes.md``: the most
specific name the text gives), does not match. Round 65 joined an office to the person the
article titled so; a body's kind written in apposition to its name is the same link for
organisations.

The pass runs after the speaker pass, on every top-level speech piece whose speaker phrase is a
singular organisation description (``the`` / ``a`` / ``an``, up to three modifiers, a noun of
``data/lexicons/org_nouns.txt``): the latest apposition ``<Name>, the|a|an … <noun>`` before
the phrase's end in its paragraph or the one before (the window the document and ``its``
readers use), with the same noun as its head, gives the name. A name that
takes the noun only as a possessor (``Ann Cole, the union's leader``) is no match, a
description with its own post-modifier (``the union at the plant``) is left alone, and so is a
speaker an earlier reader already named from the phrase (``The company`` read as the company
named before it).

Review 26d: a sentence's opening words before a subject with its own aside are no name (``In
March, the union, which has 400,000 members, voted …`` and ``However, the union, …`` are no
apposition of ``In March`` or ``However``): a match whose name opens with a word of
``data/lexicons/not_name_words.txt`` (capitalised words that open sentences, ``the`` aside) is
passed over. And two different names given the same kind in one paragraph (``Unison, the health
union, and Unite, the general union, …``) leave the description to the reader: the text does
not say which of them ``the union`` is, so the phrase is kept when another name was set beside
the same noun in the paragraph of the latest apposition. A speaker span that holds words before
the phrase (``In a statement, the union said``: the span ``a statement, the union``) is read
at the phrase that ends it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from helpers.core.lazy_patterns import lazy_compile
from helpers.instruments.quotes.lexicon import _NOT_NAME, ORG_NOUNS
from helpers.instruments.quotes.quoterow import QuoteRow

_CAPWORD = r"[A-Z][\w&’'\-]*"
#: up to six capitalised words, ``of`` / ``for`` / ``and`` / ``&`` allowed between two: the
#: words of a body's name (``Fairwork``, ``Harbour Circle``, ``Institute for Fiscal
#: Studies``); :mod:`.possessive_documents` reads the same run (one pattern, two modules)
BODY_WORDS = rf"{_CAPWORD}(?:\s+(?:(?:of|for|and|&)\s+)?{_CAPWORD}){{0,5}}"
#: a body's name: an optional ``the`` and the words, e.g. ``the Harbour Circle``
_NAME = rf"(?:\b[Tt]he\s+)?(?<![\w’'\-]){BODY_WORDS}"
#: the name, a comma, a determiner, up to three lower-case modifiers and the head noun (not
#: a possessor: ``the union's leader``), then the apposition's end: punctuation, or a
#: post-modifier opened by a preposition or relative and then punctuation (``a group of
#: free-market councillors,``); a verb after the noun makes it a subject, no apposition
#: (``On Tuesday, the union said``)
_APPOSED_RX = lazy_compile(
    rf"(?P<name>{_NAME}),\s+(?:the|a|an)\s+(?:[a-z][\w’'\-]*\s+){{0,3}}?"
    r"(?P<head>[a-z]+)(?:\s+(?:of|for|in|at|on|with|from|based|that|which|who)\s"
    r"[^,.;:!?\x01“”\"]{0,80})?(?=[,.;:—–)])")
#: a singular organisation description as a speaker phrase: a determiner, up to three
#: lower-case modifiers, the noun
_DESCRIPTION_RX = lazy_compile(r"(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w’'\-]*\s+){0,3}(?P<head>[a-z]+)")


def _window_start(text: str, block_starts: Sequence[int], at: int) -> int:
    """The start of the paragraph before the one holding offset ``at`` (blank blocks passed
    over), or of the article's first block."""
    k = max(0, bisect_right(block_starts, at) - 1)
    prev = k - 1
    while prev > 0 and not text[block_starts[prev]:block_starts[prev + 1]].strip():
        prev -= 1
    return block_starts[max(prev, 0)]


def _opens_sentence(name: str) -> bool:
    """Whether a matched name opens with a sentence-opening word of ``not_name_words.txt``
    (``In March``, ``However``), ``the`` aside: an adverbial before a subject, no name."""
    words = name.split()
    if words[0].lower() == "the" and len(words) > 1:
        words = words[1:]
    return words[0] in _NOT_NAME


def apposed_body_speakers(rows: Sequence[QuoteRow], text: str,
                          block_starts: Sequence[int]) -> None:
    """Give each top-level speech piece whose speaker phrase (``speaker_start`` …
    ``speaker_end``) is a singular organisation description the name of the body that
    description was apposed to in its paragraph or the one before (``block_starts``: the
    article's paragraph offsets), in place (module docstring)."""
    if not block_starts:
        return
    for row in rows:
        if row.span.level or row.kind != "speech" or row.speaker_type != "group" or \
                row.speaker_start is None or row.speaker_end is None:
            continue
        # (the span may hold words before the phrase, ``a statement, the union``: the phrase
        # is read where the speaker's own words end the span)
        lo_phrase = row.speaker_end - len(row.speaker)
        if lo_phrase < row.speaker_start:
            continue
        phrase = _DESCRIPTION_RX.fullmatch(text, lo_phrase, row.speaker_end)
        if phrase is None or phrase.group("head") not in ORG_NOUNS or \
                row.speaker.lower() != phrase.group().lower():
            continue  # (a speaker a reader already named from the phrase is kept)
        head = phrase.group("head")
        # (the apposition may close after the phrase: ``…, a group of councillors, accused``)
        lo = _window_start(text, block_starts, lo_phrase)
        found = [m for m in _APPOSED_RX.finditer(text, lo, row.speaker_end + 120)
                 if m.group("head") == head and m.end("head") <= row.speaker_end and
                 not _opens_sentence(m.group("name"))]
        if not found:
            continue
        name = found[-1]
        own = block_starts[max(0, bisect_right(block_starts, name.start()) - 1)]
        if any(m.group("name") != name.group("name") and m.start() >= own for m in found[:-1]):
            continue  # (two bodies given this kind in one paragraph: which one is not said)
        row.speaker = name.group("name")
        row.speaker_start, row.speaker_end = name.start("name"), name.end("name")
        row.speaker_mention = name.group("name")
