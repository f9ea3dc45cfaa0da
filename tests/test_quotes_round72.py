"""Unit tests (invented text, invented names and places) for quotes round 72: documents and
their authors (British prose, uk_dev11 opened).

Step 1 (new ``personal_documents``): a document whose determiner is ``his`` / ``her``
(``her letter says``) has as author the person the pronoun there resolves to; round 53 read
``its`` / ``their`` only, and never a person.

Step 2 (new ``apposed_bodies``, a pass in ``extract`` after round 63's ``one`` appositions): a
singular organisation description as the speaker (``the union said``, ``a group of …, accused``)
is the body it was apposed to in its paragraph or the one before (``Fairwork, the largest retail
union``).

Each non-guard test fails before its step (see the round 72 notes in
``docs/notes/real_news.md``) and passes after it, with both choosers; the guards keep the old
reading where it is right.
"""

from __future__ import annotations

import pytest
from quote_rows import RANKERS
from quote_rows import one_row as _row

HER_LETTER = (
    "The camp on the lawn is in its third week.\n\n"
    "On Monday the principal, Professor Ann Cole, wrote to every student. The college, her "
    "letter says, \"respects the right to protest\", but the tents must go by Friday.\n")

HIS_REPORT = (
    "The inquiry into the ferry sat for two years.\n\n"
    "Tom Reed chaired it from the start. His report concludes that the harbour board was "
    "\"asleep at the wheel for a decade\".\n")

ITS_GUARD = (
    "The Harbour Trust has had a hard year.\n\n"
    "The Harbour Trust published a survey on Monday. Its report calls the ferry cuts \"a "
    "disgrace to the town\".\n")


@pytest.mark.parametrize("ranker", RANKERS)
def test_her_letter_has_the_named_woman_as_author(ranker: str | None) -> None:
    row = _row(HER_LETTER, "right to protest", ranker)
    assert row["speaker"] == "her letter"
    assert row["speaker_author"] == "Ann Cole"


@pytest.mark.parametrize("ranker", RANKERS)
def test_his_report_has_the_named_man_as_author(ranker: str | None) -> None:
    row = _row(HIS_REPORT, "asleep at the wheel", ranker)
    assert row["speaker"] == "his report"
    assert row["speaker_author"] == "Tom Reed"


@pytest.mark.parametrize("ranker", RANKERS)
def test_guard_its_report_keeps_the_body(ranker: str | None) -> None:
    assert _row(ITS_GUARD, "disgrace", ranker)["speaker_author"] == "The Harbour Trust"


LATER_DESCRIPTION = (
    "Ann Cole has won the backing of Fairwork, the largest retail union, ahead of the vote.\n\n"
    "In a statement on Tuesday, the union said Cole was \"the candidate who knows the shop "
    "floor\".\n")

APPOSED_AT_THE_SPEAKER = (
    "Ann Cole has never been popular with her own side.\n\n"
    "In May a pamphlet written by the Harbour Circle, a group of free-market councillors, "
    "accused her of \"socialism with better manners\". She laughs at it.\n")

NO_APPOSITION_GUARD = (
    "Ann Cole has won the backing of the shop workers.\n\n"
    "On Tuesday, the union said Cole was \"the candidate who knows the shop floor\".\n")

POSSESSOR_GUARD = (
    "Ann Cole, the union's new leader, spoke first.\n\n"
    "\"We are proud of the vote,\" the union said.\n")


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize("text,words,name", [
    (LATER_DESCRIPTION, "shop floor", "Fairwork"),
    (APPOSED_AT_THE_SPEAKER, "better manners", "the Harbour Circle")])
def test_body_description_is_the_apposed_name(text: str, words: str, name: str,
                                              ranker: str | None) -> None:
    assert _row(text, words, ranker)["speaker"] == name


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize("text,words", [(NO_APPOSITION_GUARD, "shop floor"),
                                        (POSSESSOR_GUARD, "proud of the vote")])
def test_guard_body_description_without_apposition(text: str, words: str,
                                                   ranker: str | None) -> None:
    assert _row(text, words, ranker)["speaker"] == "the union"


FAR_APPOSITION_GUARD = (
    "Ann Cole has won the backing of Fairwork, the largest retail union, ahead of the vote.\n\n"
    "Her rivals were quiet on Monday.\n\n"
    "Tom Reed, her closest rival, cancelled his rally.\n\n"
    "On Tuesday, the union said Cole was \"the candidate who knows the shop floor\".\n")


@pytest.mark.parametrize("ranker", RANKERS)
def test_guard_apposition_beyond_the_paragraph_before(ranker: str | None) -> None:
    assert _row(FAR_APPOSITION_GUARD, "shop floor", ranker)["speaker"] == "the union"
