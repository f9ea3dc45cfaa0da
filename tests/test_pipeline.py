"""helpers.report.pipeline: each instrument runs once, and the joins agree with the instruments."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.instruments import themes as th
from helpers.report import pipeline
from helpers.report.pipeline import analyse


def test_quotes_are_extracted_once_for_sentiment_and_themes(plain_corpus, monkeypatch):
    calls = []
    real = pipeline.extract_quotes

    def counting(corpus):
        calls.append(1)
        return real(corpus)

    monkeypatch.setattr(pipeline, "extract_quotes", counting)
    import helpers.instruments.quotes as quotes_module

    monkeypatch.setattr(quotes_module, "extract_quotes", counting)  # a hidden second call
    analyse(plain_corpus)
    assert len(calls) == 1


def test_tables_match_the_instruments_run_alone(plain_corpus):
    a = analyse(plain_corpus)
    book = th.load_codebook()
    pd.testing.assert_frame_equal(a.paragraphs, th.paragraph_themes(plain_corpus, book))
    assert set(a.sentiment["voice"]) <= {"narrator", "quoted", "mixed"}
    assert len(a.sentiment) == len(plain_corpus.sentences)
    assert not a.timexes.empty and not a.quotes.empty


def test_theme_voices_account_for_every_match(plain_corpus):
    a = analyse(plain_corpus, instruments=("quotes", "themes"))
    counted = a.theme_voices.groupby("theme")["n_matches"].sum()
    expected = a.theme_matches.groupby("theme").size()
    assert counted.sort_index().tolist() == expected.sort_index().tolist()
    assert a.sentiment.empty and a.theme_tone.empty  # sentiment was not asked for


def test_theme_tone_has_a_theme_and_a_rest_row_per_theme(plain_corpus):
    a = analyse(plain_corpus, instruments=("sentiment", "themes"))
    ids = th.load_codebook().ids
    assert a.theme_tone["theme"].tolist() == [t for t in ids for _ in (0, 1)]
    assert a.theme_tone["group"].tolist() == ["theme", "rest"] * len(ids)


def test_leaving_out_themes_leaves_theme_tables_empty(plain_corpus):
    a = analyse(plain_corpus, instruments=("timeline",))
    assert a.quotes.empty and a.sentiment.empty and a.paragraphs.empty
    assert not a.timexes.empty


def test_unknown_instrument_is_refused(plain_corpus):
    with pytest.raises(ValueError, match="unknown instrument"):
        analyse(plain_corpus, instruments=("quotes", "astrology"))
