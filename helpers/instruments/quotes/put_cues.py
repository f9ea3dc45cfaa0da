"""``X put it bluntly: "…"``: the verb ``put`` as the cue of a quotation its colon announces
(issue 13, round 54).

``put`` is no reporting verb of the lexicon (``put the bill to a vote``, ``put up the money``),
so a colon sentence ``One minister put it more bluntly: "…"`` / ``put the dilemma plainly:``
/ ``put it to me on Tuesday evening:`` gave its quotation a speaker (the sentence's subject,
read by the context rules) but no cue; round 53 read ``as X put it`` only. With ``it`` (or
``this``, ``that``, ``things``, ``the`` + a noun) right after it and a colon ending the clause
right before the quotation, ``put`` reports the words that follow. This pass runs after the
speaker pass, so no chooser feature changes; it sets only the cue (and ``continuation``
False: the piece has a cue of its own now). Round 55: the words after the object must read
as the saying sense (:func:`.put_tails.saying_put_tail`), not the physical one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from helpers.core.lazy_patterns import lazy_compile
from helpers.instruments.quotes.put_tails import saying_put_tail
from helpers.instruments.quotes.quoterow import QuoteRow

#: ``put it`` / ``put the dilemma`` and up to twelve more words of the same clause (no stop,
#: semicolon, colon or quotation mark) before the colon that ends the narration before the
#: quotation (perhaps across a paragraph break)
_PUT_COLON_RE = lazy_compile(
    r"(?<![\w’'])(?P<verb>puts|put)\s+(?:it|this|that|things|the\s+[a-z]+)"
    r"(?P<tail>(?:\s+[^\s.!?;:\x01“”\"‘]+){0,12})\s*:\s*$")


def put_colon_before(text: str, at: int) -> re.Match[str] | None:
    """``_PUT_COLON_RE.search(text, max(0, at - 200), at)``: the ``… put it …:`` clause
    ending right before offset ``at`` (a quotation's opening mark), or None.

    Speed (throughput round 12; one search per top-level speech piece): the pattern opens with
    a look-behind, so the engine tried it at each of the window's 200 offsets. Every match
    ends with a colon and white space only up to ``at`` (``\\s*:\\s*$``; ``$`` may also stand
    before a final line break, white space too) and holds the letters ``put``; a window
    without both is not searched. ``\\s`` and ``str.rstrip()`` read the same white space.
    The same match object otherwise (the same search)."""
    lo = max(0, at - 200)
    if not text[lo:at].rstrip().endswith(":") or text.find("put", lo, at) < 0:
        return None
    return _PUT_COLON_RE.search(text, lo, at)


#: a comma aside or a relative clause opened right before a verb (``One of them, speaking
#: …,``; ``A minister who asked not to be named``)
_ASIDE_OPEN_RE = lazy_compile(r"(?:,|\b(?:who|which|that))\s+(?:[\w’'-]+\s+){0,2}$")


def _in_subject_aside(text: str, row: QuoteRow, put_at: int) -> bool:
    """Whether ``row``'s cue verb stands in an aside of the subject of the ``put`` at
    ``put_at``: after a comma or ``who`` / ``which`` / ``that``, in the same sentence, before
    ``put`` (``One of them, speaking on condition of anonymity, puts it bluntly:``; round 61).
    The participle or the relative clause describes the speaker; ``put`` is the clause's verb
    and the cue."""
    start, end = row.cue_start, row.cue_end
    if start is None or end is None or not 0 <= start < end <= put_at:
        return False
    between = text[end:put_at]
    if re.search(r"[.!?;:\x01“”\"]", between):
        return False
    return bool(_ASIDE_OPEN_RE.search(text[max(0, start - 60):start]))


def put_colon_cues(rows: Sequence[QuoteRow], text: str) -> None:
    """Give each cue-less top-level speech piece that a ``… put it …:`` clause announces the
    cue ``put`` (in place; see the module docstring); also a piece whose cue is a verb in an
    aside of ``put``'s subject (:func:`_in_subject_aside`, round 61)."""
    for row in rows:
        if row.span.level or row.kind != "speech" or not row.speaker:
            continue
        m = put_colon_before(text, row.span.open_pos)
        if m is None or not saying_put_tail(m.group("tail")):
            continue  # (round 55: "She put it on the shelf, folding the paper:" is no cue)
        if row.cue and not _in_subject_aside(text, row, m.start("verb")):
            continue
        row.cue, row.cue_start, row.cue_end = "put", m.start("verb"), m.end("verb")
        row.continuation = False
