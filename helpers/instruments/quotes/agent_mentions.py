"""Where a person description stands after a passive ``by`` or an opinion noun's ``of``.

``I am told by a former minister that …. "…," he said`` / ``That was the view of one senior
official …. "…," he said``: the person the narration names there holds the words, but is no
clause subject, and descriptions were read only where they open a clause, so the ``he`` found
no antecedent (issue 13, quotes round 51: British diary and news prose). The mention reader
(:func:`.mentions._find_mentions`) reads a description at the places this module gives, as a
mention that is not a subject: the pronoun takes it only when no subject of its paragraph
agrees (:func:`.pronouns._resolve_pronoun` scans subjects first).
"""

from __future__ import annotations

from helpers.core.lazy_patterns import lazy_compile
from helpers.core.lexicons import load_words

#: nouns of a view or a verdict (``data/lexicons/opinion_nouns.txt``)
OPINION_NOUNS = frozenset(load_words("opinion_nouns.txt"))

_LEAD_RE = lazy_compile(
    r"(?<![\w’'\-])(?:[Bb]y|(?P<noun>[a-z]+)\s+of)\s+(?=(?:a|an|one|the)\s)")


#: the literal tails of ``_LEAD_RE`` (``y`` of ``by``; ``of``) before a determiner: the regex
#: engine finds a literal fast, where ``_LEAD_RE`` itself is tried at every offset (throughput
#: round 10: that scan was ~4 % of ``extract_quotes``)
_BY_TAIL_RE = lazy_compile(r"y\s+(?=(?:a|an|one|the)\s)")
_OF_TAIL_RE = lazy_compile(r"of\s+(?=(?:a|an|one|the)\s)")


def agent_description_starts(narr: str) -> list[int]:
    """Offsets in ``narr`` of the determiner of each noun phrase right after ``by`` or after
    an opinion noun and ``of`` (``the view of one senior official``), in text order. Only the
    place: the caller tests that a person description stands there.

    ``_LEAD_RE`` decides every offset, read at the only places where a kept match can start
    (``by``; a lower-case opinion noun before whitespace and ``of``): its matches cannot
    overlap, so matching at those places gives what ``finditer`` over the text gives."""
    starts = [m.start() - 1 for m in _BY_TAIL_RE.finditer(narr, 1) if narr[m.start() - 1] in "Bb"]
    for m in _OF_TAIL_RE.finditer(narr):
        k = m.start()
        while k > 0 and narr[k - 1].isspace():
            k -= 1
        j = k
        while j > 0 and "a" <= narr[j - 1] <= "z":
            j -= 1
        if j < k < m.start() and narr[j:k] in OPINION_NOUNS:
            starts.append(j)
    out: list[int] = []
    for start in sorted(set(starts)):
        lead = _LEAD_RE.match(narr, start)
        if lead is not None:
            noun = lead.group("noun")
            if noun is None or noun in OPINION_NOUNS:
                out.append(lead.end())
    return out
