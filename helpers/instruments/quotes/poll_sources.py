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

from helpers.core.lazy_patterns import lazy_compile
from helpers.instruments.quotes.quoterow import QuoteRow
from helpers.instruments.quotes.subjects import row_window_sentence_start

#: a share of respondents right before the speaker phrase the cue reader took
#: (``61 percent of`` + ``voters``, ``six in 10`` + ``voters``), or as its start
_SHARE = (r"(?:\d+(?:\.\d+)?\s*(?:percent|per\s+cent|%)|"
          r"(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|\d)"
          r"\s+(?:in|out\s+of)\s+(?:10|ten))")
_SHARE_BEFORE_RX = lazy_compile(rf"{_SHARE}\s+(?:of\s+(?:the\s+|all\s+)?)?$")
#: the last word a match of ``_SHARE_BEFORE_RX`` can end with, white space aside: the share's
#: ``percent`` / ``cent`` / ``%`` / ``10`` / ``ten``, or ``of`` / ``of the`` / ``of all``
_SHARE_TAILS = ("cent", "%", "10", "ten", "of", "the", "all")
_SHARE_START_RX = lazy_compile(rf"^(?:(?:just|only|about|nearly|some|roughly|almost)\s+)?{_SHARE}")
#: a poll or survey named with its determiner (``a September Ledger-TV poll``, ``The Q poll``)
_POLL_RX = lazy_compile(
    r"(?<![\w’'])(?P<np>(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+"
    r"(?:[\w/\-’'.&]+\s+){0,6}?(?:poll|survey))(?![\w’'])")
#: the poll governs the share from a fronted phrase that opens the sentence (``In a Ledger
#: poll, 61 percent …``, ``According to a poll released Sunday, just 8 percent …``): the
#: opener before the poll, and only a comma-free stretch (a number's ``2,000`` or ``3.5`` aside;
#: review 22a) and the phrase's comma after it
_FRONTED_OPENER_RX = lazy_compile(r"^[\s\"“‘']*(?:In|According\s+to|From|Of|Under)\s+$")
_FRONTED_GAP_RX = lazy_compile(r"^(?:[^,;:.!?\"“”]|(?<=\d)[,.](?=\d)){0,60},\s*$")
#: … or as the subject of a verb of finding whose clause holds the share (``The survey also
#: finds that, while six in 10 voters say …``; ``a fresh poll shows how hard …: Six in 10
#: Republicans said``, a long clause up to a colon); a participle or apposition set off by
#: commas may stand between the poll and its verb (``A poll of 2,000 adults, conducted for the
#: paper in March, found …``; round 59)
_FINDS_GAP_RX = lazy_compile(
    r"^[^;.!?\"“”]{0,50}?(?:,[^,;.!?\"“”]{1,120},\s*)?"
    r"(?<![\w’'])(?:finds?|found|shows?|showed|suggests?|suggested|"
    r"reveals?|revealed|indicates?|indicated)(?![\w’'])[^;.!?\"“”]{0,200}$")


def share_before(before: str) -> re.Match | None:
    """``_SHARE_BEFORE_RX.search(before)``, the share of respondents that ends ``before``.

    The pattern is anchored at the end but opens with a digit or a letter, so ``search``
    tries it at every offset of the window (throughput round 11: ~5 % of a pure benchmark
    run). Every match ends with white space after one of ``_SHARE_TAILS``, so a window whose
    text does not end that way cannot hold one and is not scanned; the others are scanned
    as before (same match)."""
    stripped = before.rstrip()
    if len(stripped) == len(before) or not stripped.endswith(_SHARE_TAILS):
        return None
    return _SHARE_BEFORE_RX.search(before)


def _governs(before: str, start: int, poll: re.Match, share_at: int) -> bool:
    """Whether ``poll`` (a match in ``before``, whose sentence starts at ``start``) reports the
    share that starts at ``share_at``: it stands in the sentence's fronted phrase right before
    the share, or it is the subject of a verb of finding (review 21b's Q4: ``After the poll
    came out, 61 percent of MPs said …`` and ``Despite a poll showing support, …`` name a poll
    that does not report the MPs' words; round 57)."""
    gap = before[poll.end():share_at]
    if _FINDS_GAP_RX.match(gap):
        return True
    return bool(_FRONTED_OPENER_RX.match(before[start:poll.start()]) and _FRONTED_GAP_RX.match(gap))


def poll_source(row: QuoteRow, text: str, starts: dict[int, int] | None = None) -> bool:
    """Make the poll that reports the share of respondents (``61 percent of voters``) in a cue
    ``row``'s speaker phrase its speaker; True when the row changed. The poll stands in the
    same sentence (a ``;`` ends it too) and governs the share (:func:`_governs`). ``starts``:
    the row's memo of sentence starts (:func:`.subjects.row_window_sentence_start`)."""
    if not row.attribution or row.np_start is None or not row.np or row.np_start <= 0:
        return False
    lo = max(0, row.np_start - 300)
    before = text[lo:row.np_start]
    share = share_before(before)
    if not (share or _SHARE_START_RX.match(row.np)):
        return False
    start = row_window_sentence_start(text, row.np_start, starts) - lo
    start = max(start, before.rfind(";") + 1)  # "The poll was ignored; 61 percent of MPs …"
    polls = list(_POLL_RX.finditer(before, start))
    if not polls:
        return False  # no poll named in the sentence: the share itself answers
    m = polls[-1]
    if not _governs(before, start, m, share.start() if share else len(before)):
        return False  # a poll named, but not as the share's source: the share answers
    row.np = m.group("np")
    row.np_start, row.np_end = lo + m.start("np"), lo + m.end("np")
    return True
