"""Themes version 35 (issue 16): party factionalism and austerity across eight writers.

Invented British paragraphs only (invented names and places). Each step works on a statement
class that occurs in at least two writers' readable development sets (docs/notes/themes.md,
"Version 35"); each positive below is uncoded by the codebook before its step, and each guard
(an ordinary sense of a new cue) stays uncoded.
"""

from __future__ import annotations

import pytest

from tests.theme_paragraphs import (
    AU,
    AUSTERITY_ARTICLE,
    CONFLICT_ARTICLE,
    IP,
    PF,
    RELATION_ARTICLE,
    SR,
)
from tests.theme_paragraphs import coded as _coded
from tests.theme_paragraphs import in_article as _in_article


# step 1 (PF class (a)): a party's own people against it, told as "its own"
@pytest.mark.parametrize("text", [
    "Pryor is no rebel, but the party's plan for the railways has few friends even among its "
    "own MPs.",
    "The SNP's timetable is a hard sell to the voters, and a harder one among its own "
    "backbenchers, where the word stalking horse is heard.",
])
def test_v35_its_own_side_is_a_weak_cue(text: str) -> None:
    coded, evidence = _coded(text, PF)
    assert coded and "its own" in evidence, evidence


@pytest.mark.parametrize("text", [
    "The bowls club's new kit has few fans even among its own members.",
    "The firm lost the trust of its own staff long before the takeover.",
])
def test_v35_its_own_without_a_party_stays_uncoded(text: str) -> None:
    coded, evidence = _coded(text, PF)
    assert not coded, evidence


# step 2 (PF class (j), precision): a briefing that is a document or a room
@pytest.mark.parametrize("text", [
    "Tamsin Orr, still at the stage of believing her briefing pack, rose from the backbenches "
    "to welcome the new bypass.",
    "The Labour backbenches emptied into the briefing room before the vote on the bypass.",
])
def test_v35_a_briefing_pack_or_room_is_no_briefing_against(text: str) -> None:
    coded, evidence = _coded(text, PF)
    assert not coded, evidence


def test_v35_briefing_against_still_counts() -> None:
    coded, evidence = _coded("Labour backbenchers blamed the anonymous briefing against the "
                             "deputy leader on the backbenches.", PF)
    assert coded and "briefing" in evidence, evidence


# step 3 (PF class (l)): a leader's own MPs writing to him
@pytest.mark.parametrize("text", [
    "\u201cForty of his MPs wrote to him in March,\u201d said Ms Hale. \u201cDid he answer a "
    "single one?\u201d",
    "By Friday a dozen of her backbenchers had written to her about the Wyre bypass.",
])
def test_v35_a_leaders_mps_writing_to_him_are_coded(text: str) -> None:
    coded, evidence = _coded(text, PF)
    assert coded and "leaders_mps_write_to_leader" in evidence, evidence


@pytest.mark.parametrize("text", [
    "Two hundred of his constituents wrote to him about the Wyre bypass.",
    "The shadow chancellor said their MPs wrote to the minister about the bypass.",
])
def test_v35_other_letters_stay_uncoded(text: str) -> None:
    coded, evidence = _coded(text, PF)
    assert not coded, evidence


# step 4 (AU class (h)): inequality as the gap between the poorest and the richest
@pytest.mark.parametrize("text", [
    "Pupils in the poorest tenth of postcodes sit on waiting lists for speech therapy twice as "
    "long as those in the richest.",
    "The wealthiest fifth of pensioners live nine years longer than the poorest fifth, the "
    "study found.",
])
def test_v35_the_poorest_beside_the_richest_is_coded(text: str) -> None:
    coded, evidence = _coded(text, AU)
    assert coded and "term:" in evidence, evidence


@pytest.mark.parametrize("text", [
    "The gap between the richest and poorest clubs in the league has never been wider.",
    "The poorest side in the division beat the richest club in Europe on Saturday.",
])
def test_v35_the_richest_and_poorest_clubs_stay_uncoded(text: str) -> None:
    coded, evidence = _coded(text, AU)
    assert not coded, evidence


# step 5 (AU class (a)): a welfare bill or reform by its name
@pytest.mark.parametrize("text", [
    "Ferris was one of nine MPs who voted against the welfare bill at second reading.",
    "The Welfare Reform Bill returns to the Commons on Tuesday.",
])
def test_v35_a_welfare_bill_decides_in_an_austerity_article(text: str) -> None:
    coded, evidence = _in_article(AUSTERITY_ARTICLE, text, AU)
    assert coded and "elfare" in evidence, evidence


@pytest.mark.parametrize("text", [
    "Ferris was one of nine MPs who voted against the animal welfare bill at second reading.",
    "The club's staff welfare reforms include a quiet room and free fruit.",
])
def test_v35_animal_and_staff_welfare_stay_uncoded(text: str) -> None:
    coded, evidence = _in_article(AUSTERITY_ARTICLE, text, AU)
    assert not coded, evidence


# step 6 (review 22b's leftover, SR): a press office's silence in an article on the relation
@pytest.mark.parametrize("text", [
    "The White House press office did not respond to requests for comment.",
    "The State Department declined to comment on the minister's remarks.",
])
def test_v35_a_press_office_silence_stays_uncoded(text: str) -> None:
    coded, evidence = _in_article(RELATION_ARTICLE, text, SR)
    assert not coded, evidence


def test_v35_the_white_house_acting_still_decides() -> None:
    coded, evidence = _in_article(RELATION_ARTICLE, "The White House did not respond to the "
                                  "Prime Minister's letter for six weeks, and then said no.", SR)
    assert coded and "White House" in evidence, evidence


# step 7 (review 22b's leftover, IP): the recognition of another named state
@pytest.mark.parametrize("text", [
    "Allard ruled out any recognition of the Taliban government before the spring.",
    "Britain was quick to recognise the new state of South Sudan in 2011.",
    "The cabinet refused to recognise the state of emergency declared in the capital.",
])
def test_v35_another_named_state_stays_uncoded(text: str) -> None:
    coded, evidence = _in_article(CONFLICT_ARTICLE, text, IP)
    assert not coded, evidence


@pytest.mark.parametrize("text", [
    "Allard said recognition of the State of Palestine would come with conditions.",
    "Ministers will recognise the state when the hostages are home, she said.",
])
def test_v35_recognition_of_the_state_still_decides(text: str) -> None:
    coded, evidence = _in_article(CONFLICT_ARTICLE, text, IP)
    assert coded and "recogni" in evidence, evidence


# step 8 (review 22b's leftover, AU): the care costs of a car, and care an insurer pays
@pytest.mark.parametrize("text", [
    "The care costs for her old Jaguar came to more than the car was worth.",
    "The cost of his care at the Linhope clinic was met by his insurer, his agent said.",
])
def test_v35_care_costs_of_a_car_or_an_insurer_stay_uncoded(text: str) -> None:
    coded, evidence = _in_article(AUSTERITY_ARTICLE, text, AU)
    assert not coded, evidence


def test_v35_the_cost_of_care_still_decides() -> None:
    coded, evidence = _in_article(AUSTERITY_ARTICLE, "The cost of her care has doubled since "
                                  "the council closed the day centre.", AU)
    assert coded and "cost of her care" in evidence, evidence
