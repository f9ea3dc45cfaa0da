"""Unit tests (invented British text, invented names and events) for quotes round 55: the
leftovers of review 20 and round 54, then causes that recur across the readable British
writers.

Why: each step below fixes a general defect (a to-infinitive read as a listener, a physical
``put it`` read as the saying form, a possessed document or an ``as X put it`` clause after
the quotation, the ``its`` author across a dash). Each test failed before its step (see the
round 55 notes in ``docs/notes/real_news.md``) and passes after it; the guards check what
must not change.
"""

from __future__ import annotations

import pytest
from quote_rows import RANKERS
from quote_rows import one_row as _row

# step 1: `begin` after the quotation, with a to-infinitive guard
BEGAN = (
    "A long night in committee room nine\n\n"
    "The chair had sent apologies, and in her place sat her deputy, Emlyn Prothero. “Nobody "
    "on this committee wants the ferry cut,” Prothero began, and waited for a murmur of "
    "agreement. None came. “But the subsidy ends in March.”")

BEGAN_TO_SEE = (
    "Notes from a slow year\n\n"
    "I lived in the valley for a decade. Through this “night vision” I began to see the town "
    "as the miners had seen it.")

CONFESSED_TO = (
    "The harbour inquiry\n\n"
    "The skipper sat down heavily. “I never checked the valve,” Gethin Rowe confessed to the "
    "panel, and looked at the floor.")


@pytest.mark.parametrize("ranker", RANKERS)
def test_began_after_the_quotation_is_its_cue(ranker: str | None) -> None:
    row = _row(BEGAN, "Nobody on this committee", ranker)
    assert row["speaker"] == "Prothero"
    assert row["cue"] == "begin"


@pytest.mark.parametrize("ranker", RANKERS)
def test_began_to_see_after_a_term_is_no_cue(ranker: str | None) -> None:
    row = _row(BEGAN_TO_SEE, "night vision", ranker)
    assert row["kind"] == "term"
    assert row["speaker"] == ""


@pytest.mark.parametrize("ranker", RANKERS)
def test_guard_a_listener_after_to_keeps_the_post_cue(ranker: str | None) -> None:
    row = _row(CONFESSED_TO, "never checked the valve", ranker)
    assert row["speaker"] == "Gethin Rowe"
    assert row["cue"] == "confess"


# step 2: `put it` must read as the saying sense in the words before the colon
PUT_ON_SHELF = (
    "A tidy desk\n\n"
    "The clerk took the ledger from Mair Llewellyn and closed it. As she put it on the shelf, "
    "folding the paper: “That will do for tonight.”")

PUT_ON_FRIDAY = (
    "Budget week\n\n"
    "The envoy was tired. As the envoy put it on Friday, folding his notes: “We have done "
    "what we could.”")

PUT_IN_A_MEMO = (
    "Depot closure\n\n"
    "The depot will shut in June. As the regional manager put it in her memo to the drivers: "
    "“Nobody will lose a shift before the summer.”")


@pytest.mark.parametrize("ranker", RANKERS)
def test_a_physical_put_it_is_no_cue(ranker: str | None) -> None:
    row = _row(PUT_ON_SHELF, "That will do", ranker)
    assert row["cue"] == ""


@pytest.mark.parametrize("ranker", RANKERS)
def test_guard_put_it_on_a_weekday_is_the_cue(ranker: str | None) -> None:
    row = _row(PUT_ON_FRIDAY, "We have done", ranker)
    assert row["speaker"] == "the envoy"
    assert row["cue"] == "put"


@pytest.mark.parametrize("ranker", RANKERS)
def test_guard_put_it_in_a_document_is_the_cue(ranker: str | None) -> None:
    row = _row(PUT_IN_A_MEMO, "Nobody will lose", ranker)
    assert row["speaker"] == "the regional manager"
    assert row["cue"] == "put"


# step 3: a possessed document after the quotation; `as X put it` after the quotation
ITS_STATEMENT_AFTER = (
    "Hospice appeal\n\n"
    "The Pendry Foundation was blunt about the council's figures. “Those numbers are a "
    "fiction,” its statement said.")

SAID_ITS_STATEMENT = (
    "Hospice appeal\n\n"
    "The Pendry Foundation was blunt about the council's figures. “Those numbers are a "
    "fiction,” said its statement.")

ITS_CHAIRMAN_AFTER = (
    "Hospice appeal\n\n"
    "The Pendry Foundation was blunt about the council's figures. “Those numbers are a "
    "fiction,” its chairman said.")

AS_PUT_AFTER = (
    "Quiet on the ward\n\n"
    "Sister Bronwen Ellis has run the night shift for years and was unmoved. “It will pass "
    "by Friday,” as she put it, and went back to her rounds.")

