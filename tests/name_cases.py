"""Shared by the name-rule tests (given-name variants, accents, particles; issue 13): a gold
PolNeAR piece whose pronoun Source has an agreed referent, the speech rows of an invented text,
and the check that one person written two ways is one canonical speaker.

Kept in one place so the scorer and instrument tests of wt-names28 and wt-names29 read rows
the same way (the four test files had copies; review 6).
"""

from __future__ import annotations

import pandas as pd

from helpers.instruments.quotes import extract_quotes_text


def referent_row(speaker: str, referent: str) -> pd.Series:
    """A gold piece whose pronoun Source has an agreed named referent."""
    return pd.Series({"speaker": speaker, "speaker_referent": referent, "referent_agreed": True,
                      "referent_mentions": (), "speaker_is_pronoun": True,
                      "speaker_antecedent": ""})


def speech_rows(text: str) -> pd.DataFrame:
    """The speech rows the quote instrument finds in ``text``, numbered from 0."""
    q = extract_quotes_text(text)
    return q[q["kind"] == "speech"].reset_index(drop=True)


def assert_one_person(text: str, surname: str, n_rows: int) -> None:
    """``n_rows`` speech rows of ``text`` have a speaker with ``surname``, and all of them one
    ``speaker_id`` and one ``speaker_canonical``."""
    q = speech_rows(text)
    rows = q[q["speaker"].str.contains(surname)]
    assert len(rows) == n_rows, rows[["speaker", "speaker_id"]]
    assert rows["speaker_id"].nunique() == 1, rows[["speaker", "speaker_id"]]
    assert rows["speaker_canonical"].nunique() == 1, rows[["speaker", "speaker_canonical"]]
