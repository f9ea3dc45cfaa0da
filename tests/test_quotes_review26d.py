"""Review 26d (issue 13): misfires of round 72's ``apposed_bodies`` and
``personal_documents``, invented text.

A sentence's opening adverbial before a subject with its own aside (``In March, the union,
which …,``) is no body's name; and two bodies given the same kind in one paragraph leave
``the union`` unnamed. Guards: round 72's reading where one body was given the kind, and the
nearer body when the two appositions stand in different paragraphs. A document written about
the person ``his`` / ``her`` names (``his indictment``) takes no author from the pronoun; guard:
``his letter`` keeps round 72's author."""

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


INDICTMENT = ("Tom Reed was charged in May with fraud.\n\n"
              "His indictment says he \"knowingly misled\" investigators.\n")
SENTENCING = ("Sarah Holt was sentenced on Friday.\n\n"
              "Her sentencing report says she showed \"no remorse\" in court.\n")


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize("text,words", [(INDICTMENT, "knowingly"), (SENTENCING, "no remorse")])
def test_document_about_the_person_has_no_author_from_the_pronoun(
        text: str, words: str, ranker: str | None) -> None:
    row = _row(text, words, ranker)
    assert row["speaker_type"] == "document"
    assert row["speaker_author"] in ("", None) or pd.isna(row["speaker_author"])


OWN_LETTER_GUARD = ("Tom Reed, the harbour master, resigned on Friday.\n\n"
                    "His letter says he was \"hounded out\" by the board.\n")


@pytest.mark.parametrize("ranker", RANKERS)
def test_guard_own_letter_keeps_its_author(ranker: str | None) -> None:
    assert _row(OWN_LETTER_GUARD, "hounded out", ranker)["speaker_author"] == "Tom Reed"


WIDE_SPAN = ("Ann Cole has won the backing of Fairwork, the largest retail union.\n\n"
             "In a statement, the union said Cole was \"the candidate who knows the shop "
             "floor\".\n")


@pytest.mark.parametrize("ranker", RANKERS)
def test_description_at_the_end_of_a_wider_span(ranker: str | None) -> None:
    assert _row(WIDE_SPAN, "shop floor", ranker)["speaker"] == "Fairwork"
