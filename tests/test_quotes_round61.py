"""Quotes round 61 (issue 13): a document speaks for the author a participle of authorship
names (``A report published this morning by X … the report says``). Invented sentences only."""

from __future__ import annotations

import pytest

from helpers.instruments.quotes import extract_quotes_text

RANKERS = ("default", "rules")

PUBLISHED = (
    "Ferry fares rose again this year.\n\n"
    "A report published this morning by the Harbour Trust finds that the crossings lose money. "
    "\"The ferry is no longer a luxury,\" the report says. \"It is a lifeline.\"\n")

PREPARED = (
    "The council met on Tuesday.\n\n"
    "The memo, prepared last month by the Finance Directorate, sets out three options. "
    "\"None of them is cheap,\" the memo warns.\n")

PRESENTED = (
    "The council met on Tuesday.\n\n"
    "A memo, presented to the Finance Committee in May, sets out three options. "
    "\"None of them is cheap,\" the memo warns.\n")


def _rows(text: str, ranker: str):
    return extract_quotes_text(text, ranker=ranker)


@pytest.mark.parametrize("ranker", RANKERS)
def test_participle_and_time_phrase_before_by_name_the_author(ranker: str) -> None:
    d = _rows(PUBLISHED, ranker)
    assert list(d["speaker"]) == ["the report", "the report"]
    assert list(d["speaker_author"]) == ["the Harbour Trust", "the Harbour Trust"]


@pytest.mark.parametrize("ranker", RANKERS)
def test_participle_after_a_comma_names_the_author(ranker: str) -> None:
    d = _rows(PREPARED, ranker)
    assert d.iloc[0]["speaker"] == "the memo"
    assert d.iloc[0]["speaker_author"] == "the Finance Directorate"


@pytest.mark.parametrize("ranker", RANKERS)
def test_presented_to_names_an_audience_not_an_author(ranker: str) -> None:
    d = _rows(PRESENTED, ranker)
    assert d.iloc[0]["speaker"] == "the memo"
    assert d.iloc[0]["speaker_author"] == ""
