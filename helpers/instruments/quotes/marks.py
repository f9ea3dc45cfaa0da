"""Quotation-mark pairing of the quote instrument: it lives in :mod:`helpers.core.quotation_marks`
(shared with the timeline, so the two cannot drift apart); the names are kept here for callers
that import them from the instrument."""

from __future__ import annotations

from helpers.core.quotation_marks import QuoteSpan, find_quote_spans, typewriter_to_double

__all__ = ["QuoteSpan", "find_quote_spans", "typewriter_to_double"]
