"""A capitalised headline opening the paragraph of a cue-less quotation (issue 13, round 42).

News digests write an item as a headline in capitals followed at once by the excerpt it
summarises and the outlet in brackets: ``FERRY FARES TO RISE IN MAY "The harbour board voted
on Monday to …" [Coast Wire.]``. PolNeAR gives the excerpt to the headline (the written text
that presents it: round 36 and 37 counted such headlines among the written sources); the
context rule gave it the speaker before or no one.
"""

from __future__ import annotations

from helpers.core.lazy_patterns import lazy_compile
from helpers.instruments.quotes.attribution import ArticleState
from helpers.instruments.quotes.cueless import quotation_opening, speaker_from_np
from helpers.instruments.quotes.quoterow import QuoteRow

#: the whole text of the paragraph before the opening mark: two to sixteen words with no
#: lower-case letter, at least eight capital letters (not an acronym or a dateline alone)
_HEADLINE_RE = lazy_compile(
    r"\s*(?P<np>[A-Z0-9‘’'][^\sa-z\x01]*(?:\s+[^\sa-z\x01]+){1,15})\s*$")
#: a dateline (``LOWMOOR, May 3 —``, ``LOWMOOR —``) is no headline
_DATELINE_END_RE = lazy_compile(r"[\u2014\u2013-]$|\(\w+\)$")


def headline_speaker(row: QuoteRow, art: ArticleState, pi: int, interview: bool) -> bool:
    """Give the cue-less top-level ``row`` the capitalised headline that is all of its
    paragraph's text before the opening mark. Returns False, leaving ``row`` as it was,
    otherwise."""
    op = quotation_opening(row, art, pi)
    if op is None:
        return False
    lo, narr, open_at = op
    m = _HEADLINE_RE.fullmatch(narr, 0, open_at)
    if m is None or sum(c.isupper() for c in m.group("np")) < 8 or \
            _DATELINE_END_RE.search(m.group("np")):
        return False
    return speaker_from_np(row, m, lo, art, pi, interview)
