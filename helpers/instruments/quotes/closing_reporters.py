"""The outer source that closes the sentence of a sentence-cue quotation.

``Hale said he was "glad to help" the town, according to the Ledger.`` and ``Hale welcomed
the vote, calling it "a fair result," the Ledger reported.``: the verb of saying before the
quotation gives the inner speaker (Hale), but the sentence goes on to the source that relays
the whole report. PolNeAR annotates only the outermost attribution ("no nested
attributions", the convention the project follows since round 23 for ``"…," X said,
according to Y``), so the quotation's Source there is the relay or the closing reporter.
Round 23's relay reader acted only right after a post-cue's report clause; on a sentence cue
the rest of the sentence was never read (round 56: train C's largest wrong-speaker class of
sentence cues whose right speaker was never offered).
"""

from __future__ import annotations

from helpers.core.lazy_patterns import lazy_compile
from helpers.instruments.quotes.according import relay_after_cue
from helpers.instruments.quotes.lexicon import _TITLED_NAME, REPORTING_VERBS
from helpers.instruments.quotes.quoterow import QuoteRow
from helpers.instruments.quotes.sentcues import apply_relay

#: a report clause closing the sentence after the quotation: ``…, the Ledger reported.``,
#: ``…, CNN reported.``; the stretch before it holds no quotation mark, clause break or
#: sentence end, the verb is followed by the sentence's end (an optional time word between);
#: two coordinated names report together (``…, Reuters and the BBC reported.``; round 57)
_CLOSING_REPORT_RX = lazy_compile(
    r"^[^\x01.;:!?\"“”]{0,160}?,\s+"
    rf"(?P<np>(?:[Tt]he\s+)?{_TITLED_NAME}(?:\s+and\s+(?:[Tt]he\s+)?{_TITLED_NAME})?)"
    r"\s+(?P<verb>[a-z]+)"
    r"(?:\s+(?:on\s+)?[A-Z][a-z]+day|\s+(?:today|yesterday|earlier|later))?\s*[.!?](?:\s|$)")

#: a second source coordinated with the relay, closing the sentence (``according to the
#: Ledger and the BBC.``; round 57)
_SECOND_SOURCE_RX = lazy_compile(rf"\s+and\s+(?P<np>(?:[Tt]he\s+)?{_TITLED_NAME})\s*[.!?](?:\s|$)")


def _second_relay(row: QuoteRow, post: str, after_pos: int) -> None:
    """Widen a relay's speaker phrase over a second source that closes the sentence with it
    (``according to the Ledger and the BBC.``: both relay the report, and the phrase no
    longer ends inside the coordination; review 21b's Q5, round 57)."""
    if row.np_end is None or row.np_start is None:
        return
    m = _SECOND_SOURCE_RX.match(post, row.np_end - after_pos)
    if m is not None:
        row.np_end = after_pos + m.end("np")
        row.np = post[row.np_start - after_pos:m.end("np")]


def closing_reporter(row: QuoteRow, post: str, after_pos: int) -> bool:
    """Make the outer source closing the quotation's sentence the speaker of a sentence-cue
    ``row`` (``post``: the narration after the quotation, from ``after_pos``): an ``according
    to`` relay (:func:`.according.relay_after_cue`) or a named report clause ending the
    sentence (``…, the Ledger reported.``, a finite verb of saying, not ``told``). True when
    the row changed.

    Not for ``call``: ``the town, called the "Gateway" by its people, …, according to the
    Ledger`` names a thing in an adjunct (a term more often than reported speech), and the
    relay attributes the main clause (train B: the relay then fed the article's later
    cue-less rows)."""
    if not post or row.attribution != "sentence-cue" or row.cue in ("according to", "call") \
            or row.cue_start is None or row.cue_start >= row.span.open_pos:
        return False  # a relay already, a naming verb, or a cue read after the quotation
    if apply_relay(row, relay_after_cue(post), after_pos):
        _second_relay(row, post, after_pos)
        return True
    m = _CLOSING_REPORT_RX.match(post)
    if m is None:
        return False
    verb = m.group("verb")
    lemma = REPORTING_VERBS.get(verb, "")
    if not lemma or lemma == "tell" or verb.endswith("ing") or verb == lemma:
        return False  # a base form ("…, we say.") is no report of the past; "told": addressee
    row.np = m.group("np")
    row.np_start = after_pos + m.start("np")
    row.np_end = after_pos + m.end("np")
    row.cue, row.cue_start, row.cue_end = lemma, after_pos + m.start("verb"), \
        after_pos + m.end("verb")
    return True
