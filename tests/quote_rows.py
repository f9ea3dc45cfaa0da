"""Shared helper for the quotes-round tests (round 52 onwards): the one row of an invented
text's quote table whose quoted words contain a given phrase, by either speaker chooser."""

from __future__ import annotations

import pandas as pd

from helpers.instruments.quotes import extract_quotes_text

#: the rules alone (``None``) and the instrument's default, the learned chooser
RANKERS = [None, "default"]


def one_row(text: str, words: str, ranker: str | None) -> pd.Series:
    """The single quote row of ``text`` whose ``text`` contains ``words``; fails (showing the
    table) when there is none or more than one."""
    df = extract_quotes_text(text, ranker=ranker)
    rows = df[df["text"].str.contains(words, regex=False)]
    assert len(rows) == 1, df[["text", "speaker", "cue"]]
    return rows.iloc[0]
