"""Unit tests (invented text, invented names) for resolved Sources, issue 13, round 40.

Each end-to-end sentence below had, before the round, a description or a pronoun resolved to
another person: ``the vice president said`` given to a person of the people register whose
role shares only the head noun (``President of Russia``), or, without it, to the subject of
the reported clause in the description's own sentence (``Mr. Ostrova is so careless, the vice
president said``)."""

from __future__ import annotations

import pytest

from helpers.instruments.quotes import extract_quotes_text


def _row(text: str, words: str, ranker: str) -> dict:
    df = extract_quotes_text(text, ranker=ranker)
    rows = df[df["text"].str.contains(words, regex=False)]
    assert len(rows) == 1, df[["text", "speaker"]]
    return rows.iloc[0].to_dict()


_VICE = ("Vice President Tomas Arbenz toured the Dunmore harbour on Friday with the port "
         "board.\n\n"
         "Mr. Arbenz had met Vladimir Putin in Moscow in May, and Vladimir Putin had praised "
         "the quay.\n\n"
         "Mr. Ostrova is so careless, the vice president said, that if the board let him run "
         "the quay, \u201cthe ships would sail into the mud.\u201d\n")


@pytest.mark.parametrize("ranker", ["rules", "default"])
def test_a_rank_word_keeps_the_register_office_apart(ranker: str) -> None:
    # ``the vice president`` is not the register's ``President of Russia`` named in passing,
    # nor the subject of the reported clause of its own sentence
    row = _row(_VICE, "sail into the mud", ranker)
    assert row["speaker"] not in ("Vladimir Putin", "Ostrova", "Mr. Ostrova")
    assert row["speaker"] in ("the vice president", "Tomas Arbenz")


@pytest.mark.parametrize("ranker", ["rules", "default"])
def test_an_office_description_still_takes_the_subject_of_an_earlier_sentence(ranker: str) -> None:
    # guard: the named subject of the sentence before is still the office holder
    text = ("The Dunmore harbour board met on Friday to vote on the new quay.\n\n"
            "Tomas Arbenz insisted that the quay would hold in any storm. \u201cIt will stand "
            "for a hundred years,\u201d the vice president told the board.\n")
    assert _row(text, "hundred years", ranker)["speaker"] == "Tomas Arbenz"
