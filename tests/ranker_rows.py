"""Shared by the speaker-chooser tests: the candidates the chooser is offered for one speech row.

Kept in one place so the ranker tests read candidates the same way (two test files had copies).
"""

from __future__ import annotations

from helpers.instruments.quotes import extract_quotes_text
from helpers.instruments.quotes.ranker_candidates import article_candidates
from helpers.instruments.quotes.ranker_features import Candidate


def row_candidates(text: str, start: str) -> list[Candidate]:
    """The candidates of the speech row whose text starts with ``start``.

    Runs the extractor with a ranker hook that records every row's candidates, then returns
    those of the first row whose quoted text (opening mark stripped) starts with ``start``.
    """
    got: list = []
    extract_quotes_text(text, ranker=lambda rows, ps, art: got.extend(
        article_candidates(rows, ps, art)))
    for row, cands in got:
        if text[row.span.start:row.span.end].lstrip("\"“").startswith(start):
            return cands
    raise AssertionError(f"no speech row starting {start!r}")
