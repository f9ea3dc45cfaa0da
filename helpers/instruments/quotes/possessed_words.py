"""``Reed's response was: "…"``, ``From Lee's Facebook post: "…"``: a quotation introduced by a
possessive name and a noun of the possessor's words is the possessor's (quotes round 71, issue
13).

News prose often introduces a quotation with the possessor of the words and a colon instead of
a verb of saying: ``Clinton's response was: "…"``, ``Barrett's dictum to his interns (repeated
to me over the years) was, "…"``, ``From Bush's Facebook post: "…"``. With no verb of saying
the sentence cue found nothing and the context or a capitalised word in or after the
quotation (``Facebook``) took it; PolNeAR codes the possessor (train B 1 and C 2 pieces in
three articles, round 71's count). Round 37's :func:`.governing.possessed_saying_noun` reads
the possessor when the quotation opens the noun's complement (``Reed's claim that "…"``),
round 64's :mod:`.pronoun_saying_nouns` the same after ``his``/``her``; this module reads the
colon form: a possessive name, up to three modifiers, a noun of saying, utterance, document or
a saying (``saying_nouns.txt``, ``utterance_nouns.txt``, ``document_nouns.txt``,
``possessed_words_nouns.txt``), an optional parenthesis and short prepositional phrase (``to
his interns``), then a colon, or ``was``/``is`` and a colon or a comma, right before the
opening mark.

Not read: a possessive pronoun (``His response was: "…"``: PolNeAR keeps such a Source as
written, round 64); a noun followed by a comma alone (``In Forbes' words, "…"``, ``Trump's own
manifesto, "…," has sold``: a title or an aside); ``was "…"`` without a colon or comma (``Lee
said Reed's remark was "racist"``: a predicate, the outer reporter's); and any sentence whose
earlier words hold a reporting verb (round 26's outer reporter). Nor a possessive name inside
another noun's complement, whose head the quotation is (review 26c): ``Reed's view of Lee's
speech was: "…"``, ``The public reaction to Lee's speech was: "…"`` (Reed's view, the public's
reaction, not Lee's speech) — a preposition right before the name, with words before it in the
clause, and then ``was``/``is``, or another possessive a few words before the preposition
(``Reed's reply to Lee's letter: "…"``); a preposition after a verb with the colon alone keeps
the name (``Reed pointed to Lee's statement: "…"``: the statement quoted), and so does ``of``
after a noun of a part of a text (``text_part_nouns.txt``: ``The opening line of Lee's speech
was: "…"``, ``The rest of Lee's answer was:``: a part of Lee's words).
"""

from __future__ import annotations

import re
from functools import lru_cache

from helpers.core.lazy_patterns import lazy_compile
from helpers.core.lexicons import load_words
from helpers.instruments.quotes.lexicon import _NOT_NAME, _TITLED_NAME, REPORTING_VERBS
from helpers.instruments.quotes.phrases import _np_is_verbish, _valid_np

#: how far before the opening mark the possessive name may stand (characters)
_REACH = 200
#: words that cannot be modifiers between the possessive and its noun (a clause or a phrase
#: of its own: ``Reed's decision to answer the letter:``)
_NOT_MODIFIER = frozenset(
    "to the a an of and or but that which who whom whose was is were are has had have".split())
