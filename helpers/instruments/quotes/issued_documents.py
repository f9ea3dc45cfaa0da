"""``it`` after a document put out by someone: ``34 MPs published a letter. "…," it read``
(round 52, issue 13).

The backward resolution of ``it`` takes an organisation or a document that is a clause
*subject* (:mod:`.written`); a document that is only the *object* of an issuing verb
(``published a letter``, ``released a statement``: ``data/lexicons/document_issue_verbs.txt``)
was not a candidate, so an ``it`` with no subject antecedent fell back to the latest quoted
speaker, a person (``a cabinet minister``). A person is never ``it``: the latest issued
document of the paragraph before the pronoun is its antecedent. Its author, the subject of the
issuing verb, is ``speaker_author`` (:mod:`.document_authors`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from helpers.instruments.quotes.cue_subjects import ISSUE_VERBS
from helpers.instruments.quotes.lexicon import DOCUMENT_NOUNS


@lru_cache(maxsize=1)
def _issued_re() -> re.Pattern:
    """An issuing verb, an article or possessive, up to two modifiers and a document noun."""
    verbs = "|".join(sorted((re.escape(v).replace(r"\ ", r"\s+") for v in ISSUE_VERBS),
                            key=len, reverse=True))
    nouns = "|".join(sorted(map(re.escape, DOCUMENT_NOUNS), key=len, reverse=True))
    return re.compile(
        rf"(?<![\w’'])(?:{verbs})\s+(?P<np>(?:a|an|the|its|his|her|their)\s+"
        rf"(?:[\w-]+\s+){{0,2}}?(?:{nouns}))(?![\w’'-])")


def issued_document(narr: str, lo: int, end: int) -> tuple[int, int, str, str] | None:
    """The latest document noun phrase that is the object of an issuing verb in
    ``narr[:end - lo]`` (``narr`` = a paragraph's narration starting at offset ``lo``):
    (start, end, text, ``document``); None when there is none."""
    best = None
    for m in _issued_re().finditer(narr, 0, max(0, end - lo)):
        best = (lo + m.start("np"), lo + m.end("np"), m.group("np"), "document")
    return best