AS_NAME_PUT_AFTER = (
    "Quiet on the ward\n\n"
    "The porters were calm. “Everything here runs on tea,” as Ianto Morgan once put it.")


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize("text", [ITS_STATEMENT_AFTER, SAID_ITS_STATEMENT])
def test_its_document_after_the_quotation_speaks(text: str, ranker: str | None) -> None:
    row = _row(text, "a fiction", ranker)
    assert row["speaker"] == "its statement"
    assert row["speaker_author"] == "The Pendry Foundation"
    assert row["cue"] == "say"


@pytest.mark.parametrize("ranker", RANKERS)
def test_guard_its_person_after_the_quotation_is_no_document(ranker: str | None) -> None:
    row = _row(ITS_CHAIRMAN_AFTER, "a fiction", ranker)
    assert row["speaker"] != "its chairman"
    assert row["speaker_author"] == ""


@pytest.mark.parametrize("ranker", RANKERS)
def test_as_she_put_it_after_the_quotation(ranker: str | None) -> None:
    row = _row(AS_PUT_AFTER, "It will pass", ranker)
    assert row["speaker"] == "Bronwen Ellis"
    assert row["cue"] == "put"


@pytest.mark.parametrize("ranker", RANKERS)
def test_as_a_name_put_it_after_the_quotation(ranker: str | None) -> None:
    row = _row(AS_NAME_PUT_AFTER, "runs on tea", ranker)
    assert row["speaker"] == "Ianto Morgan"
    assert row["cue"] == "put"


ITS_DIRECTOR_INVERTED = (
    "The little institute\n\n"
    "The institute keeps a small staff in two rooms. “We are not a lobby,” says its director, "
    "Oriel Hathersage, pouring the coffee. “We are a reading room with opinions.”")


@pytest.mark.parametrize("ranker", RANKERS)
def test_guard_says_its_director_keeps_the_name(ranker: str | None) -> None:
    row = _row(ITS_DIRECTOR_INVERTED, "not a lobby", ranker)
    assert row["speaker"] == "Oriel Hathersage"
    assert row["cue"] == "say"


# step 4: the `its` author across a dash aside
DASH_ASIDE = (
    "Bypass vote\n\n"
    "The Carnbrae Courier — never a friend of the planners — was blunt this week. Its "
    "editorial called the bypass “a folly of the first order”.")


@pytest.mark.parametrize("ranker", RANKERS)
def test_its_author_across_a_dash_aside(ranker: str | None) -> None:
    row = _row(DASH_ASIDE, "a folly", ranker)
    assert row["speaker"] == "Its editorial"
    assert row["speaker_author"] == "The Carnbrae Courier"


# step 5: the second of two coordinated verbs of saying is its quotation's cue
COORDINATED = (
    "Harbour plan\n\n"
    "The harbour review, marked for limited circulation, notes that the quay walls are “past "
    "saving after forty winters of neglect” and calls the rebuild “the only honest option "
    "left to the board”.")

THEN_ADDED = (
    "Harbour plan\n\n"
    "A harbour official, speaking on condition of anonymity, was blunter. “The walls are "
    "finished,” she said. She shrugged, then added: “Nobody wants to be the one who says so.”")

ELIDED_TITLE_SUBJECT = (
    "Harbour plan\n\n"
    "The trust's report came out on Monday. Mending the Harbours argues that the funding rule "
    "“rewards the ports that need it least”, and warns that nine small harbours are “one storm "
    "away from closure”.")

TWO_SUBJECTS = (
    "Harbour plan\n\n"
    "The review notes that the quay walls are “past saving after forty winters”, and the "
    "minister called the rebuild “a matter for the council and nobody else”.")


@pytest.mark.parametrize("ranker", RANKERS)
def test_and_calls_is_the_second_quotations_cue(ranker: str | None) -> None:
    assert _row(COORDINATED, "past saving", ranker)["cue"] == "note"
    assert _row(COORDINATED, "only honest option", ranker)["cue"] == "call"


@pytest.mark.parametrize("ranker", RANKERS)
def test_then_added_is_the_cue(ranker: str | None) -> None:
    assert _row(THEN_ADDED, "Nobody wants to be", ranker)["cue"] == "add"


@pytest.mark.parametrize("ranker", RANKERS)
def test_the_elided_subject_of_the_second_verb(ranker: str | None) -> None:
    row = _row(ELIDED_TITLE_SUBJECT, "one storm", ranker)
    assert row["cue"] == "warn"
    assert row["speaker"] == _row(ELIDED_TITLE_SUBJECT, "rewards the ports", ranker)["speaker"]
    assert row["speaker"] != ""


@pytest.mark.parametrize("ranker", RANKERS)
def test_guard_a_second_subject_keeps_its_own_verb(ranker: str | None) -> None:
    row = _row(TWO_SUBJECTS, "a matter for the council", ranker)
    assert row["speaker"] == "the minister"
    assert row["cue"] == "call"
