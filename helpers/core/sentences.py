"""Offline, rule-based sentence segmentation for news prose.

Why our own splitter: TextBlob's ``.sentences`` needs NLTK's punkt model, which cannot be
downloaded here, and general-purpose splitters break news conventions. The rules:

* A candidate boundary is a run of terminal punctuation (``.``, ``?``, ``!``, ``…``, or a spaced
  ellipsis ``. . .``), optionally followed by closing quotation marks or brackets, followed by
  whitespace.
* It is a boundary only if the next non-space character can start a sentence: an upper-case
  letter, a digit, or an opening quotation mark or bracket. So ``"…?" he asks`` stays one
  sentence and ``the past.” “I stuck it out`` is split between the two quotation marks.
* A full stop is not a boundary after a known abbreviation (``Mr``, ``Dr``, ``St``, ``Gen``,
  ``e.g.`` …), after a single capital initial (``George W. Bush``), after a month abbreviation or
  ``No.`` followed by a number, or inside a dotted acronym (``U.S.``) unless the next word is a
  common sentence opener (``The``, ``He``, ``But`` …).
* A question or exclamation inside closing quotation marks followed by a speech tag
  (``“Are you happy?” Jeremy asks.``) is not a boundary.

Colons, semicolons and dashes never end a sentence. Every function returns character offsets
into the string it was given; no character is rewritten.
"""

from __future__ import annotations

import re

from helpers.core.text import trim_spans
from helpers.core.vocabulary import MONTH_ABBREVIATIONS

__all__ = ["ABBREVIATIONS", "split_sentences"]

#: Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS: frozenset[str] = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "mx",
        "dr",
        "prof",
        "st",
        "sr",
        "jr",
        "rev",
        "fr",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "maj",
        "cpl",
        "pte",
        "sen",
        "rep",
        "gov",
        "pres",
        "supt",
        "insp",
        "det",
        "cllr",
        "hon",
        "rt",
        "messrs",
        "mme",
        "mlle",
        "esp",
        "approx",
        "cf",
        "vs",
        "v",
        "etc",
        "al",
        "fig",
        "figs",
        "vol",
        "vols",
        "inc",
        "ltd",
        "co",
        "corp",
        "plc",
        "bros",
        "dept",
        "univ",
        "assn",
        "ave",
        "rd",
        "mt",
        "ft",
        "op",
        "ed",
        "eds",
        "pp",
        "ch",
    ]
)
_NUMBER_ABBREVIATIONS: frozenset[str] = frozenset(
    [
        "no",
        "nos",
        *MONTH_ABBREVIATIONS,
        "art",
        "arts",
        "para",
        "paras",
        "p",
    ]
)
_SENTENCE_OPENERS: frozenset[str] = frozenset(
    [
        "the",
        "a",
        "an",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "this",
        "that",
        "these",
        "those",
        "there",
        "but",
        "and",
        "so",
        "yet",
        "or",
        "if",
        "when",
        "while",
        "in",
        "on",
        "at",
        "for",
        "as",
        "after",
        "before",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "one",
        "some",
        "many",
        "most",
        "no",
        "not",
        "what",
        "why",
        "how",
        "who",
        "where",
        "which",
        "then",
        "now",
        "still",
        "also",
        "however",
        "meanwhile",
    ]
)
_REPORTING_VERBS: frozenset[str] = frozenset(
    [
        "says",
        "said",
        "asks",
        "asked",
        "adds",
        "added",
        "replies",
        "replied",
        "insists",
        "insisted",
        "cries",
        "cried",
        "shouts",
        "shouted",
        "wonders",
        "wondered",
        "frets",
        "fretted",
        "explains",
        "explained",
        "continues",
        "continued",
        "tells",
        "told",
        "writes",
        "wrote",
        "suggests",
        "suggested",
        "argues",
        "argued",
        "admits",
        "admitted",
        "laughs",
        "laughed",
        "jokes",
        "joked",
        "demands",
        "demanded",
        "whispers",
        "whispered",
        "notes",
        "noted",
        "recalls",
        "recalled",
        "agrees",
        "agreed",
    ]
)

