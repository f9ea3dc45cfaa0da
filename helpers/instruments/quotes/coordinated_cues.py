"""The cue of a quotation announced by the second of two coordinated verbs of saying (issue
13, round 55).

``The memo notes that … '…' and calls a withdrawal '…'`` / ``She laughed, then added: '…'`` /
``<Title> argues that '…', and warns that '…'``: one subject, two verbs, and each verb's own
quotation. The rules read the sentence's first verb of saying (or none) as the cue of the
later quotation; the British guideline, and PolNeAR's, give a quotation the verb that
introduces it, the nearest one. Round 55's count found the shape in four writers' sets (seven
cue rows, one of them also without a speaker: the second verb's subject is elided).

A pass after the speaker pass (so no chooser feature changes): a top-level speech piece whose
cue (if any) stands before its opening mark, and between that cue (or the sentence's start, or
the previous quotation's end) and the opening mark a verb of saying follows ``and`` / ``then``
/ ``but`` with no subject of its own, takes that verb as its cue. A piece with no speaker then
(or one read from the words before the first verb, a fragment of the same subject: ``Paying``
of ``Paying for Place``) takes the speaker of the previous quotation of the same sentence,
whose cue is the first verb (the elided subject).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from helpers.core.lazy_patterns import lazy_compile
from helpers.instruments.quotes.lexicon import ALL_VERBS
from helpers.instruments.quotes.quoterow import QuoteRow

#: ``and`` / ``then`` / ``but`` right before a verb (perhaps ``then`` / ``also`` between):
#: the verb has no subject of its own, so it shares the first verb's
_COORD_RE = lazy_compile(
    r"(?<![\w’'])(?:and|then|but)\s+(?:(?:then|also|later)\s+)?(?P<verb>[a-z]+)(?![\w’'\-])")
#: a sentence end or a paragraph break: the pass stays inside one sentence
_BREAK_RE = lazy_compile(r"[.!?][”’\"')]*\s|\n")

_SPEAKER_FIELDS = ("speaker", "speaker_start", "speaker_end", "speaker_type", "speaker_mention")


def _last_break(text: str, lo: int, hi: int) -> int:
    """The end of the last sentence break in ``text[lo:hi]``, or ``lo``."""
    end = lo
    for m in _BREAK_RE.finditer(text, lo, hi):
        end = m.end()
    return end


def coordinator_between(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds ``and``, ``then`` or ``but`` anywhere (inside words too):
    a necessary condition of a :data:`_COORD_RE` match there, tested with ``str.find`` before
    the sentence break and the pattern are scanned (the pattern opens with a look-behind, so
    the engine tries it at every offset; throughput round 11)."""
    return text.find("and", lo, hi) >= 0 or text.find("then", lo, hi) >= 0 or \
        text.find("but", lo, hi) >= 0


#: a subject right before ``then``: a subject pronoun or a capitalised word (``he then``,
#: ``Hale then``); after a verb (``laughed then added``) or a comma ``then`` coordinates
_SUBJECT_THEN_RX = lazy_compile(r"(?<![\w’'])(?:he|she|they|we|I|you|[A-Z][\w’'\-]*)\s+$")


def _own_subject_then(text: str, lo: int, m: re.Match) -> bool:
    """Whether a ``then`` that opens the match ``m`` follows its own subject: ``he then
    argued`` — the verb has its own subject, so the quotation does not share the first
    verb's (review 21b's Q6: ``She said "no" and he then argued that "yes" …`` gave the
    second quotation the first verb's speaker; round 57). The verb is still the nearest cue
    (a first form that also refused the cue lost one right cue on train D)."""
    if not m.group().startswith("then"):
        return False
    return _SUBJECT_THEN_RX.search(text, max(lo, m.start() - 40), m.start()) is not None


def coordinated_verb_cues(rows: Sequence[QuoteRow], text: str) -> None:
    """Give each top-level speech piece that a coordinated second verb of saying introduces
    that verb as its cue, and the first verb's speaker when it has none (in place; module
    docstring)."""
    prev: QuoteRow | None = None
    for row in rows:
        if row.span.level:
            continue
        before, prev = prev, row
        sp = row.span
        if row.kind != "speech" or (row.cue and (row.cue_start is None or
                                                 row.cue_start > sp.open_pos)):
            continue  # a post-cue (or a cue after the opening mark) is the piece's own
        lo = max(0, sp.open_pos - 240)
        if before is not None:
            lo = max(lo, before.span.end)
        if not coordinator_between(text, lo, sp.open_pos):
            continue  # no "and" / "then" / "but": no match below (throughput round 11)
        lo = _last_break(text, lo, sp.open_pos)
        first = row.cue_start if row.cue and row.cue_start is not None else lo
        found = None
        for m in _COORD_RE.finditer(text, lo, sp.open_pos):
            if m.start("verb") >= first and m.group("verb") in ALL_VERBS:
                found = m
        if found is None:
            continue
        shared = before is not None and before.kind == "speech" and bool(before.speaker) \
            and not _own_subject_then(text, lo, found) \
            and before.cue_start is not None and before.cue_start < before.span.open_pos \
            and before.cue_start < found.start() \
            and not _BREAK_RE.search(text, before.cue_start, found.start())
        if not row.speaker and not (row.cue and shared):
            continue
        if shared and before is not None and (not row.speaker or (
                row.speaker_start is not None and before.cue_end is not None
                and row.speaker_start < before.cue_end)):
            # the elided subject is the first verb's: its speaker, not a fragment of it
            for f in _SPEAKER_FIELDS:
                setattr(row, f, getattr(before, f))
        row.cue = ALL_VERBS[found.group("verb")]
        row.cue_start, row.cue_end = found.start("verb"), found.end("verb")
        row.continuation = False
