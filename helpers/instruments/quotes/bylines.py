"""A dash byline under a cue-less quotation paragraph (issue 13, round 42).

Notebooks and round-ups set a quotation as its own paragraph and sign it on the next line:
``"The ferries must run all winter." ¶ -Mara Quillfeather, Lowmoor.`` or ``— Mayor Quillfeather,
speaking after the vote.``. The name after the dash is the Source; the context rule gave the
quotation the speaker before or no one (round 42's count: 2 such rows on A, all wrong; 6 on
the unread C and D by a count of the pattern).
"""

from __future__ import annotations

from helpers.core.lazy_patterns import lazy_compile
from helpers.instruments.quotes.attribution import ArticleState
from helpers.instruments.quotes.cueless import speaker_from_np
from helpers.instruments.quotes.lexicon import _NOT_NAME, _TITLED_NAME
from helpers.instruments.quotes.quoterow import QuoteRow

#: the next paragraph opens with a dash and a name closed by a comma, a full stop or its end
_BYLINE_RE = lazy_compile(rf"[ \t]*[-\u2013\u2014][ \t]*(?P<np>{_TITLED_NAME})[ \t]*(?:[,.]|\n|$)")
#: what may follow the closing mark in the quotation's paragraph: closing punctuation only
_PARA_END_RE = lazy_compile(r"[\s.,;!?\"”’']*")


def byline_speaker(row: QuoteRow, art: ArticleState, pi: int, interview: bool) -> bool:
    """Give the cue-less top-level ``row``, closing its paragraph, the name of a dash byline
    opening the next paragraph. Returns False, leaving ``row`` as it was, otherwise."""
    sp = row.span
    if sp.close_pos < 0 or pi + 1 >= len(art.block_starts):
        return False
    nxt = art.block_starts[pi + 1]
    if _PARA_END_RE.fullmatch(art.text, sp.close_pos + 1, nxt) is None:
        return False
    m = _BYLINE_RE.match(art.text, nxt)
    if m is None or m.group("np").split()[0] in _NOT_NAME:
        return False
    return speaker_from_np(row, m, 0, art, pi, interview)
