"""A dash label naming the source right before a cue-less quotation (issue 13, round 42).

Poll and media digests write an item as a heading, a dash, the author and a colon, then the
excerpt: ``WHY THE FERRY VOTE MATTERS - Ada Brill: "…"``, ``… for the port - Lowmoor Survey
Unit: "…"``, ``… - Ada Brill and Tom Keel: "…"``. The name before the colon is the Source.
Round 39's reader of the sentence's subject leaves such a sentence alone (its subject is the
heading's), and the context rule gave the excerpt the speaker before or no one.
"""

from __future__ import annotations

from helpers.core.lazy_patterns import lazy_compile
from helpers.instruments.quotes.attribution import ArticleState
from helpers.instruments.quotes.cueless import quotation_opening, speaker_from_np
from helpers.instruments.quotes.lexicon import _TITLED_NAME, is_person_noun
from helpers.instruments.quotes.mentions import _DESC
from helpers.instruments.quotes.paragraphs import narration_of
from helpers.instruments.quotes.phrases import desc_head, np_kind
from helpers.instruments.quotes.quoterow import QuoteRow

#: `` - Name:`` (up to five capitalised words, or two names joined by ``and``) ending the
#: narration right before the opening mark; a space before the dash (not a hyphenated word)
_NAME_WORDS = r"[A-Z][\w’'.\-&]*(?:\s+[A-Z][\w’'.\-&]*){0,4}"
_DASH_LABEL_END_RE = lazy_compile(
    rf"\s[-\u2013\u2014]\s*(?P<np>{_NAME_WORDS}(?:\s+and\s+{_NAME_WORDS})?):\s*$")


def dash_label_speaker(row: QuoteRow, art: ArticleState, pi: int, interview: bool) -> bool:
    """Give the cue-less top-level ``row`` the name of a `` - Name:`` label that ends the text
    right before its opening mark, resolved as a cue's subject is. Returns False, leaving
    ``row`` as it was, otherwise."""
    op = quotation_opening(row, art, pi)
    if op is None:
        return False
    lo, narr, open_at = op
    start = max(0, open_at - 120)
    m = _DASH_LABEL_END_RE.search(narr, start, open_at)
    if m is None or "\x01" in m.group(0):
        return False
    return speaker_from_np(row, m, lo, art, pi, interview)


#: `` – a Labour whip, on …`` / `` — Ada Brill.`` right after the closing mark: an en or em
#: dash and the source, ending at a comma, a full stop or the paragraph's end
_TRAILING_DASH_RE = lazy_compile(
    rf"[ \t]*[\u2013\u2014][ \t]*(?P<np>{_DESC}|{_TITLED_NAME})(?=[ \t]*(?:[,.;]|$))")


def trailing_dash_speaker(row: QuoteRow, art: ArticleState, pi: int, interview: bool) -> bool:
    """Give the cue-less top-level ``row`` the source a dash names right after its closing
    mark (``Quote of the day: "…" – a Labour whip, on last night's meeting``; an epigraph's
    ``"…" — Ada Brill``), when that source is a person description or a name of two words or
    more (round 50, British magazine briefings). Returns False, leaving ``row`` as it was,
    otherwise."""
    close = row.span.close_pos
    found = narration_of(art.paragraph_mentions, pi) if close >= 0 else None
    if found is None:
        return False
    lo, narr = found
    at = close + 1 - lo
    if not 0 < at <= len(narr):
        return False
    m = _TRAILING_DASH_RE.match(narr, at)
    if m is None or "\x01" in m.group(0):
        return False
    np_text = m.group("np")
    kind = np_kind(np_text)
    if kind == "description" and not is_person_noun(desc_head(np_text)):
        return False
    if kind == "named" and len(np_text.split()) < 2:
        return False
    return speaker_from_np(row, m, lo, art, pi, interview)
