"""Themes version 36: the policy by a short name, a household's money, review 23b's leftovers.

Invented British paragraphs only (invented names and places). Each positive of steps 1, 2
and 4 was uncoded by the codebook before its step; each guard of the narrowings (steps 3 and
5) was coded by it, and their positives (the cue's own sense, kept) pass on both codebooks,
bar step 3's two press-silence paragraphs, uncoded before;
``data/lexicons/themes.yml`` carries a ``v36`` comment at every change (docs/notes/themes.md,
"Version 36").
"""

from __future__ import annotations

import pytest

from tests.theme_paragraphs import (
    AU,
    AUSTERITY_ARTICLE,
    CONFLICT_ARTICLE,
    FACTION_ARTICLE,
    IP,
    PF,
    SR,
)
from tests.theme_paragraphs import coded as _coded
from tests.theme_paragraphs import in_article as _in_article


# step 1: the article's policy by a short name, "the freeze", "the bill" (class (d))
@pytest.mark.parametrize("text", [
    "Ministers say an amendment to lift the freeze for families with children would cost "
    "£900m a year.",
    "The bill, the minister insisted at the despatch box, would restore the link between "
    "effort and reward.",
])
def test_v36_the_policy_by_a_short_name_in_an_austerity_article(text: str) -> None:
    coded, evidence = _in_article(AUSTERITY_ARTICLE, text, AU)
    assert coded and "article:" in evidence, evidence


@pytest.mark.parametrize("text", [
    "The big freeze of that winter closed the village school for a week.",
    "Pipes burst all over the estate in the deep freeze, and the plumber was booked up.",
    "The vicar footed the bill for the tea and cakes afterwards.",
    "The bill for the lunch came to £40, which he paid without a word.",
    "She said the old bill had never once come round to the flat when it mattered.",
])
def test_v36_a_freeze_or_a_bill_in_other_senses_is_no_policy(text: str) -> None:
    coded, evidence = _in_article(AUSTERITY_ARTICLE, text, AU)
    assert not coded, evidence


def test_v36_a_short_name_outside_an_austerity_article_is_no_cue() -> None:
    coded, evidence = _coded("The bill, the minister said, would make the railways run on "
                             "time, and lift the freeze on new stations.", AU)
    assert not coded, evidence


# step 2: the cost of living told by a household's money (class (i))
@pytest.mark.parametrize("text", [
    "After the rent goes out, the Parrys have about £75 a week to live on, she says.",
    "“It pays my rent and it pays my heating, and that is all it does,” he said.",
    "Rent, heating and food still have to be paid for while you wait for the operation.",
])
def test_v36_a_households_money_in_an_austerity_article(text: str) -> None:
    coded, evidence = _in_article(AUSTERITY_ARTICLE, text, AU)
    assert coded and "weak:" in evidence, evidence


@pytest.mark.parametrize("text", [
    "They bought an old narrowboat to live on when the children left home.",
    "She pays the rent on the shop and the rates on the flat above it.",
    "He paid for the food and the wine at the reception, and the band too.",
])
def test_v36_a_home_or_one_payment_is_no_cost_of_living(text: str) -> None:
    coded, evidence = _in_article(AUSTERITY_ARTICLE, text, AU)
    assert not coded, evidence


def test_v36_a_households_money_alone_is_weak() -> None:
    coded, evidence = _coded("After the rent goes out, the Parrys have about £75 a week to "
                             "live on, she says.", AU)
    assert not coded, evidence


# step 3: review 23b's leftovers narrowed
# "the poorest" as a thing ranked is no people
@pytest.mark.parametrize("text", [
    "The poorest soils on the farm lie to the north; the best are down by the river.",
    "Of the three sauces, the richest is the bearnaise and the poorest the gravy.",
    "The poorest harvest in a decade left the orchard owners gloomy.",
])
def test_v36_the_poorest_thing_is_no_inequality(text: str) -> None:
    coded, evidence = _in_article(AUSTERITY_ARTICLE, text, AU)
    assert not coded, evidence


@pytest.mark.parametrize("text", [
    "It is the poorest who wait longest for a flat, the report says.",
    "The poorest families in Hartside now wait three months for a flat.",
])
def test_v36_the_poorest_people_still_count(text: str) -> None:
    coded, evidence = _in_article(AUSTERITY_ARTICLE, text, AU)
    assert coded and "the poorest" in evidence.lower(), evidence


