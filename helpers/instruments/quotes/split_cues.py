"""The cue of the second piece of a quotation split by an inverted post-cue (issue 13, round 54).

``"…," says X, "…"`` / ``"…," the paper's editorial asks, "…"``: one report split in two by
its cue. With the cue after its subject (``"…," X said, "…"``) the second piece finds the cue
itself (the clause before its opening mark ends on the verb: a pre-cue); with the verb first
(``said X,``) or a written source as subject, that search finds no subject before a verb, so
the second piece only carried on the first piece's speaker and had no cue. The British
annotation guideline (and PolNeAR's scorer, ``CONTINUATION_CUE_RULE``) gives both pieces the
one cue. This pass runs after the speaker pass (so no chooser feature changes): a cue-less
speech piece whose opening mark follows, after a comma or a dash (perhaps around an
apposition: ``says X, the agent, "…"``), the end of the previous top-level piece's post-cue,
and whose speaker is that piece's, takes that cue and is no longer a mere continuation.
"""

from __future__ import annotations

from collections.abc import Sequence

from helpers.core.lazy_patterns import lazy_compile
from helpers.instruments.quotes.quoterow import QuoteRow

#: what may stand between the end of a post-cue and the opening mark of the second piece: a
#: comma or a dash, perhaps around an apposition or a short adjunct of the cue's subject
#: (``says X, the agent for the independents, "…"``), never the end of a sentence or another
#: quotation
_SPLIT_GAP_RE = lazy_compile(r"[\s,—–-]*(?:[^.!?;:\x01“”\"‘]{1,80}?[,—–-]\s*)?")


def split_quote_cues(rows: Sequence[QuoteRow], text: str) -> None:
    """Give each cue-less second piece of a split quotation (``"…," says X, "…"``) the cue of
    the post-cue that splits it (in place; see the module docstring)."""
    prev: QuoteRow | None = None
    for row in rows:
        if row.span.level:
            continue
        if prev is not None and row.kind == "speech" and not row.cue and row.speaker and \
                prev.kind == "speech" and prev.cue and prev.attribution == "post-cue" and \
                prev.speaker == row.speaker and prev.cue_start is not None and \
                0 <= prev.post_cue_end <= row.span.open_pos and \
                _SPLIT_GAP_RE.fullmatch(text, prev.post_cue_end, row.span.open_pos):
            row.cue, row.cue_start, row.cue_end = prev.cue, prev.cue_start, prev.cue_end
            row.continuation = False
            if row.attribution == "continuation":
                row.attribution = "post-cue"
        prev = row
