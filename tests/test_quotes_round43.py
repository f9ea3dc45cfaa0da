"""Unit tests (invented text, invented names) for quotes round 43, issue 13.

Round 43 re-judges steps that earlier rounds dropped because of the committed speaker chooser,
with a refitted chooser. Step 1 (round 40's S8): an indefinite description right after ``as``
(``listed as an attorney``, ``As a general rule``) is a role or a phrase, not a person of the
story, so a later ``he`` does not resolve to it; a verb of saying after it (``as a spokesman
said``) keeps it a speaker."""

from __future__ import annotations

import pytest

from helpers.instruments.quotes import extract_quotes_text


def _speaker(text: str, words: str, ranker: str) -> str:
    df = extract_quotes_text(text, ranker=ranker)
    rows = df[df["text"].str.contains(words, regex=False)]
    assert len(rows) == 1, df[["text", "speaker"]]
    return str(rows.iloc[0]["speaker"])


_LISTED = ("Harold Penwick runs the ferry company in Dunmore.\n\n"
           "Court records show that Mr. Penwick is listed as an attorney in Lowell.\n\n"
           "\u201cWe will keep the boats running all winter,\u201d he said.\n")

_RULE = ("Harold Penwick runs the ferry company in Dunmore.\n\n"
         "As a general rule, the ferry board meets on Mondays.\n\n"
         "\u201cWe will keep the boats running all winter,\u201d he said.\n")

_SPOKESMAN = ("Harold Penwick runs the ferry company in Dunmore.\n\n"
              "As a spokesman said on Monday, the board meets weekly. \u201cWe will keep the "
              "boats running all winter,\u201d he added.\n")


@pytest.mark.parametrize("ranker", ["rules", "default"])
def test_a_role_after_as_is_no_person_for_a_later_he(ranker: str) -> None:
    assert _speaker(_LISTED, "boats running", ranker) == "Harold Penwick"


@pytest.mark.parametrize("ranker", ["rules", "default"])
def test_as_a_general_rule_is_no_person_for_a_later_he(ranker: str) -> None:
    assert _speaker(_RULE, "boats running", ranker) == "Harold Penwick"


@pytest.mark.parametrize("ranker", ["rules", "default"])
def test_as_a_spokesman_said_keeps_the_spokesman(ranker: str) -> None:
    # guard: a verb of saying after the description keeps it a speaker
    assert _speaker(_SPOKESMAN, "boats running", ranker) == "a spokesman"
