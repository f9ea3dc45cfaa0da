"""Unit tests (invented British text, invented names and events) for quotes round 54: cues
that recur as misses across the readable British writers.

Why: the British guideline gives each piece of a quotation split by its cue (``"…," says X,
"…"``) the one cue; before the round the second piece of a split with the verb first or a
written source as subject carried on the speaker but had no cue (with the subject first,
``"…," X said, "…"``, it had one). Each test below failed before its step (see the round 54
notes in ``docs/notes/real_news.md``) and passes after it; the guards check what must not
change.
"""

from __future__ import annotations

import pytest
from quote_rows import RANKERS
from quote_rows import one_row as _row

SPLIT_INVERTED = (
    "A quiet night at the count\n\n"
    "The returning officer had barely begun the second bundle when the mood changed. "
    "“We always knew the harbour wards would be close,” says Morwenna Tregaskis, the "
    "agent for the independents, “but nobody expected a recount in Polgrath.”")

SPLIT_DESCRIPTION = (
    "Ferry strike talks stall\n\n"
    "Talks between the operator and the crews broke up on Thursday without a date for the "
    "next round. “Nobody here wants a summer of cancelled sailings,” said a union negotiator, "
    "“least of all the people who crew the boats.”")

SPLIT_SUBJECT_FIRST = (
    "Ferry strike talks stall\n\n"
    "Talks broke up on Thursday. “Nobody here wants a summer of cancelled sailings,” Idris "
    "Penhale said, “least of all the people who crew the boats.”")

TWO_QUOTATIONS = (
    "Ferry strike talks stall\n\n"
    "“Nobody here wants a summer of cancelled sailings,” says Idris Penhale. The crews "
    "walked out at noon. “We will be back on Monday.”")


@pytest.mark.parametrize("ranker", RANKERS)
def test_second_piece_of_an_inverted_split_takes_the_cue(ranker: str | None) -> None:
    row = _row(SPLIT_INVERTED, "nobody expected a recount", ranker)
    assert row["speaker"] == "Morwenna Tregaskis"
    assert row["cue"] == "say"
    assert not row["continuation"]


@pytest.mark.parametrize("ranker", RANKERS)
def test_second_piece_after_said_a_description_takes_the_cue(ranker: str | None) -> None:
    row = _row(SPLIT_DESCRIPTION, "least of all", ranker)
    assert row["speaker"] == "a union negotiator"
    assert row["cue"] == "say"


@pytest.mark.parametrize("ranker", RANKERS)
def test_guard_subject_first_split_keeps_its_cue(ranker: str | None) -> None:
    row = _row(SPLIT_SUBJECT_FIRST, "least of all", ranker)
    assert row["speaker"] == "Idris Penhale"
    assert row["cue"] == "say"


@pytest.mark.parametrize("ranker", RANKERS)
def test_guard_a_later_quotation_after_narration_takes_no_cue(ranker: str | None) -> None:
    row = _row(TWO_QUOTATIONS, "back on Monday", ranker)
    assert row["cue"] == ""


PUT_BLUNTLY = (
    "Bypass vote splits the council\n\n"
    "In public the cabinet is united behind the scheme. One backbench councillor put it more "
    "bluntly: “We are building a road to a car park that nobody wants.”")

PUT_ACROSS_PARAGRAPHS = (
    "Bypass vote splits the council\n\n"
    "Ysolde Carrow, who chairs the planning committee, put the choice plainly when we met in "
    "her office on Monday:\n\n"
    "“Either the road goes ahead this year or the money goes back to the Treasury.”")

PUT_NO_COLON = (
    "Bypass vote splits the council\n\n"
    "Ysolde Carrow put the scheme to a vote in June. “We are building a road to a car park "
    "that nobody wants,” said Dai Merrow.")


@pytest.mark.parametrize("ranker", RANKERS)
def test_put_it_bluntly_colon_is_the_cue(ranker: str | None) -> None:
    row = _row(PUT_BLUNTLY, "building a road", ranker)
    assert row["speaker"] == "one backbench councillor"
    assert row["cue"] == "put"


@pytest.mark.parametrize("ranker", RANKERS)
def test_put_the_choice_before_a_paragraph_break_is_the_cue(ranker: str | None) -> None:
    row = _row(PUT_ACROSS_PARAGRAPHS, "Either the road", ranker)
    assert row["speaker"] == "Ysolde Carrow"
    assert row["cue"] == "put"


@pytest.mark.parametrize("ranker", RANKERS)
def test_guard_put_without_a_colon_is_no_cue(ranker: str | None) -> None:
    row = _row(PUT_NO_COLON, "building a road", ranker)
    assert row["speaker"] == "Dai Merrow"
    assert row["cue"] == "say"


MINUTES = (
    "Harbour board in turmoil\n\n"
    "Tamsin Rowe chaired the harbour board for eleven years. The minutes note that “the chair "
    "left before the vote on the slipway”.")

ASSESSMENT = (
    "Harbour board in turmoil\n\n"
    "The Pellmouth Harbour Board wants the slipway closed. The board's own assessment warns "
    "that “the slipway cannot be repaired for less than £2m”.")


@pytest.mark.parametrize("ranker", RANKERS)
def test_the_minutes_are_a_written_source(ranker: str | None) -> None:
    row = _row(MINUTES, "left before the vote", ranker)
    assert row["speaker"] == "the minutes"
    assert row["cue"] == "note"


@pytest.mark.parametrize("ranker", RANKERS)
def test_an_assessment_is_a_written_source(ranker: str | None) -> None:
    row = _row(ASSESSMENT, "cannot be repaired", ranker)
    assert row["speaker"] == "the board's own assessment"
