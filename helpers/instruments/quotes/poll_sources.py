"""A poll whose respondents answer in a quotation is the quotation's source.

``In a Ledger poll, 61 percent of voters said the ferry was "worth the money."`` and ``The
Ledger survey also finds that six in 10 voters call the fares "too high."``: the clause of
saying has a share of respondents for subject (``61 percent of voters``, ``six in 10
voters``), and the same sentence names the poll that reports the share. PolNeAR annotates
only the outermost attribution (the convention the project follows since round 23), which
is the poll: the respondents' words reach the reader as the poll's finding. A share with no
poll named in its sentence (``…, to which 21 percent said "…"``) keeps the share as its
speaker (train B). Round 56: train C's sentence and pre-cue quotations of polls.
"""

from __future__ import annotations

import re

from helpers.instruments.quotes.quoterow import QuoteRow
from helpers.instruments.quotes.subjects import window_sentence_start

#: a share of respondents right before the speaker phrase the cue reader took
#: (``61 percent of`` + ``voters``, ``six in 10`` + ``voters``), or as its start
_SHARE = (r"(?:\d+(?:\.\d+)?\s*(?:percent|per\s+cent|%)|"
          r"(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|\d)"
          r"\s+(?:in|out\s+of)\s+(?:10|ten))")
_SHARE_BEFORE_RX = re.compile(rf"{_SHARE}\s+(?:of\s+(?:the\s+|all\s+)?)?$")
_SHARE_START_RX = re.compile(rf"^(?:(?:just|only|about|nearly|some|roughly|almost)\s+)?{_SHARE}")
#: a poll or survey named with its determiner (``a September Ledger-TV poll``, ``The Q poll``)
_POLL_RX = re.compile(
    r"(?<![\w’'])(?P<np>(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+"
    r"(?:[\w/\-’'.&]+\s+){0,6}?(?:poll|survey))(?![\w’'])")
#: the start of the sentence holding the speaker phrase: a sentence end or a paragraph break


def poll_source(row: QuoteRow, text: str) -> bool:
    """Make the poll named in the sentence the speaker of a cue ``row`` whose speaker phrase
    is a share of respondents (``61 percent of voters``); True when the row changed."""
    if not row.attribution or row.np_start is None or not row.np or row.np_start <= 0:
        return False
    lo = max(0, row.np_start - 300)
    before = text[lo:row.np_start]
    if not (_SHARE_BEFORE_RX.search(before) or _SHARE_START_RX.match(row.np)):
        return False
    start = window_sentence_start(text, row.np_start) - lo
    polls = list(_POLL_RX.finditer(before, start))
    if not polls:
        return False  # no poll named in the sentence: the share itself answers
    m = polls[-1]
    row.np = m.group("np")
    row.np_start, row.np_end = lo + m.start("np"), lo + m.end("np")
    return True
