"""Review 23b of themes version 35: ordinary senses of the version-35 cues.

Invented British paragraphs only (invented names and places). Each guard below was coded by
the version-35 codebook and each positive was uncoded by it (a narrowing of version 35 that
dropped the theme's own sense); ``data/lexicons/themes.yml`` carries a ``review 23b`` comment
at every change (docs/notes/themes.md, "Review 23b").
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
    RELATION_ARTICLE,
    SR,
)
from tests.theme_paragraphs import coded as _coded
from tests.theme_paragraphs import in_article as _in_article


# v35 step 1: "its own" members, activists or government are an institution's, no faction
@pytest.mark.parametrize("text", [
    "The SNP says Scotland should be free to choose its own government, and Labour disagrees.",
    "Labour sent its own activists into the Wyre by-election seat to knock on doors all "
    "weekend.",
    "Unite, Labour's biggest donor, will ballot its own members on the pay offer next week.",
])
def test_review23b_an_institutions_own_people_are_no_faction(text: str) -> None:
    coded, evidence = _in_article(FACTION_ARTICLE, text, PF)
    assert not coded, evidence


def test_review23b_its_own_mps_still_count() -> None:
    coded, evidence = _in_article(FACTION_ARTICLE, "The party's plan for the railways has few "
                                  "friends among its own MPs.", PF)
    assert coded and "its own MPs" in evidence, evidence


# v35 step 3: letters of support, and no letters, are no revolt
@pytest.mark.parametrize("text", [
    "Sixty of his MPs wrote to him last week to congratulate him on the Wyre by-election.",
    "Dozens of her MPs have written to her to offer their support before the summit.",
    "Mrs Gordon, a pensioner in Fife, says none of her MSPs has written to her about the "
    "closure.",
])
def test_review23b_letters_of_support_are_no_revolt(text: str) -> None:
    coded, evidence = _coded(text, PF)
    assert not coded, evidence


def test_review23b_letters_demanding_a_change_still_count() -> None:
    coded, evidence = _coded("Forty of his backbenchers wrote to him demanding a change of "
                             "course on the bypass.", PF)
    assert coded and "leaders_mps_write_to_leader" in evidence, evidence


# v35 step 4: the poorest and the richest of things that are not people or places
@pytest.mark.parametrize("text", [
    "The poorest soils on the farm lie to the north; the richest are down by the river.",
    "His poorest game of the season came a week after his richest haul of goals.",
    "Of the three sauces, the richest is the bearnaise and the poorest the gravy, the chef "
    "said.",
    "The poorest harvest in a decade followed the richest summer for tourism on record.",
])
def test_review23b_poorest_and_richest_things_stay_uncoded(text: str) -> None:
    coded, evidence = _coded(text, AU)
    assert not coded, evidence


@pytest.mark.parametrize("text", [
    "Pupils in the most deprived areas were twice as likely to be excluded as those in the "
    "least deprived.",
    "The richest households saved more in the pandemic, while the poorest ran up debts.",
])
def test_review23b_poorest_and_richest_people_still_code(text: str) -> None:
    coded, evidence = _coded(text, AU)
    assert coded and "term:" in evidence, evidence


# v35 step 5: the welfare of players, students, farm animals
@pytest.mark.parametrize("text", [
    "The Rugby Football Union's player welfare reforms cap the matches a forward may play.",
    "The university's student welfare reforms include a new counselling service.",
    "The farm welfare bill returns to the Commons, with new rules on hen cages.",
])
def test_review23b_other_welfare_reforms_stay_uncoded(text: str) -> None:
    coded, evidence = _in_article(AUSTERITY_ARTICLE, text, AU)
    assert not coded, evidence


# v35 step 8: the care costs of a named condition, and insurance as the funding debate
@pytest.mark.parametrize("text", [
    "The care costs of her Alzheimer's have eaten through the savings her husband left.",
    "Care costs are not covered by insurance, so thousands of families in Hexley sell their "
    "homes.",
    "Care costs could be met by a social insurance scheme, the review said, but ministers "
    "refused.",
])
def test_review23b_care_costs_of_a_condition_still_decide(text: str) -> None:
    coded, evidence = _in_article(AUSTERITY_ARTICLE, text, AU)
    assert coded and "are costs" in evidence, evidence


def test_review23b_care_met_by_an_insurer_stays_uncoded() -> None:
    coded, evidence = _in_article(AUSTERITY_ARTICLE, "The care costs at the Linhope clinic "
                                  "were met by her private insurance, her agent said.", AU)
    assert not coded, evidence


# v35 step 6: Washington's silence towards London is the relation, not a press office's
@pytest.mark.parametrize("text", [
    "When Downing Street asked for the intelligence, Washington did not respond.",
    "Washington did not respond to requests from London to share the intercepts, officials "
    "said.",
])
def test_review23b_washingtons_silence_to_london_codes(text: str) -> None:
    coded, evidence = _coded(text, SR)
    assert coded and "Washington" in evidence, evidence


def test_review23b_a_press_office_silence_stays_uncoded() -> None:
    coded, evidence = _in_article(RELATION_ARTICLE, "The State Department did not respond to "
                                  "a request for comment.", SR)
    assert not coded, evidence


# v35 step 7: the conflict's own parties after "recognition of" are no other state
def test_review23b_recognition_of_the_plo_still_decides() -> None:
    coded, evidence = _in_article(CONFLICT_ARTICLE, "Recognition of the PLO came only after "
                                  "the Oslo talks, the historian said.", IP)
    assert coded and "ecognition" in evidence, evidence
