"""A ``he``/``she`` in a later clause of its sentence goes on with the sentence's main subject
(round 60, issue 13).

``He declared that as long as the field stayed divided, Tom Reed would win, which he called
"…"``; ``He mocked his rivals - as Ann Lee has said - and he can "…"``; ``In her speech, a
tribute to Tom Reed, the nominee, Ms. Lee decried …, and she urged "…"``. A sentence whose
main clause opens with a person (a name, a role description or a pronoun) and goes on with a
coordinated or relative clause (``and``, ``but``, ``which``: ``data/lexicons/
later_clause_openers.txt``) whose subject is ``he``/``she`` keeps its subject: the names
between (the subject of an embedded clause, a dash aside, a name apposed inside a fronted
phrase) are what the sentence says about that person. Pronoun resolution took the latest
agreeing subject, the one set inside.

The main subject is the first subject mention of the sentence that opens a clause
(:func:`.subjects.main_lead`) with at most one opening word before it, or after a fronted
phrase closed by a comma that holds no quotation mark. It must agree with the pronoun
(``usable``, the caller's test). The pronoun's own sentence only: the previous sentences are
left to the usual reading.

Review 23a: no main subject when the first subject stands right after a subordinating
conjunction (``When Paul Lane arrived, Tom Reed walked out, and he said``: Paul Lane is the
subject of the fronted clause), nor when a subject between opens a second main clause after a
coordinating conjunction or a semicolon (``Tom Reed won the vote, but Paul Lane said the count
was flawed, and he called for …``: ``data/lexicons/coordinating_conjunctions.txt``); the usual
reading, the latest agreeing subject, applies there.
"""

from __future__ import annotations

from collections.abc import Callable

from helpers.core.lazy_patterns import lazy_compile
from helpers.core.lexicons import load_words
from helpers.instruments.quotes.lexicon import SUBORDINATORS
from helpers.instruments.quotes.mention_type import Mention
from helpers.instruments.quotes.openings import OPENING_WORD
from helpers.instruments.quotes.subjects import main_lead, sentence_start

#: words that open a later clause right before its he/she subject
LATER_CLAUSE_OPENERS = frozenset(load_words("later_clause_openers.txt"))
#: conjunctions that join two main clauses (review 23a)
COORDINATING_CONJUNCTIONS = frozenset(load_words("coordinating_conjunctions.txt"))

#: the word right before a subject (``When`` in ``When Paul Lane arrived``)
_WORD_BEFORE_RX = lazy_compile(r"(?<![\w’'])(?P<w>[A-Za-z]+)\s+$")
#: a coordinating conjunction after a comma or semicolon, or a semicolon alone, right before
#: a subject: it opens a second main clause (``…, but Paul Lane said``; ``…; Paul Lane won``)
_NEW_MAIN_CLAUSE_RX = lazy_compile(r"(?:[,;]\s*(?P<w>[a-z]+)|;)\s+$")

#: the opener right before the pronoun: ``, and``, `` - and``, ``which`` (and the spaces)
_OPENER_BEFORE_RX = lazy_compile(r"(?<![\w’'])(?P<w>[a-z]+)\s+$")
#: a fronted phrase before the main subject: no quotation mark, closed by a comma
_FRONTED_RX = lazy_compile(r"[A-Z][^\"“”.!?\n]*,\s+$")


def later_clause_pronoun(text: str, pos: int, floor: int | None = None) -> bool:
    """Whether the pronoun at ``pos`` opens a later clause of its sentence: right after a
    word of :data:`LATER_CLAUSE_OPENERS` and not at the sentence's start. ``floor``: the
    sentence's start (:func:`.subjects.sentence_start`) when the caller has it already."""
    if floor is None:
        floor = sentence_start(text, pos)
    m = _OPENER_BEFORE_RX.search(text, max(floor, pos - 12), pos)
    return m is not None and m.start() > floor and m.group("w") in LATER_CLAUSE_OPENERS


def own_sentence_subject(p: str, pos: int, ms: list[Mention], text: str,
                         usable: Callable[[Mention], bool], floor: int | None = None
                         ) -> Mention | None:
    """The main subject of the sentence of the ``he``/``she`` ``p`` at ``pos`` (a later
    clause's subject, :func:`later_clause_pronoun`) when it agrees (``usable``) and another
    mention stands between it and the pronoun; None otherwise (the usual reading applies).
    ``ms``: the mentions of the pronoun's paragraph; ``floor``: the pronoun's sentence start
    when the caller has it (the article's memo; throughput round 12)."""
    if p not in ("he", "she"):
        return None
    if floor is None:
        floor = sentence_start(text, pos)  # read once (throughput round 11)
    if not later_clause_pronoun(text, pos, floor):
        return None
    inside = [c for c in ms if floor <= c.start < pos]
    first = next((c for c in inside if c.subject and main_lead(text, c.start)), None)
    if first is None or first.kind not in ("named", "description", "pronoun"):
        return None
    lead = text[floor:first.start]
    if not (OPENING_WORD.fullmatch(text, floor, first.start) or _FRONTED_RX.fullmatch(lead)):
        return None
    if any(c.subject for c in inside if c.start < first.start):
        return None  # a subject before it: it opens no main clause
    w = _WORD_BEFORE_RX.search(text, max(floor, first.start - 16), first.start)
    if w is not None and w.group("w").lower() in SUBORDINATORS:
        return None  # "When Paul Lane arrived, …": a fronted clause's subject (review 23a)
    if any(c.subject and _second_main_clause(text, floor, c.start)
           for c in inside if first.start < c.start < pos):
        return None  # "…, but Paul Lane said …, and he": a later main clause (review 23a)
    if not any(c.start > first.start for c in inside) or not usable(first):
        return None
    return first


def _second_main_clause(text: str, floor: int, pos: int) -> bool:
    """Whether the subject at ``pos`` opens a second main clause of its sentence: right after
    a semicolon, or after a comma or semicolon and a coordinating conjunction."""
    m = _NEW_MAIN_CLAUSE_RX.search(text, max(floor, pos - 12), pos)
    return m is not None and (m.group("w") is None or m.group("w") in COORDINATING_CONJUNCTIONS)
