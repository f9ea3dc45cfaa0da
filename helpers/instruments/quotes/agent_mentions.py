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

import re

from helpers.core.lexicons import load_words

#: nouns of a view or a verdict (``data/lexicons/opinion_nouns.txt``)
OPINION_NOUNS = frozenset(load_words("opinion_nouns.txt"))

_LEAD_RE = re.compile(
    r"(?<![\w’'\-])(?:[Bb]y|(?P<noun>[a-z]+)\s+of)\s+(?=(?:a|an|one|the)\s)")


def agent_description_starts(narr: str) -> list[int]:
    """Offsets in ``narr`` of the determiner of each noun phrase right after ``by`` or after
    an opinion noun and ``of`` (``the view of one senior official``), in text order. Only the
    place: the caller tests that a person description stands there."""
    out: list[int] = []
    for m in _LEAD_RE.finditer(narr):
        noun = m.group("noun")
        if noun is None or noun in OPINION_NOUNS:
            out.append(m.end())
    return out