#: the prepositions that make a possessive name part of an earlier noun's complement
_COMPLEMENT_PREPS = r"of|to|about|on|at|for|with|over|against|towards?|into|toward"
#: words of the clause, then such a preposition (and ``the``) right before the possessive name
_AFTER_PREP_RX = lazy_compile(rf"\S\s+(?:{_COMPLEMENT_PREPS})\s+(?:the\s+)?$", re.IGNORECASE)
#: another possessive (a name's, a plural's or a pronoun) and up to three words before it
_OUTER_POSSESSIVE_RX = lazy_compile(
    rf"(?:\w[’']s|\ws[’']|\b(?:his|her|their|its|my|our|your))\s+(?:[\w\-]+\s+){{1,3}}?"
    rf"(?:{_COMPLEMENT_PREPS})\s+(?:the\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _words_rx() -> re.Pattern:
    """The possessive name, its noun and the colon before the quotation (see the docstring)."""
    nouns = (set(load_words("saying_nouns.txt")) | set(load_words("utterance_nouns.txt"))
             | set(load_words("document_nouns.txt")) | set(load_words("possessed_words_nouns.txt")))
    alt = "|".join(sorted((re.escape(n) for n in nouns), key=len, reverse=True))
    return re.compile(
        rf"(?<![\w’'])(?P<np>{_TITLED_NAME})(?:[’']s|(?<=s)[’'])\s+"
        rf"(?P<mods>(?:[\w\-]+\s+){{0,3}}?)(?P<noun>(?:{alt})s?)(?![\w’'\-])"
        rf"(?:\s*\([^()\x01]{{1,80}}\))?"
        rf"(?:\s+(?:to|on|in|for|from|at|about|with)\s+[^,:;()\x01\"“”]{{1,40}}?)?"
        rf"(?:\s*\([^()\x01]{{1,80}}\))?"
        rf"\s*(?::|\s(?:was|is)\s*[,:])\s*$")


def possessed_words(pre: str) -> re.Match | None:
    """The match of a possessive name and a noun of its words (groups ``np`` and ``noun``)
    introducing the quotation with a colon, or None; ``pre`` is the sentence up to the opening
    mark (see the module docstring)."""
    if ":" not in pre[-3:] and "," not in pre[-3:]:
        return None
    m = _words_rx().search(pre, max(0, len(pre) - _REACH))
    if m is None or any(w.lower() in _NOT_MODIFIER for w in m.group("mods").split()):
        return None
    if any(w in REPORTING_VERBS for w in pre[max(0, m.start() - 120):m.start()].split()):
        return None  # "Lee said Reed's response was: "…"": the outer reporter (round 26)
    if _in_complement(pre[:m.start("np")], m):
        return None  # "Reed's view of Lee's speech was: "…"": Reed's view (review 26c)
    np = m.group("np")
    if np.split()[0] in _NOT_NAME and len(np.split()) > 1:
        return _trimmed(pre, m)
    return m if _valid_np(np) and not _np_is_verbish(np) else None


@lru_cache(maxsize=1)
def _part_nouns() -> frozenset[str]:
    """Nouns of a part of a text (``text_part_nouns.txt``), singular and plural."""
    words = load_words("text_part_nouns.txt")
    return frozenset(words) | frozenset(w + "s" for w in words)


def _part_of_text(before: str) -> bool:
    """Whether ``before`` (the clause up to the preposition) ends on a noun of a part of a text
    (``The opening line``, ``the rest``)."""
    words = before.split()
    return bool(words) and words[-1].lower() in _part_nouns()


def _in_complement(before: str, m: re.Match) -> bool:
    """Whether the possessive name stands in the complement of an earlier noun (``Reed's view
    of Lee's speech was:``, ``The public reaction to Lee's speech was:``, ``Reed's reply to
    Lee's letter:``): the quotation is then that noun's, not the name's. ``before`` is the
    clause up to the name."""
    prep = _AFTER_PREP_RX.search(before)
    if not prep:
        return False
    if _part_of_text(before[:prep.start() + 1]) and re.match(r"\S\s+of\b", prep.group(0), re.I):
        return False  # "The opening line of Lee's speech was:": part of Lee's words
    copula = re.search(r"\s(?:was|is)\s*[,:]\s*$", m.group(0)) is not None
    return copula or bool(_OUTER_POSSESSIVE_RX.search(before))


def _trimmed(pre: str, m: re.Match) -> re.Match | None:
    """The same match with a sentence opener before the name left out (``From Bush's post:``
    → ``Bush``): searched again from the word after the opener."""
    start = m.start("np") + len(m.group("np").split()[0])
    again = _words_rx().search(pre, start)
    if again is None or again.group("np").split()[0] in _NOT_NAME:
        return None
    return again if _valid_np(again.group("np")) and not _np_is_verbish(again.group("np")) else None
