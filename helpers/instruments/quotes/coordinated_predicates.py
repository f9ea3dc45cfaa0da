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

from helpers.core.lexicons import load_words
from helpers.instruments.quotes.inverted_participles import clause_before_participle


@lru_cache(maxsize=1)
def _tail_re() -> re.Pattern:
    """A phrase that ends on a coordinating conjunction and at most one adverb after it."""
    conjs = "|".join(sorted(load_words("coordinating_conjunctions.txt"), key=len, reverse=True))
    return re.compile(rf"\s(?:{conjs})(?:\s+(?:then|also|later|again|[a-z]+ly))?\s*$")


def ends_on_conjunction(np_text: str) -> bool:
    """Whether a pre-cue subject phrase ``np_text`` ends on a coordinating conjunction (and an
    optional adverb): the verb after it is coordinated with an earlier verb, so the phrase is
    no subject of it (``a man in the crowd and`` before ``called him "…"``)."""
    return bool(np_text) and _tail_re().search(np_text) is not None


def across_clause(m: re.Match) -> bool:
    """Whether a pre-cue match (groups ``np``, ``app``, ``verb``) reads its subject across a
    clause boundary, so that the phrase is no subject of the verb: the phrase ends on a
    conjunction (:func:`ends_on_conjunction`) or a subordinate clause stands between it and a
    participle (:func:`.inverted_participles.clause_before_participle`, round 75 step 3)."""
    return ends_on_conjunction(m.group("np")) or \
        clause_before_participle(m.groupdict().get("app"), m.group("verb"))