_CLOSERS = "\"'”’»)]"
_OPENERS = "\"'“‘«(["
# terminal run, optional closers, whitespace; the next char is examined in code
_CANDIDATE = re.compile(
    r"(?P<term>(?:\.[ \u00a0]\.[ \u00a0]\.(?:[ \u00a0]?\.)?)|[.?!…]+)"
    r"(?P<close>[" + re.escape(_CLOSERS) + r"]*)"
    r"(?P<space>\s+)"
)
_CAPITALISED_PRONOUNS = frozenset({"He", "She", "They", "We", "I", "It", "You"})
_WORD_BEFORE = re.compile(r"([\w.’'-]*)$")
_TAG_AFTER = re.compile(r"((?:[A-Z][\w’'-]*|I|he|she|they|we)(?:\s+[A-Z][\w’'-]*){0,3})\s+(\w+)")


def _is_boundary(text: str, m: re.Match[str], seg_start: int) -> bool:
    nxt_pos = m.end()
    if nxt_pos >= len(text):
        return False
    nxt = text[nxt_pos]
    if not (nxt.isupper() or nxt.isdigit() or nxt in _OPENERS):
        return False
    term = m.group("term")
    close = m.group("close")
    if term in "?!" or term[-1] in "?!":
        if close:  # “Are you happy?” Jeremy asks.  -> one sentence
            tag = _TAG_AFTER.match(text, nxt_pos)
            if tag and tag.group(2).lower() in _REPORTING_VERBS:
                return False
        return True
    if term != ".":
        # ellipsis: a boundary only when a capitalised word follows
        return nxt.isupper() or nxt in _OPENERS
    if close:
        # “… the end.” Manning says.  -> the speech tag stays with its quote; but a
        # capitalised pronoun after a full stop starts a sentence: “… together.” He laughs.
        tag = _TAG_AFTER.match(text, nxt_pos)
        if (
            tag
            and tag.group(1) not in _CAPITALISED_PRONOUNS
            and tag.group(2).lower() in _REPORTING_VERBS
            and text[tag.end() : tag.end() + 1] in {".", ",", ";", ""}
        ):
            return False
        return True
    before = _WORD_BEFORE.search(text, seg_start, m.start())
    word = before.group(1) if before else ""
    bare = word.strip("’'-").lower()
    if not bare:
        return True
    next_word_match = re.match(r"[\w’'-]+", text[nxt_pos : nxt_pos + 40])
    next_word = next_word_match.group(0) if next_word_match else ""
    if bare in ABBREVIATIONS:
        return False
    if bare in _NUMBER_ABBREVIATIONS and nxt.isdigit():
        return False
    if len(bare) == 1 and word[-1:].isupper() and word.isalpha():
        # single initial: "George W. Bush"; but "Plan B. Then" is rare enough to accept
        return False
    if "." in word.strip("."):
        # dotted acronym such as U.S. or e.g.: boundary only before a common opener
        if bare.replace(".", "") in {"eg", "ie", "cf", "viz"}:
            return False
        return next_word.lower() in _SENTENCE_OPENERS
    return True


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into sentences and return their ``(start, end)`` offsets.

    Offsets index ``text`` itself (not the slice). Spans exclude surrounding whitespace, are in
    order, do not overlap, and together cover every non-space character of the slice.
    """
    end = len(text) if end is None else end
    segment_end = end
    spans: list[tuple[int, int]] = []
    cursor = start
    for m in _CANDIDATE.finditer(text, start, segment_end):
        if m.end() >= segment_end:
            break
        if _is_boundary(text, m, cursor):
            sent_end = m.start("space")
            spans.append((cursor, sent_end))
            cursor = m.end()
    spans.append((cursor, segment_end))
    return trim_spans(text, spans)