# whose welfare: the list is closed
@pytest.mark.parametrize("text", [
    "Jockey welfare reforms were agreed by the racing authority on Tuesday.",
    "The racing welfare bill was passed without a vote.",
])
def test_v36_another_kind_of_welfare_reform_is_no_benefit(text: str) -> None:
    coded, evidence = _in_article(AUSTERITY_ARTICLE, text, AU)
    assert not coded, evidence


@pytest.mark.parametrize("text", [
    "Labour MPs voted against the government's welfare bill at third reading.",
    "The Welfare Reform Bill returns to the Commons on Monday.",
    "The 2012 welfare reforms were debated again at the fringe.",
])
def test_v36_the_governments_welfare_bill_still_counts(text: str) -> None:
    coded, evidence = _in_article(AUSTERITY_ARTICLE, text, AU)
    assert coded and "welfare" in evidence.lower(), evidence


# a constituent's MSPs writing to her
@pytest.mark.parametrize("text", [
    "Her MSPs wrote to her twice about the bus route, the constituent said.",
    "A constituent in Leith says her MSPs have written to her twice about the bus route.",
])
def test_v36_a_constituents_msps_writing_are_no_revolt(text: str) -> None:
    coded, evidence = _in_article(FACTION_ARTICLE, text, PF)
    assert not coded, evidence


def test_v36_a_leaders_mps_writing_still_count() -> None:
    coded, evidence = _coded("Forty of his MPs wrote to him last week demanding a change of "
                             "course on the bypass.", PF)
    assert coded and "leaders_mps_write_to_leader" in evidence, evidence


# a press office's silence whose object is the relation
@pytest.mark.parametrize("text", [
    "The White House declined to comment on whether the President would meet the Prime "
    "Minister at the summit.",
    "The American embassy would not comment on the ambassador's recall to London.",
])
def test_v36_silence_about_the_relation_is_the_relation(text: str) -> None:
    coded, evidence = _coded(text, SR)
    assert coded, evidence


def test_v36_a_press_offices_silence_alone_is_still_furniture() -> None:
    coded, evidence = _coded("The White House press office did not respond to requests for "
                             "comment.", SR)
    assert not coded, evidence


# recognition of their government: another state's
def test_v36_recognition_of_another_government_is_no_conflict() -> None:
    coded, evidence = _in_article(CONFLICT_ARTICLE, "The Taliban want recognition of their "
                                  "government; Britain says no.", IP)
    assert not coded, evidence


def test_v36_recognition_of_the_conflicts_own_government_still_counts() -> None:
    coded, evidence = _in_article(CONFLICT_ARTICLE, "The Palestinians want recognition of "
                                  "their government in the West Bank before any talks.", IP)
    assert coded and "recognition" in evidence, evidence


# step 4: the governing side's benches uneasy (class (a))
@pytest.mark.parametrize("text", [
    "Not everyone on the government benches is quite so sure about the bypass.",
    "From the Labour benches came a low, unhappy murmur as the minister sat down.",
])
def test_v36_the_governing_benches_uneasy_in_a_faction_article(text: str) -> None:
    coded, evidence = _in_article(FACTION_ARTICLE, text, PF)
    assert coded and "benches" in evidence, evidence


def test_v36_full_benches_are_no_unease() -> None:
    coded, evidence = _in_article(FACTION_ARTICLE, "The government benches were full for the "
                                  "statement on the floods.", PF)
    assert not coded, evidence


def test_v36_benches_uneasy_alone_are_weak() -> None:
    coded, evidence = _coded("From the Tory benches came a low, unhappy murmur.", PF)
    assert not coded, evidence


# step 5: the conflict's place as one item of a list of other subjects (a mention)
@pytest.mark.parametrize("text", [
    "London and the White House disagreed openly over Ukraine, Gaza and the future of Nato.",
    "The two governments fell out over trade, Ukraine and Gaza last year.",
])
def test_v36_gaza_in_a_list_of_other_subjects_is_a_mention(text: str) -> None:
    coded, evidence = _coded(text, IP)
    assert not coded, evidence


@pytest.mark.parametrize("text", [
    "The ministers clashed over Gaza, the West Bank and the settlements.",
    "The talks stalled over Gaza and the West Bank.",
])
def test_v36_a_list_of_the_conflicts_own_places_still_counts(text: str) -> None:
    coded, evidence = _coded(text, IP)
    assert coded and "Gaza" in evidence, evidence
