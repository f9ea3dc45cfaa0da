"""Shared by the speaker tests: the candidates the chooser is offered for one speech row, and
the speech row itself under the rules alone and under the default chooser.

Kept in one place so the ranker and quote-round tests read rows the same way (test files had
copies).
"""

from __future__ import annotations

import pandas as pd
import pytest

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


#: run a test once with the rules alone and once with the default learned chooser
BOTH_RANKERS = pytest.mark.parametrize("ranker", ["rules", "default"])


def speech_row(text: str, start: str, ranker: str) -> pd.Series:
    """The first speech row whose quoted text starts with ``start`` (IndexError if none)."""
    q = extract_quotes_text(text, ranker=ranker)
    return q[(q["kind"] == "speech") & q["text"].str.startswith(start)].iloc[0]
