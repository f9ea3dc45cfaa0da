"""A verb coordinated with an earlier one has the earlier verb's subject, not the noun before
``and`` (quotes round 75, issue 13).

``The mayor has mocked a reporter and recently pointed to a man in the crowd at one of his
meetings and called him "my good friend."`` The pre-cue reader takes a subject phrase right
before a verb of saying or framing; a description may carry a short prepositional tail (``a
woman in the crowd said``), and that tail ran on over ``in the crowd at one of his meetings
and`` to the verb: ``a man`` became the speaker of ``called him "…"``. In English a subject is
never joined to its own verb by a coordinating conjunction: a verb right after ``and`` (``or``,
``but``, ``yet``, ``so``; ``data/lexicons/coordinating_conjunctions.txt``), with at most an
adverb between (``and then called``, ``and later described``), is the second verb of a
coordinated predicate, and its subject is the first verb's, earlier in the clause. The noun
before ``and`` is the first verb's object (or its prepositional phrase), so it owns no
quotation; the row is left to the readers after the pre-cue (the sentence cue reads the
clause's subject). A conjunction inside the tail (``a man with a dog and a cat said``)
coordinates nouns and is left alone: only a tail that ends on the conjunction is refused.
Round 75's count: train C 1 piece (the rules and the chooser both gave the man in the crowd).
"""

from __future__ import annotations

import re
from functools import lru_cache

from helpers.core.lazy_patterns import lazy_compile
from helpers.core.lexicons import load_words
from helpers.instruments.quotes.inverted_participles import clause_before_participle
from helpers.instruments.quotes.lexicon import ORG_NOUNS, PERSON_NOUNS


@lru_cache(maxsize=1)
def _tail_re() -> re.Pattern:
    """A phrase that ends on a coordinating conjunction (group ``conj``) and at most one adverb
    after it (group ``adv``)."""
    conjs = "|".join(sorted(load_words("coordinating_conjunctions.txt"), key=len, reverse=True))
    return re.compile(rf"\s(?P<conj>{conjs})(?:\s+(?P<adv>then|also|later|again|[a-z]+ly))?\s*$")


@lru_cache(maxsize=1)
def _ly_nouns() -> frozenset[str]:
    """Nouns that end in ``-ly`` like an adverb (``family``, ``ally``): the person and
    organisation nouns so ending and ``data/lexicons/ly_nouns.txt`` (review 27c)."""
    listed = frozenset(w for w in PERSON_NOUNS | ORG_NOUNS if w.endswith("ly"))
    return listed | frozenset(load_words("ly_nouns.txt"))


def ends_on_conjunction(np_text: str) -> bool:
    """Whether a pre-cue subject phrase ``np_text`` ends on a coordinating conjunction (and an
    optional adverb): the verb after it is coordinated with an earlier verb, so the phrase is
    no subject of it (``a man in the crowd and`` before ``called him "…"``).

    Two look-alikes are no such ending (review 27c): ``yet again`` is an adverb of repetition,
    not the conjunction ``yet`` (``A woman at the back yet again asked``), and an ``-ly`` word
    that is a noun (``family``, ``ally``: :func:`_ly_nouns`) is the second conjunct of the
    subject, not an adverb (``A woman with her husband and family said``)."""
    m = _tail_re().search(np_text) if np_text else None
    if m is None:
        return False
    adv = m.group("adv")
    return not (m.group("conj") == "yet" and adv == "again") and adv not in _ly_nouns()


def conjunction_before_verb(np_text: str, gap: str) -> bool:
    """:func:`ends_on_conjunction` of a subject phrase ``np_text`` read with the ``gap`` of
    words a speaker pattern took for adverbs between it and its verb (``a woman with her
    husband and`` + ``family``: the phrase ends on a noun; ``a woman at the back yet`` +
    ``again``: on an adverb, review 27c); a gap holding an aside (a comma, a bracket) is not
    read."""
    return ends_on_conjunction(np_text + ("" if "," in gap or "(" in gap else gap))


#: the end of the words before a verb coordinated by ``and`` or ``but`` (an adverb allowed)
_AND_BEFORE_RX = lazy_compile(r"\b(?:and|but)(?:\s+(?P<adv>then|also|later|again|[a-z]+ly))?\s+$")


def coordinated_verb(before: str) -> bool:
    """Whether the words ``before`` a verb end on ``and`` or ``but`` with at most one adverb
    after it (``… and called``, ``… and then called``, ``… but later described``): the verb is
    the second of a coordinated predicate, whose subject is the clause's. For the sentence cue,
    which reads the clause subject so (round 36) and took no verb after ``and then`` (review
    27c: round 75 left ``pointed to a man in the crowd and then called him "…"`` with no
    speaker)."""
    m = _AND_BEFORE_RX.search(before)
    return m is not None and m.group("adv") not in _ly_nouns()


def across_clause(m: re.Match) -> bool:
    """Whether a pre-cue match (groups ``np``, ``app``, ``verb``) reads its subject across a
    clause boundary, so that the phrase is no subject of the verb: the phrase ends on a
    conjunction (:func:`conjunction_before_verb`) or a subordinate clause stands between it
    and a participle (:func:`.inverted_participles.clause_before_participle`, round 75 step
    3)."""
    return conjunction_before_verb(m.group("np"), m.string[m.end("np"):m.start("verb")]) or \
        clause_before_participle(m.groupdict().get("app"), m.group("verb"))
