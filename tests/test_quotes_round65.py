"""Unit tests (invented text, invented names and places) for quotes round 65: an office or role
written once beside a person's name, then bare as the speaker.

Steps 1 and 2 (``helpers/instruments/quotes/apposed_offices.py``): a definite ``the <office>``
as a speaker (step 1: a cue's subject; step 2: a context row whose narration names the office)
is the one person the article apposed to that office before (``The Bishop of <See>, the Rt Rev
<Name>,``; ``<Name>, the council leader,``; ``the council's leader, <Name>``; ``The Speaker,
Sir <Name>,``). Each non-guard test fails before its step (see the round 65 notes in
``docs/notes/real_news.md``) and passes after it, with both choosers; the guards (two people
with the office; a rank word that makes another office) check what must not change.
"""

from __future__ import annotations

import pytest
from quote_rows import RANKERS
from quote_rows import one_row as _row

from helpers.instruments.quotes.apposed_offices import apposed_office_person, office_holders

BISHOP = (
    "The debate on the welfare bill ran late into the evening.\n\n"
    "The Bishop of Wexham, the Rt Rev Martin Doyle, rose next, and the peers fell quiet.\n\n"
    "Lady Fenn replied at length about the cost of the scheme.\n\n"
    "\"We are not the elected chamber,\" the bishop said as he sat down, \"but we can still "
    "count the people it leaves out.\"\n")

LEADER_AFTER = (
    "Councils across the north are short of money this winter.\n\n"
    "Tom Hale, the council leader, has asked the Treasury for more. Residents were unhappy "
    "with the cuts to bus routes.\n\n"
    "Maria Lopez runs a bakery on the high street and has seen trade fall.\n\n"
    "\"We have nothing left to cut in this town,\" the council leader said.\n")

LEADER_POSSESSIVE = (
    "Councils across the north are short of money this winter.\n\n"
    "The council's leader, Tom Hale, has asked the Treasury for more. Residents were unhappy "
    "with the cuts to bus routes.\n\n"
    "Maria Lopez runs a bakery on the high street and has seen trade fall.\n\n"
    "\"We have nothing left to cut in this town,\" the leader said.\n")

TWO_LEADERS = (
    "Councils across the north are short of money this winter.\n\n"
    "Tom Hale, the council leader, and Ann Reed, the opposition leader, met on Monday.\n\n"
    "Maria Lopez runs a bakery on the high street and has seen trade fall.\n\n"
    "\"We have nothing left to cut in this town,\" the leader said.\n")

DEPUTY = (
    "Tom Hale, the deputy leader, spoke first. Maria Lopez runs a bakery on the corner.\n\n"
    "\"We have nothing left to cut in this town,\" the leader said.\n")

SPEAKER = (
    "The session was louder than usual.\n\n"
    "The Speaker, Sir Ian Moss, who has seen worse, rose to restore calm.\n\n"
    "Ruth Kane asked about the trains. Then the Speaker intervened again. \"Order! Order. The "
    "member knows the rules of this House perfectly well.\"\n")


@pytest.mark.parametrize("ranker", RANKERS)
def test_bishop_after_a_style_is_the_person(ranker: str | None) -> None:
    for words in ("elected chamber", "still count"):
        assert _row(BISHOP, words, ranker)["speaker"] == "Martin Doyle"


@pytest.mark.parametrize("ranker", RANKERS)
def test_name_then_office_in_apposition(ranker: str | None) -> None:
    assert _row(LEADER_AFTER, "nothing left", ranker)["speaker"] == "Tom Hale"


@pytest.mark.parametrize("ranker", RANKERS)
def test_possessive_office_then_name(ranker: str | None) -> None:
    assert _row(LEADER_POSSESSIVE, "nothing left", ranker)["speaker"] == "Tom Hale"


@pytest.mark.parametrize("ranker", RANKERS)
def test_context_row_of_a_capitalised_office(ranker: str | None) -> None:
    assert _row(SPEAKER, "Order!", ranker)["speaker"] == "Ian Moss"


@pytest.mark.parametrize("ranker", RANKERS)
def test_guard_two_people_with_the_office(ranker: str | None) -> None:
    assert _row(TWO_LEADERS, "nothing left", ranker)["speaker"] == "the leader"


@pytest.mark.parametrize("ranker", RANKERS)
def test_guard_a_rank_makes_another_office(ranker: str | None) -> None:
    assert _row(DEPUTY, "nothing left", ranker)["speaker"] == "the leader"


def test_office_holders_read_both_orders() -> None:
    text = ("Sara Holt, the party chair, opened the meeting. The region's mayor, Ben Ode, "
            "spoke after her.")
    found = {(h.name, h.head) for h in office_holders(text, 0, len(text), lambda n, _: n)}
    assert found == {("Sara Holt", "chair"), ("Ben Ode", "mayor")}


def test_only_names_before_the_position() -> None:
    text = "\"Enough,\" the mayor said. The region's mayor, Ben Ode, left early."
    assert apposed_office_person("the mayor", text, 0, 20, lambda n, _: n) == ""
    assert apposed_office_person("the mayor", text, 0, len(text), lambda n, _: n) == "Ben Ode"
