"""A lone capitalised word that opens a sentence as its subject: a person the name finder missed.

``Verna defied the question and made no choice. "…," she said`` and ``Quade also addressed
the rival's worries last week, stating …. ¶ "…," he added``: a surname written alone, with no
full name, title or person cue anywhere in the article, is no mention (the name finder does
not know it as a person), so the pronoun passed over the sentence's subject to a name met
before or after it (round 47). Asked only when the pronoun's own paragraph (or the one
before it) holds no subject that agrees with it, before any non-subject name there is taken.

A place or an organisation opens sentences the same way (``Ostland denied …``), so the word
must not be a lexicon word of places, organisations or sentence starts, not a plural, and
the article must never write it after a preposition of place or a determiner (``in Ostland``,
``the Herald``), where a person's surname does not stand; the verb must be a past or present
form in ``-ed``/``-s`` or a verb of saying, not an auxiliary or the copula (``Traffic was
heavy``: a common noun opens its sentence); an abstract noun (``Immigration …``) is no
surname. A subject that asks or tells someone (``Verna then asked Quade …``) is
not taken: the answer after it is the other party's."""

from __future__ import annotations

import re

from helpers.core.lexicons import load_words
from helpers.instruments.quotes.lexicon import (
    _NOT_NAME,
    _ORG_WORDS,
    _PLACE_WORDS,
    DEMONYMS,
    MAIN_LEAD_WORDS,
    PERSON_NOUNS,
)
from helpers.instruments.quotes.paragraphs import narration_of
from helpers.instruments.quotes.state import ArticleState
from helpers.instruments.quotes.subjects import _sentence_start

#: lower-case words ending like verbs that are no verb after a noun (``about``, ``among``)
_NON_VERBS = frozenset(load_words("non_verbs.txt"))
#: irregular finite verbs of saying that may follow a subject; auxiliaries and the copula are
#: left out (``Traffic was heavy``: a common noun opening its sentence)
_FINITE = frozenset("said says wrote writes spoke speaks".split())
#: the words before a lone capitalised word that mark a place or an organisation
_PLACE_BEFORE = r"(?:in|from|to|into|across|throughout|of|at|the|The)"

#: a lone capitalised word (no capitalised word after it), an optional ``-ly`` adverb or
#: ``also``/``then``/``never``, and the verb's word
_LONE_RX = re.compile(
    r"(?P<w>[A-Z][a-z][a-z’'\-]+)[ \t]+(?:(?:[a-z]+ly|also|then|never|still|quickly)[ \t]+)?"
    r"(?P<verb>[a-z][a-z’']+)\b")
#: what may stand before a subject that opens its sentence: one opening word at most
_OPENING_RX = re.compile(r"[\s\"”’']*(?:(?P<lead>[A-Z][a-z]+),?\s+)?")


#: suffixes of abstract nouns, never a surname opening a sentence (``Immigration is …``)
_ABSTRACT_SUFFIXES = ("tion", "sion", "ment", "ism", "ity", "ness", "ship", "ance", "ence")
#: verbs whose subject asks or tells someone: the next answer is the other party's
_ASKING = frozenset("asked asks told tells questioned pressed".split())


def _finite(word: str) -> bool:
    """Whether ``word`` reads as a finite verb after a subject (``defied``, ``addresses``)."""
    if word in _FINITE:
        return True
    return word not in _NON_VERBS and (word.endswith("ed") or
                                        (word.endswith("s") and not word.endswith("ss")))


def _placelike(word: str, text: str) -> bool:
    """Whether the article writes ``word`` after a preposition of place or a determiner."""
    return re.search(rf"\b{_PLACE_BEFORE}\s+{re.escape(word)}\b", text) is not None


def _lone_word_ok(word: str) -> bool:
    """Whether ``word`` may be a surname: no lexicon word of sentence starts, places,
    organisations, nationalities or person nouns, and no plural."""
    low = word.lower()
    return word not in _NOT_NAME and word not in _ORG_WORDS and word not in _PLACE_WORDS and \
        word not in MAIN_LEAD_WORDS and low not in MAIN_LEAD_WORDS and word not in DEMONYMS \
        and low not in PERSON_NOUNS and not low.endswith("s") and \
        not low.endswith(_ABSTRACT_SUFFIXES)


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens its sentence, perhaps after one clause-opening word
    (``But``, ``Still``; :data:`MAIN_LEAD_WORDS`), not after a given name or a title."""
    m = _OPENING_RX.fullmatch(text, _sentence_start(text, start), start)
    return m is not None and (m.group("lead") is None or m.group("lead").lower() in
                              MAIN_LEAD_WORDS)


def lone_subject_before(pos: int, art: ArticleState, para: int) -> tuple[str, int, int] | None:
    """(word, start, end) of the latest lone capitalised word of paragraph ``para`` before
    ``pos`` that opens its sentence (one opening word at most before it), is followed by a
    finite verb and may be a surname (see the module docstring); None when there is none."""
    info = narration_of(art.paragraph_mentions, para)
    if info is None:
        return None
    lo, narr = info
    best = None
    for m in _LONE_RX.finditer(narr, 0, max(0, min(len(narr), pos - lo))):
        start = lo + m.start("w")
        if (m.start() and narr[m.start() - 1].isalnum()) or not _finite(m.group("verb")) or \
                m.group("verb") in _ASKING or \
                not _lone_word_ok(m.group("w")) or \
                not _opens_sentence(art.text, start):
            continue
        if _placelike(m.group("w"), art.text):
            continue
        best = (m.group("w"), start, lo + m.end("w"))
    return best
