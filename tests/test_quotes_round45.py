"""Unit tests (invented text, invented names) for quotes round 45, issue 13.

Round 45 works on the speakers of sentence cues and of pronoun post-cues, developed on train
subsample C. Step 1: a capitalised word that cannot be a given name does not open a person's
name: a plural of time at a sentence start (``Hours later, Marta Kessel …``), the adjective
``Top`` before a surname used as a modifier (``Top Kessel aides``), and a party's plural before
a surname list (``Republicans Brandt of Elm Falls and …``). Before, the run gave the speakers
``Hours``, ``Top Kessel`` and ``Republicans Brandt``."""

from __future__ import annotations

import pytest

from helpers.instruments.quotes import extract_quotes_text
from helpers.instruments.quotes.mentions import _clean_name_tokens


def _speaker(text: str, words: str, ranker: str) -> str:
    df = extract_quotes_text(text, ranker=ranker)
    rows = df[df["text"].str.contains(words, regex=False)]
    assert len(rows) == 1, df[["text", "speaker"]]
    return str(rows.iloc[0]["speaker"])


_HOURS = ("Marta Kessel, the harbour commissioner, met the ferry crews on Monday.\n\n"
          "Hours later, Kessel thanked the crews, telling the Dunmore Gazette, \u201cThe boats "
          "will sail every day of the winter.\u201d\n")


@pytest.mark.parametrize("ranker", ["rules", "default"])
def test_a_plural_of_time_opens_no_name(ranker: str) -> None:
    assert _speaker(_HOURS, "every day of the winter", ranker) == "Marta Kessel"


def test_top_before_a_surname_opens_no_name() -> None:
    # the name cleaner behind every named mention (``Top Kessel aides conceded …``)
    assert _clean_name_tokens("Top Kessel") == ["Kessel"]


def test_a_party_plural_before_a_surname_opens_no_name() -> None:
    assert _clean_name_tokens("Republicans Brandt") == ["Brandt"]


def test_a_party_plural_alone_stays_the_group() -> None:
    # guard: "Republicans said …" keeps its speaker (a plural alone is the group it names)
    assert _clean_name_tokens("Republicans") == ["Republicans"]
