"""Review 26d (issue 13): misfires of round 72's ``apposed_bodies`` pass, invented text.

A sentence's opening adverbial before a subject with its own aside (``In March, the union,
which …,``) is no body's name; and two bodies given the same kind in one paragraph leave
``the union`` unnamed. Guards: round 72's reading where one body was given the kind, and the
nearer body when the two appositions stand in different paragraphs."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.instruments.quotes import extract_quotes_text

RANKERS = ["default", None]


def _row(text: str, words: str, ranker: str | None) -> pd.Series:
    df = extract_quotes_text(text, source="review26d.txt", ranker=ranker)
    rows = df[(df["kind"] == "speech") & df["text"].str.contains(words, regex=False)]
    assert len(rows) == 1
    return rows.iloc[0]


SAID = "On Tuesday, the union said the offer was \"an insult to every worker\".\n"
OPENER_MONTH = ("Ann Cole leads the shop workers.\n\n"
                "In March, the union, which represents 400,000 workers, voted to strike. " + SAID)
OPENER_ADVERB = ("Ann Cole leads the shop workers.\n\n"
                 "However, the union, which represents 400,000 workers, has never struck. " + SAID)
OPENER_PLACE = ("Ann Cole leads the shop workers.\n\n"
                "In Leeds, the largest union, with 40,000 members, voted to strike. " + SAID)
TWO_BODIES = ("Ann Cole leads the shop workers.\n\n"
              "Unison, the health union, and Unite, the general union, rejected the offer. "
              + SAID)


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize("text", [OPENER_MONTH, OPENER_ADVERB, OPENER_PLACE, TWO_BODIES])
def test_no_body_name_for_the_description(text: str, ranker: str | None) -> None:
    assert _row(text, "every worker", ranker)["speaker"] == "the union"


ONE_BODY_GUARD = ("Ann Cole leads the shop workers.\n\n"
                  "Unite, the general union, rejected the offer. " + SAID)
NEARER_BODY_GUARD = ("Unison, the health union, backed the deal.\n\n"
                     "Unite, the general union, rejected it. " + SAID)


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize("text", [ONE_BODY_GUARD, NEARER_BODY_GUARD])
def test_guard_one_body_in_the_paragraph(text: str, ranker: str | None) -> None:
    assert _row(text, "every worker", ranker)["speaker"] == "Unite"
