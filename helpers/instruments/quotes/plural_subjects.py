"""A ``they`` whose antecedent is a plural subject that no mention holds.

``Harbour Democrats blocked the levy because they said the rate was an unfair "…"`` and
``Militia soldiers mock the town's patrols. They state their aim is to "…"``: the mention
finder reads a capitalised run as a name only when it names a person, and a description only
after a determiner, so a plural subject of a party's members (``Harbour Democrats``) or a
bare plural person noun after capitalised modifiers (``Militia soldiers``) was no mention, and
the ``they`` had no speaker at all (round 47). Asked only when the usual resolution found no
antecedent: the phrase becomes the speaker, a group."""

from __future__ import annotations

from helpers.core.lazy_patterns import lazy_compile
from helpers.core.lexicons import load_words
from helpers.instruments.quotes.lexicon import PERSON_NOUNS
from helpers.instruments.quotes.openings import QUOTED_OPENING_WORD
from helpers.instruments.quotes.paragraphs import narration_of
from helpers.instruments.quotes.state import ArticleState

#: capitalised plurals of a party's or a camp's members (``Democrats``, ``Republicans``)
_PARTY_PLURALS = frozenset(w.lower() for w in load_words("group_plural_leads.txt"))
#: lower-case words ending like verbs that are no verb after a noun (``about``, ``among``)
_NON_VERBS = frozenset(load_words("non_verbs.txt"))
#: words that cannot follow a subject as its verb (prepositions, determiners, conjunctions)
_NOT_VERB = _NON_VERBS | frozenset(
    "a an the of in on at to for from by with as and or but than that who which whose".split())

#: up to three modifiers (capitalised words or lower-case adjectives), a plural head, an
#: optional ``-ly`` adverb and the verb's first word
_PLURAL_SUBJECT_RX = lazy_compile(
    r"(?P<np>(?:[A-Za-z][\w’'\-]*[ \t]+){0,3}?(?P<head>[A-Za-z][a-z]+s))"
    r"[ \t]+(?:[a-z]+ly[ \t]+)?(?P<verb>[a-z]+)\b")


def _plural_head(word: str) -> bool:
    """Whether ``word`` is a plural person noun (``soldiers``, ``voters``) or a party plural."""
    low = word.lower()
    return low in _PARTY_PLURALS or (low in PERSON_NOUNS and low.endswith("s") and
                                     low[:-1] in PERSON_NOUNS)


def plural_subject_before(pos: int, art: ArticleState, para: int) -> tuple[str, int, int] | None:
    """(phrase, start, end) of the latest plural noun phrase that opens a sentence (after one
    opening word at most) of paragraph ``para``, in the sentence of ``pos`` or the one before,
    before ``pos`` and followed by a verb (``Harbour Democrats blocked …``); None when there is
    none (an inverted report, ``…, critics argue.``, opens no sentence). The phrase keeps its
    capitalised modifiers (the group's name); the earliest start in a sentence wins (``Harbour
    Democrats``, not ``Democrats``)."""
    info = narration_of(art.paragraph_mentions, para)
    if info is None:
        return None
    lo, narr = info
    own = art.sentence_start(pos)
    floor = art.sentence_start(own - 1) if own > lo else own  # the sentence before
    best = None
    for i in range(max(0, floor - lo), min(len(narr), pos - lo)):
        if (i and narr[i - 1].isalnum()) or not narr[i].isupper() or \
                (best is not None and lo + i < best[2]) or \
                QUOTED_OPENING_WORD.fullmatch(art.text, art.sentence_start(lo + i),
                                              lo + i) is None:
            continue
        m = _PLURAL_SUBJECT_RX.match(narr, i)
        if m is None or lo + m.end("np") > pos or not _plural_head(m.group("head")) or \
                m.group("verb") in _NOT_VERB:
            continue
        words = m.group("np").split()
        if any(w.lower() in _NOT_VERB for w in words):
            continue
        if len(words) > 1 and not words[-1][0].isupper() and \
                not all(w[0].isupper() for w in words[:-1]):
            continue  # only capitalised modifiers (a group's name) before a bare plural
        best = (m.group("np"), lo + m.start("np"), lo + m.end("np"))
    return best
